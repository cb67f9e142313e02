using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Iapt.Rules.Cli;

namespace Iapt.Rules.Tests.Cli;

/// <summary>
/// Hostile CSV text for every command (issue 16), run in-process through <see cref="CliApp.Run"/>: random text, byte
/// order marks, quotes good and bad, blank lines, short and long rows, huge numbers and dates at the calendar's
/// edges, with a marker planted in cells. Every run exits 0 or 2, never shows a stack trace, writes one output row
/// per input record (or, for the report, reads every record), and never puts a marker on stderr.
/// </summary>
/// <remarks>
/// Bounded for <c>dotnet test</c> (a few hundred cases, a few seconds); set <c>IAPT_FUZZ_CASES</c> to run more, for
/// example <c>IAPT_FUZZ_CASES=100000 dotnet test tests/Iapt.Rules.Tests --filter CliFuzzTests</c>.
/// </remarks>
public class CliFuzzTests
{
    /// <summary>The planted marker: no message may carry it (it stands for a cell's content, that is patient data).</summary>
    private const string Marker = "QZX";

    private static readonly string[] ScoreColumns = ["id", "measure", "items", "total"];

    private static readonly string[] OutcomesColumns =
        ["referral_id", "problem_descriptor", "treatment_sessions", "ended", "phq9_first", "phq9_last", "gad7_first", "gad7_last", "mi_first", "spin_last"];

    private static readonly string[] WaitsColumns =
        ["referral_id", "referral_date", "first_treatment_date", "second_treatment_date", "first_assessment_date", "last_contact_date", "discharge_date"];

    private static readonly string[] ReferralColumns = ["referral_id", "referral_date", "problem_descriptor", "discharge_date", "gender"];

    private static readonly string[] SessionColumns = ["referral_id", "date", "type", "attended", "intensity", "intervention", "phq9", "gad7", "mi"];

    private static readonly string[] Edges =
    [
        "0001-01-01", "0000-01-01", "9999-08-26", "9999-08-27", "9999-08-28", "9999-12-31", "10000-01-01", "2024-02-29",
        "2023-02-29", "2024-13-01", " 2024-01-01 ", "2024-1-1", "-2024-01-01", "2024-01-01T00:00", "99999999999999999999",
        "-0", "+5", "5.0", "1e400", "NaN", "-1", "0", "27", "28", "2.3", "2.31", "1 2 3 4 5 6 7 8 9", "0 0 0 0 0 0 0",
        "NA", ".", "n/a", "phq9", "PHQ-9", "gad7", "mi", "wsas", "F32.1", "F41.1", "f411", "Z63.0", "true", "false", "TRUE",
        "treatment", "assessment", "follow_up", "low", "high", "cbt", "guided_self_help", "r1", "r2", "",
    ];

    private static int Cases(int bounded) =>
        int.TryParse(Environment.GetEnvironmentVariable("IAPT_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out int cases) && cases > 0
            ? cases
            : bounded;

    /// <summary>A cell: an edge value, random text (no line breaks), a marked value, or quoting good and bad.</summary>
    private static Gen<string> Cell() =>
        Gen.Frequency(
            (8, Gen.Elements(Edges)),
            (2, Gen.Elements(Edges).Select(e => Marker + e)),
            (2, Gen.Choose(0, 0x2FF).Select(c => (char)c).Where(c => c is not ('\r' or '\n')).ArrayOf().Select(a => new string(a))),
            (1, Gen.Elements(Edges).Select(e => "\"" + e.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")),
            (1, Gen.Elements("\"" + Marker + ",x\"", "\"" + Marker + "\nline\"", "\"" + Marker, Marker + "\"x", "\"" + Marker + "\"x", "\"\"", "\"a\"\"b\"")),
            (1, Gen.Choose(10, 400).Select(n => new string('9', n))));

    /// <summary>A header: the command's columns in a random order, some dropped, duplicated, blanked or marked.</summary>
    private static Gen<string[]> Header(string[] columns) =>
        from order in Gen.Shuffle(columns)
        from kept in Gen.Choose(Math.Max(1, columns.Length - 2), columns.Length)
        from extra in Gen.Elements("", "extra", Marker + "col", columns[0], columns[0].ToUpperInvariant(), "\"" + columns[1] + "\"").ArrayOf(0)
        from size in Gen.Choose(0, 2)
        select order.Take(kept).Concat(extra.Take(size)).ToArray();

    /// <summary>CSV text: maybe a BOM, a header (or none), rows of about the header's width, blank lines, line endings.</summary>
    private static Gen<string> Text(string[] columns) =>
        from bom in Gen.Frequency((1, Gen.Constant("\uFEFF")), (5, Gen.Constant("")))
        from header in Header(columns)
        from headerless in Gen.Frequency((1, Gen.Constant(true)), (9, Gen.Constant(false)))
        from rows in Gen.Choose(-2, 2).SelectMany(delta => Cell().ArrayOf(Math.Max(0, header.Length + delta))).ArrayOf(0)
        from count in Gen.Choose(0, 12)
        from blanks in Gen.Elements("", "", "", "\n", "  \n", "\n\n").ArrayOf(0)
        from crlf in Gen.Elements(false, false, true)
        from trailing in Gen.Elements("", "\n", "\n\n", "\r\n")
        let newline = crlf ? "\r\n" : "\n"
        let lines = (headerless ? Array.Empty<string>() : [string.Join(',', header)])
            .Concat(rows.Take(count).Select((row, i) => (i < blanks.Length ? blanks[i] : "") + string.Join(',', row)))
        select bom + string.Join(newline, lines) + trailing;

    /// <summary>
    /// The records of CSV text as RFC 4180 reads them, independently of the reader: lines end at a line break outside
    /// quotes, a blank line (nothing but white space) is no record, and the first record is the header.
    /// </summary>
    internal static int DataRecords(string text)
    {
        int records = 0;
        bool quoted = false;
        var line = new StringBuilder();
        void End()
        {
            string content = line.ToString().TrimEnd('\r').TrimStart('\uFEFF');
            if (!content.All(char.IsWhiteSpace))
            {
                records++;
            }

            line.Clear();
        }

        foreach (char c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == '\n' && !quoted)
            {
                End();
            }
            else
            {
                line.Append(c);
            }
        }

        if (line.Length > 0)
        {
            End();
        }

        return Math.Max(0, records - 1);
    }

    private static Property FileCommandProperty(string command, string[] columns) =>
        Prop.ForAll(Text(columns).ToArbitrary(), text =>
        {
            using var file = new TempCsv(text);
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int exit = CliApp.Run([command, file.Path], stdout, stderr);
            string error = stderr.ToString();
            bool clean = !error.Contains(Marker, StringComparison.Ordinal) && !error.Contains("   at ", StringComparison.Ordinal)
                && !error.Contains("internal error", StringComparison.Ordinal) && !error.Contains("Exception", StringComparison.Ordinal);
            bool rows = exit != 0 || DataRecords(stdout.ToString()) == DataRecords(text);
            return (exit is 0 or 2 && clean && rows && (exit == 0 || error.Length > 0))
                .Label($"exit {exit}; stderr: {error}; output records {DataRecords(stdout.ToString())}, input records {DataRecords(text)}");
        });

    private static void Check(Property property, int bounded) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases(bounded)).WithQuietOnSuccess(true), property);

    [Fact]
    public void Score_survives_any_text() => Check(FileCommandProperty("score", ScoreColumns), 150);

    [Fact]
    public void Outcomes_survives_any_text() => Check(FileCommandProperty("outcomes", OutcomesColumns), 150);

    [Fact]
    public void Waits_survives_any_text() => Check(FileCommandProperty("waits", WaitsColumns), 150);

    /// <summary>The report reads every record of both files: rows read is their count, and nothing reaches stderr but a file-level message.</summary>
    [Fact]
    public void Report_survives_any_text() =>
        Check(
            Prop.ForAll(
                Text(ReferralColumns).SelectMany(_ => Text(SessionColumns), (referrals, sessions) => (Referrals: referrals, Sessions: sessions)).ToArbitrary(),
                input =>
                {
                    using var referrals = new TempCsv(input.Referrals, "referrals.csv");
                    using var sessions = new TempCsv(input.Sessions, "sessions.csv");
                    var stdout = new StringWriter();
                    var stderr = new StringWriter();
                    int exit = CliApp.Run(["report", referrals.Path, sessions.Path, "--format", "json"], stdout, stderr);
                    string error = stderr.ToString();
                    bool clean = !error.Contains(Marker, StringComparison.Ordinal) && !error.Contains("   at ", StringComparison.Ordinal)
                        && !error.Contains("internal error", StringComparison.Ordinal);
                    long read = -1;
                    if (exit == 0)
                    {
                        using var json = JsonDocument.Parse(stdout.ToString());
                        read = json.RootElement.GetProperty("headline").GetProperty("rows_read").GetInt64();
                    }

                    bool rows = exit != 0 || read == DataRecords(input.Referrals) + DataRecords(input.Sessions);
                    return (exit is 0 or 2 && clean && rows).Label($"exit {exit}; stderr: {error}; rows read {read}");
                }),
            40);
}

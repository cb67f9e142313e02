using Iapt.Rules.Csv;
using System.Text.Json;
using System.Xml.Linq;
using Iapt.Rules.Cli.Commands;
using Iapt.Rules.Tests.Reporting;

using Iapt.Rules.Tests.Csv;

namespace Iapt.Rules.Tests.Cli;

/// <summary>
/// The <c>iapt report</c> command through <see cref="ReportCommand.Run"/>: each output format, <c>--sample</c>,
/// <c>--rejects</c>, periods, <c>--by</c> and the exit codes (README "iapt report").
/// </summary>
public class ReportCommandTests
{
    private static readonly string[] HeadlineFields =
    [
        "rows_read", "rows_rejected", "referrals", "entered_treatment", "finished", "not_at_caseness", "recovered",
        "reliable_improvement", "reliable_deterioration", "no_reliable_change", "reliable_recovery", "within_6_weeks",
        "within_18_weeks",
    ];

    private static ReportCommand.Request Request(
        string? referrals, string? sessions, string format = "markdown", bool sample = false, string? from = null,
        string? to = null, string[]? by = null, bool suppress = false, string? rejects = null) =>
        new(referrals, sessions, sample, format, from, to, by ?? [], suppress, rejects);

    private static (int Exit, string Output, string Error) Run(ReportCommand.Request request)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = ReportCommand.Run(request, stdout, stderr, progress: null);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static (int Exit, string Output, string Error) RunHandBuilt(string format, string[]? by = null, string? from = null, string? to = null)
    {
        using var referrals = new TempCsv(HandBuiltService.ReferralsCsv, "referrals.csv");
        using var sessions = new TempCsv(HandBuiltService.SessionsCsv, "sessions.csv");
        return Run(Request(referrals.Path, sessions.Path, format, from: from, to: to, by: by));
    }

    [Fact]
    public void Markdown_is_the_default_and_holds_the_headline_every_section_and_both_breakdowns()
    {
        var (exit, output, error) = RunHandBuilt("markdown", by: ["gender"]);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.StartsWith("# Service report: ", output, StringComparison.Ordinal);
        string[] headings =
        [
            "## Headline", "## Referrals and activity", "## Clinical outcomes of finished courses", "## Waiting times",
            "## Data quality and worse-practice flags", "## Stepped care", "## By problem descriptor", "## By gender",
        ];
        var lines = output.Split('\n');
        Assert.Equal(headings, lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)));
        Assert.Contains("| Rows read | 37 |", lines);
        Assert.Contains("| Referrals | 10 |", lines);
        Assert.Contains("| Recovered | 1 |", lines);
    }

    [Fact]
    public void The_json_parses_and_its_headline_has_the_thirteen_whole_number_counts()
    {
        var (exit, output, error) = RunHandBuilt("json");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var headline = json.RootElement.GetProperty("headline");
        Assert.Equal(HeadlineFields, headline.EnumerateObject().Select(p => p.Name));
        Assert.All(headline.EnumerateObject(), p => Assert.True(p.Value.TryGetInt64(out _), p.Name));

        // The hand-built service's headline (worked out in HandBuiltService).
        long[] expected = [37, 0, 10, 8, 6, 1, 1, 3, 1, 1, 1, 4, 6];
        Assert.Equal(expected, HeadlineFields.Select(f => headline.GetProperty(f).GetInt64()));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("period").ValueKind);
        Assert.Equal(5, json.RootElement.GetProperty("sections").GetArrayLength());
    }

    [Fact]
    public void The_html_is_well_formed_and_self_contained()
    {
        var (exit, output, error) = RunHandBuilt("html", by: ["gender"]);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var document = XDocument.Parse(output);
        var attributes = document.Descendants().SelectMany(e => e.Attributes()).Select(a => a.Name.LocalName).ToHashSet();
        Assert.DoesNotContain("src", attributes);
        Assert.DoesNotContain("href", attributes);
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName is "script" or "link" or "img" or "iframe" or "object");
        Assert.DoesNotContain("url(", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", output, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(3, document.Descendants().Count(e => e.Name.LocalName == "svg"));
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("json")]
    [InlineData("html")]
    public void The_sample_report_needs_no_files_and_is_the_same_every_time(string format)
    {
        var first = Run(Request(null, null, format, sample: true));
        var second = Run(Request(null, null, format, sample: true));
        Assert.Equal(0, first.Exit);
        Assert.Equal("", first.Error);
        Assert.NotEmpty(first.Output);
        Assert.Equal(first.Output, second.Output);
    }

    /// <summary>
    /// The sample is the service <c>iapt sample</c> writes for the built-in size and seed: its rows reconcile (rows
    /// read = every data row of its two files; rows rejected = the rows in the rejects file), a few of them bad.
    /// </summary>
    [Fact]
    public void The_sample_report_reconciles_with_the_sample_files_and_has_a_few_bad_rows()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"iapt-test-{Guid.NewGuid():N}");
        string rejects = folder + "-rejects.csv";
        Directory.CreateDirectory(folder);
        try
        {
            var (referralRows, sessionRows) = SampleService.WriteFiles(ReportCommand.SampleReferrals, ReportCommand.SampleSeed, folder);
            var (exit, output, _) = Run(Request(null, null, "json", sample: true, rejects: rejects));
            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(output);
            var headline = json.RootElement.GetProperty("headline");
            Assert.Equal(referralRows + sessionRows, headline.GetProperty("rows_read").GetInt64());
            long rejected = headline.GetProperty("rows_rejected").GetInt64();
            Assert.Equal(File.ReadAllLines(rejects).Length - 1, rejected);
            Assert.InRange(rejected, 1, (referralRows + sessionRows) / 100);
            Assert.InRange(headline.GetProperty("referrals").GetInt64(), ReportCommand.SampleReferrals - rejected, ReportCommand.SampleReferrals);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            File.Delete(rejects);
        }
    }

    [Fact]
    public void Rejects_writes_the_rejected_rows_as_csv_and_the_report_reconciles()
    {
        using var referrals = new TempCsv(ReportPipelineTests.BadReferrals, "referrals.csv");
        using var sessions = new TempCsv(ReportPipelineTests.BadSessions, "sessions.csv");
        string rejects = Path.Combine(Path.GetTempPath(), $"iapt-test-{Guid.NewGuid():N}.csv");
        try
        {
            var (exit, output, error) = Run(Request(referrals.Path, sessions.Path, "json", rejects: rejects));
            Assert.Equal(0, exit);
            Assert.Equal("", error);
            Assert.Equal(ReportPipelineTests.ExpectedRejects, File.ReadAllText(rejects));
            using var json = JsonDocument.Parse(output);
            var headline = json.RootElement.GetProperty("headline");
            Assert.Equal(26, headline.GetProperty("rows_read").GetInt64());
            Assert.Equal(18, headline.GetProperty("rows_rejected").GetInt64());
        }
        finally
        {
            File.Delete(rejects);
        }
    }

    [Fact]
    public void An_empty_rejects_file_has_its_header()
    {
        string rejects = Path.Combine(Path.GetTempPath(), $"iapt-test-{Guid.NewGuid():N}.csv");
        try
        {
            using var referrals = new TempCsv(HandBuiltService.ReferralsCsv, "referrals.csv");
            using var sessions = new TempCsv(HandBuiltService.SessionsCsv, "sessions.csv");
            Assert.Equal(0, Run(Request(referrals.Path, sessions.Path, rejects: rejects)).Exit);
            Assert.Equal("file,line,field,reason\n", File.ReadAllText(rejects));
        }
        finally
        {
            File.Delete(rejects);
        }
    }

    /// <summary>
    /// The hand-built service over 2024-03-01..2024-04-05: referred H (03-01, the first day); first treatment C
    /// (03-01, 60 days) and H (03-10, 9 days); discharged B (04-05, the last day: finished, reliably improved, 42
    /// days) and I (03-01, not seen).
    /// </summary>
    [Fact]
    public void A_period_filters_the_json_headline()
    {
        var (exit, output, _) = RunHandBuilt("json", from: "2024-03-01", to: "2024-04-05");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var period = json.RootElement.GetProperty("period");
        Assert.Equal("2024-03-01", period.GetProperty("start").GetString());
        Assert.Equal("2024-04-05", period.GetProperty("end").GetString());
        var headline = json.RootElement.GetProperty("headline");
        long[] expected = [37, 0, 1, 2, 1, 0, 0, 1, 0, 0, 0, 1, 1];
        Assert.Equal(expected, HeadlineFields.Select(f => headline.GetProperty(f).GetInt64()));
    }

    /// <summary>Disclosure control rounds the counts of people; the file's row counts are not about people and stay exact.</summary>
    [Fact]
    public void Suppress_applies_disclosure_control()
    {
        var (exit, output, _) = Run(Request(null, null, "json", sample: true, suppress: true));
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("suppressed").GetBoolean());
        var headline = json.RootElement.GetProperty("headline");
        Assert.All(headline.EnumerateObject().Where(p => !p.Name.StartsWith("rows_", StringComparison.Ordinal)), p =>
            Assert.True(p.Value.ValueKind == JsonValueKind.Null || p.Value.GetInt64() % 5 == 0, p.Name));
        var (_, exact, _) = Run(Request(null, null, "json", sample: true));
        using var exactJson = JsonDocument.Parse(exact);
        Assert.Equal(exactJson.RootElement.GetProperty("headline").GetProperty("rows_read").GetInt64(), headline.GetProperty("rows_read").GetInt64());
    }

    [Fact]
    public void A_missing_file_is_exit_code_2()
    {
        using var sessions = new TempCsv(HandBuiltService.SessionsCsv, "sessions.csv");
        string missing = Path.Combine(Path.GetTempPath(), $"iapt-test-{Guid.NewGuid():N}-missing.csv");
        var (exit, output, error) = Run(Request(missing, sessions.Path));
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("iapt report: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rejects_file_that_cannot_be_written_is_exit_code_2()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"iapt-test-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            using var referrals = new TempCsv(HandBuiltService.ReferralsCsv, "referrals.csv");
            using var sessions = new TempCsv(HandBuiltService.SessionsCsv, "sessions.csv");
            var (exit, output, error) = Run(Request(referrals.Path, sessions.Path, rejects: folder));
            Assert.Equal(2, exit);
            Assert.Equal("", output);
            Assert.StartsWith("iapt report: ", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    /// <summary>Files saved by spreadsheet programs often begin with a UTF-8 byte order mark; it is not part of the first column's name.</summary>
    [Fact]
    public void A_byte_order_mark_does_not_hide_the_first_column()
    {
        string referrals = Path.Combine(Path.GetTempPath(), $"iapt-test-{Guid.NewGuid():N}.csv");
        string sessions = Path.Combine(Path.GetTempPath(), $"iapt-test-{Guid.NewGuid():N}.csv");
        try
        {
            var bom = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
            File.WriteAllText(referrals, "referral_id,referral_date,problem_descriptor,discharge_date\nr,2024-01-01,F32,\n", bom);
            File.WriteAllText(sessions, "referral_id,date,type,attended\nr,2024-01-10,treatment,true\n", bom);
            var (exit, output, error) = Run(Request(referrals, sessions, "json"));
            Assert.Equal("", error);
            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(output);
            Assert.Equal(1, json.RootElement.GetProperty("headline").GetProperty("entered_treatment").GetInt64());
        }
        finally
        {
            File.Delete(referrals);
            File.Delete(sessions);
        }
    }

    [Fact]
    public void No_files_and_no_sample_is_exit_code_2()
    {
        var (exit, _, error) = Run(Request(null, null));
        Assert.Equal(2, exit);
        Assert.Equal("iapt report: give REFERRALS and SESSIONS files, or --sample\n", error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("referral_id,referral_date,problem_descriptor\nr,2024-01-01,F32\n", "referral_id,date,type,attended\n", "'discharge_date'")]
    [InlineData("referral_id,referral_date,problem_descriptor,discharge_date\n", "referral_id,date,type\nr,2024-01-01,treatment\n", "'attended'")]
    [InlineData("referral_id,problem_descriptor,discharge_date\n", "referral_id,date,type,attended\n", "'referral_date'")]
    [InlineData("referral_id,referral_date,problem_descriptor,discharge_date\n", "referral_id,type,attended\n", "'date'")]
    public void A_missing_required_column_is_exit_code_2_naming_it(string referralsCsv, string sessionsCsv, string column)
    {
        using var referrals = new TempCsv(referralsCsv, "referrals.csv");
        using var sessions = new TempCsv(sessionsCsv, "sessions.csv");
        var (exit, output, error) = Run(Request(referrals.Path, sessions.Path));
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(column, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_by_column_that_does_not_exist_is_exit_code_2_naming_it()
    {
        var (exit, output, error) = RunHandBuilt("markdown", by: ["ethnicity"]);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("'ethnicity'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-04-01", null, "give both --from and --to for a period")]
    [InlineData(null, "2025-03-31", "give both --from and --to for a period")]
    [InlineData("2024-04-31", "2025-03-31", "--from and --to must be dates in the form yyyy-MM-dd")]
    [InlineData("2024-04-01", "31/03/2025", "--from and --to must be dates in the form yyyy-MM-dd")]
    [InlineData("2025-04-01", "2025-03-31", "--to is before --from")]
    public void Wrong_period_options_are_exit_code_2_with_a_message(string? from, string? to, string message)
    {
        var (exit, output, error) = RunHandBuilt("markdown", from: from, to: to);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"iapt report: {message}\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_one_day_period_is_allowed()
    {
        var (exit, _, error) = RunHandBuilt("json", from: "2024-03-01", to: "2024-03-01");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
    }
}

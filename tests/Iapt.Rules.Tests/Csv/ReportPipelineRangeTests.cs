using System.Globalization;
using System.Text;
using Iapt.Rules.Csv;
using Iapt.Rules.Reporting;

using Iapt.Rules.Tests.Cli;

namespace Iapt.Rules.Tests.Csv;

/// <summary>
/// <c>sessions.csv</c> read in byte ranges, one per thread: each referral's sessions still applied in file order,
/// every row's line number that of the whole file, and the whole file read instead (with the reason told) when a range
/// would start inside quotes or a referral's sessions are out of range order. Every case is checked against one
/// thread; the ranges are run together, or one after another in a fixed order so that which range meets a referral
/// first is known.
/// </summary>
public class ReportPipelineRangeTests
{
    private const string Referral = "referral_id,referral_date,problem_descriptor,discharge_date\nr1,2024-01-01,F32,2024-03-01\n";
    private const string SessionsHeader = "referral_id,date,type,attended,phq9,gad7\n";
    private const string NotGrouped = "a referral's sessions are in more than one range, out of range order";
    private const string BadTypeReason = "type,\"not one of assessment, assessment_and_treatment, treatment, follow_up\"\n";

    private static (ServiceReport Report, string Rejects, string Reading) Run(string referrals, string sessions, CsvReportOptions options)
    {
        var diagnostics = new CsvReadDiagnostics();
        var (report, rejects) = ReportPipelineTests.Run(referrals, sessions, options with { Diagnostics = diagnostics });
        return (report, rejects, diagnostics.SessionReading!);
    }

    /// <summary>
    /// Runs with one thread and with <paramref name="threads"/> (ranges run as <paramref name="schedule"/> says): the
    /// report and the rejects must be the same; returns the latter run.
    /// </summary>
    private static (ServiceReport Report, string Rejects, string Reading) RunBoth(
        string referrals, string sessions, int threads = 2, RangeSchedule schedule = RangeSchedule.Together, int keepLimit = 1 << 16)
    {
        var one = Run(referrals, sessions, new CsvReportOptions { Parallelism = 1 });
        var many = Run(referrals, sessions, new CsvReportOptions { Parallelism = threads, RangeSchedule = schedule, RangeKeepLimit = keepLimit });
        Assert.Equal("one thread", one.Reading);
        Assert.Equal(ReportPipelineTests.Json(one.Report), ReportPipelineTests.Json(many.Report));
        Assert.Equal(one.Rejects, many.Rejects);
        return many;
    }

    private static string WholeFile(int threads, string why) => $"whole file per thread: {threads} (byte ranges not used: {why})";

    /// <summary>
    /// Sessions of r1 (discharged 2024-03-01): the first, on 02-01, scores PHQ-9 20 and GAD-7 15; 200 unscored
    /// sessions on 02-01 follow; the last, on 02-02, scores 3 and 2: recovery.
    /// </summary>
    private static string SameDaySessions()
    {
        var sessions = new StringBuilder(SessionsHeader);
        sessions.Append("r1,2024-02-01,treatment,true,20,15\n");
        for (int i = 0; i < 200; i++)
        {
            sessions.Append("r1,2024-02-01,treatment,true,,\n");
        }

        return sessions.Append("r1,2024-02-02,treatment,true,3,2\n").ToString();
    }

    /// <summary>
    /// One referral's sessions fill the file, so every range after the first starts in the middle of them. A range
    /// keeps the rows of the referral it starts with for later, so every row is applied to the one referral whichever
    /// range runs first: PHQ-9 20 then 3, GAD-7 15 then 2, is recovery, with 202 treatment sessions.
    /// </summary>
    [Theory]
    [InlineData(2, nameof(RangeSchedule.Together))]
    [InlineData(2, nameof(RangeSchedule.LastToFirst))]
    [InlineData(2, nameof(RangeSchedule.FirstToLast))]
    [InlineData(3, nameof(RangeSchedule.Together))]
    [InlineData(3, nameof(RangeSchedule.LastToFirst))]
    public void A_referral_running_on_into_the_next_range_keeps_its_file_order(int threads, string schedule)
    {
        var (report, _, reading) = RunBoth(Referral, SameDaySessions(), threads, Enum.Parse<RangeSchedule>(schedule));
        Assert.Equal($"byte ranges: {threads}", reading);
        Assert.Equal(1, report.Headline.Finished);
        Assert.Equal(1, report.Headline.Recovered);
        Assert.Equal(0, report.Headline.ReliableDeterioration);
        Assert.Equal(202m, report.Sections.Single(s => s.Key == ReportKeys.ActivitySection).Figures.Single(f => f.Key == "mean_treatment_sessions").Value);
    }

    /// <summary>A rejected row in the last range is reported with its line in the whole file, not in its range.</summary>
    [Fact]
    public void A_rejected_row_in_a_later_range_has_its_line_in_the_whole_file()
    {
        var sessions = new StringBuilder(SessionsHeader);
        for (int i = 0; i < 100; i++)
        {
            sessions.Append("r1,2024-02-01,treatment,true,10,8\n");
        }

        sessions.Append("r1,2024-02-01,therapy,true,,\n"); // line 102

        var (_, rejects, reading) = RunBoth(Referral, sessions.ToString());
        Assert.Equal("byte ranges: 2", reading);
        Assert.EndsWith("sessions.csv,102," + BadTypeReason, rejects, StringComparison.Ordinal);
    }

    /// <summary>Lines ending in CR LF split like lines ending in LF (a range starts after the LF).</summary>
    [Fact]
    public void Lines_ending_in_cr_lf_are_read_in_ranges()
    {
        var sessions = new StringBuilder(SessionsHeader.Replace("\n", "\r\n", StringComparison.Ordinal));
        for (int i = 0; i < 50; i++)
        {
            sessions.Append("r1,2024-02-01,treatment,true,20,15\r\n");
        }

        sessions.Append("r1,2024-02-20,treatment,true,3,2\r\nr1,2024-02-21,therapy,true,,\r\n");

        var (report, rejects, reading) = RunBoth(Referral, sessions.ToString());
        Assert.Equal("byte ranges: 2", reading);
        Assert.Equal(1, report.Headline.Recovered);
        Assert.EndsWith("sessions.csv,53," + BadTypeReason, rejects, StringComparison.Ordinal);
    }

    /// <summary>
    /// A quoted field spanning lines across the middle of the file: a line start found there lies inside quotes, so
    /// the ranges are not used and the whole file is read, with the reason told; rows and lines are as one thread reads them.
    /// </summary>
    [Fact]
    public void A_quoted_field_across_a_range_start_makes_the_whole_file_read()
    {
        var sessions = new StringBuilder("referral_id,date,type,attended,intervention,phq9,gad7\n");
        sessions.Append("r1,2024-02-01,treatment,true,,20,15\n");
        sessions.Append("r1,2024-02-02,treatment,true,\"not\n");
        for (int i = 0; i < 100; i++)
        {
            sessions.Append("a known\n");
        }

        sessions.Append("key\",,\n");                               // lines 3 to 104: one row, rejected at line 3
        sessions.Append("r1,2024-02-20,treatment,true,,3,2\n");      // line 105
        sessions.Append("r1,2024-02-21,therapy,true,,,\n");          // line 106

        var (report, rejects, reading) = RunBoth(Referral, sessions.ToString());
        Assert.Equal(WholeFile(2, "a quoted field spans the start of a range"), reading);
        Assert.Equal(1, report.Headline.Recovered);
        Assert.Contains("sessions.csv,3,intervention,not a known intervention key\n", rejects, StringComparison.Ordinal);
        Assert.EndsWith("sessions.csv,106," + BadTypeReason, rejects, StringComparison.Ordinal);
    }

    /// <summary>
    /// Sessions listed by date rather than by referral: r1 (recovers on the last day) and r2 (deteriorates) alternate,
    /// so each range meets both referrals.
    /// </summary>
    private static (string Referrals, string Sessions) Alternating()
    {
        string referrals = Referral + "r2,2024-01-01,F41.1,2024-03-01\n";
        var sessions = new StringBuilder(SessionsHeader);
        for (int day = 1; day <= 28; day++)
        {
            string date = string.Create(CultureInfo.InvariantCulture, $"2024-02-{day:00}");
            bool last = day == 28;
            sessions.Append(CultureInfo.InvariantCulture, $"r1,{date},treatment,true,{(last ? 3 : 20)},{(last ? 2 : 15)}\n");
            sessions.Append(CultureInfo.InvariantCulture, $"r2,{date},treatment,true,{(last ? 20 : 12)},{(last ? 19 : 12)}\n");
        }

        return (referrals, sessions.ToString());
    }

    /// <summary>
    /// When the first range runs first it claims both referrals, and the second range keeps all its rows to apply
    /// after it: the ranges hold.
    /// </summary>
    [Fact]
    public void Sessions_not_grouped_by_referral_are_kept_for_the_range_that_claimed_them()
    {
        var (referrals, sessions) = Alternating();
        var (report, _, reading) = RunBoth(referrals, sessions, schedule: RangeSchedule.FirstToLast);
        Assert.Equal("byte ranges: 2", reading);
        Assert.Equal(1, report.Headline.Recovered);
        Assert.Equal(1, report.Headline.ReliableDeterioration);
    }

    /// <summary>
    /// When the last range runs first it claims the referral it does not start with; the first range then meets a row
    /// of that referral that comes before the rows already applied, so the ranges are given up and the whole file read.
    /// </summary>
    [Fact]
    public void Sessions_not_grouped_by_referral_make_the_whole_file_read_when_a_later_range_claimed_them()
    {
        var (referrals, sessions) = Alternating();
        var (report, _, reading) = RunBoth(referrals, sessions, schedule: RangeSchedule.LastToFirst);
        Assert.Equal(WholeFile(2, NotGrouped), reading);
        Assert.Equal(1, report.Headline.Recovered);
        Assert.Equal(1, report.Headline.ReliableDeterioration);
    }

    /// <summary>Run together, the ranges hold or are given up depending on which thread is first: the report is the same.</summary>
    [Fact]
    public void Sessions_not_grouped_by_referral_give_the_same_report_when_the_ranges_run_together()
    {
        var (referrals, sessions) = Alternating();
        var (report, _, reading) = RunBoth(referrals, sessions);
        Assert.Contains(reading, new[] { "byte ranges: 2", WholeFile(2, NotGrouped) });
        Assert.Equal(1, report.Headline.Recovered);
    }

    /// <summary>A range that would keep more rows than the limit gives the ranges up.</summary>
    [Fact]
    public void Keeping_more_rows_than_the_limit_makes_the_whole_file_read()
    {
        var (referrals, sessions) = Alternating();
        int kept = RowsOfLastRange(sessions, 2); // the first range claims both referrals, so the second keeps every row
        Assert.InRange(kept, 20, 36);
        var (_, _, held) = RunBoth(referrals, sessions, schedule: RangeSchedule.FirstToLast, keepLimit: kept);
        var (report, _, reading) = RunBoth(referrals, sessions, schedule: RangeSchedule.FirstToLast, keepLimit: kept - 1);
        Assert.Equal("byte ranges: 2", held);
        Assert.Equal(WholeFile(2, "too many rows of referrals that began in an earlier range"), reading);
        Assert.Equal(1, report.Headline.Recovered);
    }

    /// <summary>
    /// Three ranges: the middle range starts with r1 (so keeps its rows of r1 for later), and r1 has rows further on
    /// in the last range too. Run last first, the last range claims r1, so the middle range's rows of r1, which come
    /// before, cannot be applied after them: the ranges are given up when the kept rows are applied.
    /// </summary>
    [Fact]
    public void Kept_rows_of_a_referral_a_later_range_claimed_make_the_whole_file_read()
    {
        // Rows of one length, so that where the ranges start depends on the row count alone.
        const string Row = "{0},2024-02-{1:00},treatment,true,10,8\n";
        int rows = 30;
        int[] starts = RangeStartRows(SessionsHeader.Length, string.Format(CultureInfo.InvariantCulture, Row, "a1", 1).Length, rows, 3);
        Assert.Equal(3, starts.Length);

        var ids = new string[rows];
        for (int i = 0; i < rows; i++)
        {
            ids[i] = i < starts[1] ? "a1" : i < starts[1] + 2 ? "r1" : i < starts[2] ? "b1" : i == starts[2] ? "c1" : "r1";
        }

        var sessions = new StringBuilder(SessionsHeader);
        for (int i = 0; i < rows; i++)
        {
            sessions.AppendFormat(CultureInfo.InvariantCulture, Row, ids[i], 1 + (i % 28));
        }

        string referrals = Referral + "a1,2024-01-01,F32,\nb1,2024-01-01,F32,\nc1,2024-01-01,F32,\n";
        var (report, _, reading) = RunBoth(referrals, sessions.ToString(), threads: 3, schedule: RangeSchedule.LastToFirst);
        Assert.Equal(WholeFile(3, NotGrouped), reading);
        Assert.Equal(4, report.Headline.EnteredTreatment);
    }

    /// <summary>The data row each range starts at, for a file of <paramref name="rows"/> rows of one length after a header.</summary>
    private static int[] RangeStartRows(int headerLength, int rowLength, int rows, int parts)
    {
        using var file = new TempCsv(new string('h', headerLength - 1) + "\n" + string.Concat(Enumerable.Repeat(new string('x', rowLength - 1) + "\n", rows)));
        Assert.True(FileRanges.TrySplit(file.Path, parts, out var ranges));
        return [.. ranges!.Starts.Select(start => (int)((start - headerLength) / rowLength))];
    }

    /// <summary>The number of data rows in the last of <paramref name="parts"/> ranges of <paramref name="text"/>.</summary>
    private static int RowsOfLastRange(string text, int parts)
    {
        using var file = new TempCsv(text);
        Assert.True(FileRanges.TrySplit(file.Path, parts, out var ranges));
        return text[(int)ranges!.Starts[^1]..].Count(c => c == '\n');
    }

    /// <summary>A file that starts with a UTF-8 byte order mark: every range reads the header behind it, as one thread does.</summary>
    [Fact]
    public void A_byte_order_mark_is_read_in_every_range()
    {
        var (report, _, reading) = RunBoth(Referral, "\uFEFF" + SameDaySessions(), threads: 3);
        Assert.Equal("byte ranges: 3", reading);
        Assert.Equal(1, report.Headline.Recovered);
    }

    /// <summary>A sessions file with a header and no rows has nothing to split: the whole (empty) file is read.</summary>
    [Fact]
    public void A_file_with_no_rows_is_read_whole()
    {
        var (report, _, reading) = RunBoth(Referral, "referral_id,date,type,attended\n");
        Assert.Equal(WholeFile(2, "the file has too few lines to split"), reading);
        Assert.Equal(0, report.Headline.EnteredTreatment);
    }
}

using System.Globalization;
using System.Text;
using Iapt.Rules.Csv;
using Iapt.Rules.Reporting;

namespace Iapt.Rules.Tests.Csv;

/// <summary>
/// One thread's share of <c>sessions.csv</c> (<c>ReportPipeline.SessionPart.cs</c>): the optional columns wherever the
/// header puts them, which range claims a referral, and the progress of a whole-file reading.
/// </summary>
public class ReportPipelineSessionPartTests
{
    private const string RejectsHeader = "file,line,field,reason\n";
    private const string OneReferral = "referral_id,referral_date,problem_descriptor,discharge_date\nr,2024-01-01,F32,\n";

    /// <summary>The intensity column is read when it is the first column of the file (its index 0).</summary>
    [Fact]
    public void An_intensity_in_the_first_column_is_read_and_a_bad_one_rejected()
    {
        var (report, rejects) = ReportPipelineTests.Run(
            OneReferral,
            "intensity,referral_id,date,type,attended\nmedium,r,2024-01-10,treatment,true\nlow,r,2024-01-17,treatment,true\n",
            new CsvReportOptions { Parallelism = 1 });
        Assert.Equal(RejectsHeader + "sessions.csv,2,intensity,\"not low, high or empty\"\n", rejects);
        Assert.Equal(1, report.Headline.EnteredTreatment);
    }

    /// <summary>The intervention column is read when it is the first column of the file (its index 0).</summary>
    [Fact]
    public void An_intervention_in_the_first_column_is_read_and_a_bad_one_rejected()
    {
        var (report, rejects) = ReportPipelineTests.Run(
            OneReferral,
            "intervention,referral_id,date,type,attended\nhypnosis,r,2024-01-10,treatment,true\ncbt,r,2024-01-17,treatment,true\n",
            new CsvReportOptions { Parallelism = 1 });
        Assert.Equal(RejectsHeader + "sessions.csv,2,intervention,not a known intervention key\n", rejects);
        Assert.Equal(1, report.Headline.EnteredTreatment);
    }

    /// <summary>
    /// r1's first row opens the file and its last row closes it, with r2's and r3's rows between: the first range
    /// claims r1 at its first row (the first range has no previous range to share a referral with), so the later
    /// range keeps its r1 row for after the ranges, in file order, and the ranges are used.
    /// </summary>
    [Fact]
    public void The_first_range_claims_the_referral_it_starts_with()
    {
        var sessions = new StringBuilder("referral_id,date,type,attended\n");
        sessions.Append("r1,2024-01-10,treatment,true\n");
        for (int i = 0; i < 100; i++)
        {
            sessions.Append("r2,2024-01-10,treatment,true\n");
        }

        for (int i = 0; i < 100; i++)
        {
            sessions.Append("r3,2024-01-10,treatment,true\n");
        }

        sessions.Append("r1,2024-01-17,treatment,true\n");
        var (report, reading) = RunBoth(ThreeReferrals, sessions.ToString(), new CsvReportOptions { Parallelism = 2, RangeSchedule = RangeSchedule.FirstToLast });
        Assert.Equal("byte ranges: 2", reading);
        Assert.Equal(3, report.Headline.EnteredTreatment);
    }

    /// <summary>
    /// Two hundred referrals with one session row each, in the referrals' order: the second range keeps only the row
    /// of the referral it starts with (which the first range might share), every other row is applied by the range
    /// that claims it first. So one row kept is within a keep limit of one, and the ranges are used.
    /// </summary>
    [Fact]
    public void A_range_keeps_no_row_of_a_referral_it_claims_itself()
    {
        var referrals = new StringBuilder("referral_id,referral_date,problem_descriptor,discharge_date\n");
        var sessions = new StringBuilder("referral_id,date,type,attended\n");
        for (int i = 0; i < 200; i++)
        {
            referrals.Append(CultureInfo.InvariantCulture, $"r{i:D3},2024-01-01,F32,\n");
            sessions.Append(CultureInfo.InvariantCulture, $"r{i:D3},2024-01-10,treatment,true\n");
        }

        var (report, reading) = RunBoth(
            referrals.ToString(), sessions.ToString(), new CsvReportOptions { Parallelism = 2, RangeSchedule = RangeSchedule.FirstToLast, RangeKeepLimit = 1 });
        Assert.Equal("byte ranges: 2", reading);
        Assert.Equal(200, report.Headline.EnteredTreatment);
    }

    /// <summary>
    /// Progress every 10,000 rows, one referral row, then 10,000 session rows read by one thread: progress counts
    /// every row read so far, the referral row included, when the 10,000th session row is read (10,001), and again at
    /// the end.
    /// </summary>
    [Fact]
    public void Session_rows_on_one_thread_report_progress_counting_the_referral_rows_too()
    {
        const int Rows = 10_000;
        var sessions = new StringBuilder("referral_id,date,type,attended\n", Rows * 30);
        for (int i = 0; i < Rows; i++)
        {
            sessions.Append("r,2024-01-10,assessment,false\n");
        }

        var progress = new List<long>();
        var (report, rejects) = ReportPipelineTests.Run(
            OneReferral,
            sessions.ToString(),
            new CsvReportOptions { Parallelism = 1, Progress = new ReportPipelineTests.Recorded(progress), ProgressEvery = Rows });
        Assert.Equal(RejectsHeader, rejects);
        Assert.Equal(Rows + 1, report.Headline.RowsRead);
        Assert.Equal([10_001L, 10_001L], progress);
    }

    private const string ThreeReferrals =
        "referral_id,referral_date,problem_descriptor,discharge_date\nr1,2024-01-01,F32,\nr2,2024-01-01,F32,\nr3,2024-01-01,F32,\n";

    /// <summary>Runs on one thread and as <paramref name="options"/> say: the reports and rejects must agree; returns the latter's report and reading.</summary>
    private static (ServiceReport Report, string Reading) RunBoth(string referrals, string sessions, CsvReportOptions options)
    {
        var (one, oneRejects) = ReportPipelineTests.Run(referrals, sessions, new CsvReportOptions { Parallelism = 1 });
        var diagnostics = new CsvReadDiagnostics();
        var (many, manyRejects) = ReportPipelineTests.Run(referrals, sessions, options with { Diagnostics = diagnostics });
        Assert.Equal(ReportPipelineTests.Json(one), ReportPipelineTests.Json(many));
        Assert.Equal(oneRejects, manyRejects);
        return (many, diagnostics.SessionReading!);
    }
}

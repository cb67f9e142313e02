using System.Globalization;
using System.Text;
using Iapt.Rules.Csv;

namespace Iapt.Rules.Tests.Csv;

/// <summary>
/// Reading <c>sessions.csv</c> (<c>ReportPipeline.Sessions.cs</c>): the progress shown while threads read byte ranges
/// of the file.
/// </summary>
public class ReportPipelineSessionsTests
{
    /// <summary>
    /// 576 referrals, then 1,754 session rows of each in the referrals' order (1,010,304 rows), read in two byte
    /// ranges, the last range first. Every range adds its rows to the shared count 4,096 at a time and the first
    /// range's thread shows it: the count after the referral rows (576) and 244 blocks is exactly 1,000,000
    /// (576 + 244 × 4,096), the first million reached, so progress shows 1,000,000 once there, nothing at the later
    /// blocks (short of two million), and at the end every row read: 576 + 1,010,304 = 1,010,880.
    /// </summary>
    [Fact]
    public void Threads_reading_byte_ranges_report_progress_at_the_first_million_rows_and_at_the_end()
    {
        const int Referrals = 576, SessionsEach = 1_754;
        var referrals = new StringBuilder("referral_id,referral_date,problem_descriptor,discharge_date\n");
        var sessions = new StringBuilder("referral_id,date,type,attended\n", Referrals * SessionsEach * 32);
        for (int r = 0; r < Referrals; r++)
        {
            referrals.Append(CultureInfo.InvariantCulture, $"r{r:D3},2024-01-01,F32,\n");
            for (int s = 0; s < SessionsEach; s++)
            {
                sessions.Append(CultureInfo.InvariantCulture, $"r{r:D3},2024-01-10,assessment,false\n");
            }
        }

        var progress = new List<long>();
        var diagnostics = new CsvReadDiagnostics();
        var (report, _) = ReportPipelineTests.Run(
            referrals.ToString(),
            sessions.ToString(),
            new CsvReportOptions
            {
                Parallelism = 2,
                RangeSchedule = RangeSchedule.LastToFirst,
                Progress = new ReportPipelineTests.Recorded(progress),
                Diagnostics = diagnostics,
            });
        Assert.Equal("byte ranges: 2", diagnostics.SessionReading);
        Assert.Equal(Referrals + (Referrals * SessionsEach), report.Headline.RowsRead);
        Assert.Equal([1_000_000L, 1_010_880L], progress);
    }
}

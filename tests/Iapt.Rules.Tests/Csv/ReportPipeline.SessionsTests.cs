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
    private const int Referrals = 1_808, ShortRows = 13_000, LongRows = 3_000, Sessions = ShortRows + LongRows;

    /// <summary>
    /// Progress every 10,000 rows; 1,808 referrals, then 16,000 session rows in the referrals' order, read in two byte
    /// ranges, the last range first. The last 3,000 rows carry a long note, so the first range (half the bytes) holds
    /// more than 12,288 rows (three blocks of 4,096) and the last fewer than 4,096 (no block). Every range adds its
    /// rows to the shared count a block at a time and the first range's thread shows it: after its first block the
    /// count is 1,808 + 4,096 = 5,904 (short of 10,000: nothing), after its second exactly 10,000 (shown), after its
    /// third 14,096 (short of the next 20,000: nothing), and at the end every row read, 1,808 + 16,000 = 17,808.
    /// </summary>
    [Fact]
    public void Threads_reading_byte_ranges_report_progress_at_each_interval_and_at_the_end() =>
        Assert.Equal([10_000L, 17_808L], ProgressOfTwoRanges(every: 10_000));

    /// <summary>
    /// The same file with progress every 4,000 rows: a count shown past an interval sets the next report at the next
    /// whole interval, not an interval after the count. 5,904 is shown (past 4,000) and the next is due at 8,000, so
    /// 10,000 is shown (due next at 12,000), then 14,096 (due at 16,000), then the end, 17,808.
    /// </summary>
    [Fact]
    public void A_count_shown_past_an_interval_sets_the_next_report_at_the_next_whole_interval() =>
        Assert.Equal([5_904L, 10_000L, 14_096L, 17_808L], ProgressOfTwoRanges(every: 4_000));

    /// <summary>The progress reported while the file described above is read in two byte ranges, the last first.</summary>
    private static List<long> ProgressOfTwoRanges(long every)
    {
        var referrals = new StringBuilder("referral_id,referral_date,problem_descriptor,discharge_date\n");
        for (int r = 0; r < Referrals; r++)
        {
            referrals.Append(CultureInfo.InvariantCulture, $"r{r:D4},2024-01-01,F32,\n");
        }

        var sessions = new StringBuilder("referral_id,date,type,attended,note\n");
        string note = new('x', 200);
        for (int s = 0; s < Sessions; s++)
        {
            sessions.Append(CultureInfo.InvariantCulture, $"r{s * Referrals / Sessions:D4},2024-01-10,assessment,false,{(s < ShortRows ? string.Empty : note)}\n");
        }

        // The premise: how the file splits in two.
        using (var file = new Iapt.Rules.Tests.Cli.TempCsv(sessions.ToString()))
        {
            Assert.True(FileRanges.TrySplit(file.Path, 2, out var ranges));
            int firstRangeRows = sessions.ToString()[..(int)ranges!.Starts[1]].Count(c => c == '\n') - 1;
            Assert.InRange(firstRangeRows, 3 * 4096, (4 * 4096) - 1);
            Assert.InRange(Sessions - firstRangeRows, 1, 4095);
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
                ProgressEvery = every,
                Diagnostics = diagnostics,
            });
        Assert.Equal("byte ranges: 2", diagnostics.SessionReading);
        Assert.Equal(Referrals + Sessions, report.Headline.RowsRead);
        return progress;
    }
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Iapt.Rules.Csv;
using Iapt.Rules.Reporting;

namespace Iapt.Rules.Benchmarks.Reporting;

/// <summary>
/// The whole service report (<c>iapt report</c>'s pipeline: both CSV files read, every rule applied, every figure
/// counted) over one million generated referrals (about 6.6 million session rows). One operation is one million
/// referrals; an operation takes seconds, so each iteration runs it once.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ServiceReportBenchmarks
{
    private SampleFiles _files = null!;

    [GlobalSetup]
    public void Setup() => _files = SampleFiles.Write(1_000_000);

    [GlobalCleanup]
    public void Cleanup() => _files.Dispose();

    /// <summary>The report over every referral, no period, no breakdown, no suppression.</summary>
    [Benchmark]
    public long ReportPerMillionReferrals()
    {
        ServiceReport report = ServiceReportFiles.Read(_files.Referrals, _files.Sessions, new CsvReportOptions());
        return report.Headline.Recovered ?? -1;
    }
}

namespace Iapt.Rules.Reporting;

/// <summary>How <see cref="ServiceReportBatch.Run"/> builds a report.</summary>
public sealed record ServiceReportBatchOptions
{
    /// <summary>The reporting period, or <see langword="null"/> (the default) for every referral.</summary>
    public ReportPeriod? Period { get; init; }

    /// <summary>
    /// The breakdowns besides the problem descriptor, in the order of each referral's
    /// <see cref="Episodes.ReferralRecord.Attributes"/>; empty by default.
    /// </summary>
    public IReadOnlyList<string> Breakdowns { get; init; } = [];

    /// <summary>
    /// The most threads that assess referrals at once, or <see langword="null"/> (the default) for one per processor.
    /// The report is the same whatever the number.
    /// </summary>
    public int? MaxDegreeOfParallelism { get; init; }
}

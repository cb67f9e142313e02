using System.Collections.Immutable;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Reporting;

/// <summary>What <see cref="ServiceReportBatch.Run"/> gives: the report and every record it did not use.</summary>
public sealed record ServiceReportBatchResult
{
    /// <summary>
    /// The report, with exact counts (apply <see cref="Disclosure.DisclosureControl"/> to publish it). Its
    /// <see cref="HeadlineCounts.RowsRead"/> counts every referral and session record given, and
    /// <see cref="HeadlineCounts.RowsRejected"/> the <see cref="Rejections"/>.
    /// </summary>
    public required ServiceReport Report { get; init; }

    /// <summary>
    /// Every record not used, with its kind, its position in the sequence it came from and the fault: the referrals
    /// first, then the sessions, each in position order.
    /// </summary>
    public required ImmutableArray<RecordRejection> Rejections { get; init; }
}

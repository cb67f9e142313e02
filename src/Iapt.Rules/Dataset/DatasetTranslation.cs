using System.Collections.Immutable;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Dataset;

/// <summary>
/// A data set extract translated into the records every report reads (<see cref="ReferralRecord"/>,
/// <see cref="ReferralSession"/>), with what became of every row: <see cref="NationalDataset.Translate"/> gives it.
/// </summary>
public sealed record DatasetTranslation
{
    /// <summary>The referrals used (the latest submission of each <c>PathwayID</c>), with their descriptors.</summary>
    public required ImmutableArray<ReferralRecord> Referrals { get; init; }

    /// <summary>NHS Digital's flags of each referral of <see cref="Referrals"/>, at the same index.</summary>
    public required ImmutableArray<NhsdValues> Flags { get; init; }

    /// <summary>
    /// The sessions: one per care contact used that was attended or missed (cancelled contacts count for nothing
    /// and make none), with its intensity and <c>IDS607</c> scores; and one
    /// <see cref="SessionType.ReferralScores"/> session per usable <c>IDS606</c> score.
    /// </summary>
    public required ImmutableArray<ReferralSession> Sessions { get; init; }

    /// <summary>Each table's rows read, used, superseded and rejected, in the order of <see cref="DatasetTables.All"/>.</summary>
    public required ImmutableArray<DatasetTableCount> Counts { get; init; }

    /// <summary>Every row rejected, table by table in the order of <see cref="DatasetTables.All"/>, each in reading order.</summary>
    public required ImmutableArray<DatasetRejection> Rejections { get; init; }

    /// <summary>Rows of <c>IDS606</c> and <c>IDS607</c> whose tool type maps to a measure but whose score is not a valid total, by measure key.</summary>
    public required ImmutableArray<MeasureCount> UnusableScores { get; init; }

    /// <summary>Rows of <c>IDS606</c> and <c>IDS607</c> whose tool type the rule set does not map (ignored).</summary>
    public required long UnmappedToolTypes { get; init; }

    /// <summary>Rows read from every table.</summary>
    public long RowsRead => Counts.Sum(c => c.Read);

    /// <summary>Rows rejected from every table.</summary>
    public long RowsRejected => Counts.Sum(c => c.Rejected);
}

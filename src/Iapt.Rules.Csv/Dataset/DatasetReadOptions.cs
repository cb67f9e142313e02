using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Csv;

/// <summary>How <see cref="NationalDatasetFiles.Read"/> builds a report from a folder of data set tables.</summary>
public sealed record DatasetReadOptions
{
    /// <summary>The reporting period, or <see langword="null"/> (the default) for every referral.</summary>
    public ReportPeriod? Period { get; init; }

    /// <summary>Columns of <c>IDS101Referral</c> to break the report down by (any column; case-insensitive); empty by default.</summary>
    public IReadOnlyList<string> By { get; init; } = [];

    /// <summary>The rule set (its <see cref="RuleSet.Dataset"/> codes too); <see cref="RuleSet.ManualV4"/> by default.</summary>
    public RuleSet Rules { get; init; } = RuleSet.ManualV4;

    /// <summary>Whether to apply statistical disclosure control to the report.</summary>
    public bool Suppress { get; init; }

    /// <summary>
    /// Where to write the rejected rows, as CSV with the header <c>file,line,field,reason</c> (the file is the table's
    /// file name as found; lines count from 1 for the header), or <see langword="null"/> (the default) to count them
    /// only. The writer is left open.
    /// </summary>
    public TextWriter? Rejects { get; init; }

    /// <summary>How many threads assess referrals, or <see langword="null"/> (the default) for one per processor.</summary>
    public int? Parallelism { get; init; }
}

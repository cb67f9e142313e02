using System.Collections.Immutable;
using Iapt.Rules.Reporting;

namespace Iapt.Rules.Dataset;

/// <summary>What <see cref="NationalDataset.Report"/> gives: the report, the translation and the reconciliation.</summary>
public sealed record DatasetReport
{
    /// <summary>
    /// The report, built by <see cref="ServiceReportBatch.Run"/> from <see cref="Translation"/>, with two sections
    /// added: <c>dataset</c> (rows by table, unusable scores, unmapped tools) and, when any referral carries NHS
    /// Digital's flags, <c>nhs_digital_agreement</c>. Its rows read and rejected count the tables' rows.
    /// </summary>
    public required ServiceReport Report { get; init; }

    /// <summary>
    /// The translated records and what became of every row. From <see cref="NationalDataset.Report"/> its
    /// <see cref="DatasetTranslation.Sessions"/> are empty: the report gives each session to its referral at once
    /// rather than keeping it (<see cref="NationalDataset.Translate"/> gives them).
    /// </summary>
    public required DatasetTranslation Translation { get; init; }

    /// <summary>Whether any referral carries a value of any of NHS Digital's flags.</summary>
    public bool HasFlags => !Agreement.IsDefaultOrEmpty && Agreement.Any(a => a.Compared > 0);

    /// <summary>The agreement per flag, in the order of <see cref="NhsdValues.All"/>.</summary>
    public required ImmutableArray<FlagAgreement> Agreement { get; init; }

    /// <summary>Every disagreement, by referral in the order of <see cref="DatasetTranslation.Referrals"/>, then by flag.</summary>
    public required ImmutableArray<FlagDisagreement> Disagreements { get; init; }
}

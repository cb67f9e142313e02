using Iapt.Rules.Provenance;

namespace Iapt.Rules.Waiting;

/// <summary>
/// The first-to-second treatment wait over a period as NHS England counts it (reference §9; core data pack B03): of
/// the second treatment sessions dated in the period, how many came more than 28 and more than 90 days after the
/// first. Made by <see cref="FirstToSecondTreatmentTally.Result"/>.
/// </summary>
/// <param name="SecondTreatments">The denominator: second treatment sessions dated in the period.</param>
/// <param name="OverLongGap">How many came more than <paramref name="LongGapDays"/> (28) days after the first.</param>
/// <param name="OverVeryLongGap">How many came more than <paramref name="VeryLongGapDays"/> (90) days after the first.</param>
/// <param name="LongGapDays">The 28-day limit with its source.</param>
/// <param name="VeryLongGapDays">The 90-day limit with its source.</param>
public sealed record FirstToSecondTreatmentSummary(
    int SecondTreatments, int OverLongGap, int OverVeryLongGap, Sourced<int> LongGapDays, Sourced<int> VeryLongGapDays)
{
    /// <summary>The share over 28 days (0 to 1); <see langword="null"/> when no second treatment was counted.</summary>
    public decimal? OverLongGapRate => SecondTreatments == 0 ? null : (decimal)OverLongGap / SecondTreatments;

    /// <summary>The share over 90 days (0 to 1), NHS England's measure; <see langword="null"/> when no second treatment was counted.</summary>
    public decimal? OverVeryLongGapRate => SecondTreatments == 0 ? null : (decimal)OverVeryLongGap / SecondTreatments;
}

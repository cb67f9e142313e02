using System.Collections.Immutable;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Waiting;

/// <summary>
/// Referral to first assessment over a group of referrals (reference §9; RtB 7.10): how many first assessments, how
/// many within 14 days and the share, and the distribution in the wait bands. Made by <see cref="AssessmentWaitTally.Result"/>.
/// </summary>
/// <param name="Assessed">The number of first assessments counted (the denominator).</param>
/// <param name="WithinStandard">How many came within <paramref name="StandardDays"/> days.</param>
/// <param name="NotAssessed">How many referrals added were not yet assessed (not in the denominator).</param>
/// <param name="Bands">The count in each wait band, in band order; the counts add up to <paramref name="Assessed"/>.</param>
/// <param name="StandardDays">The standard: 14 days under the Manual v4 rule set, with its source.</param>
public sealed record AssessmentWaitSummary(
    int Assessed, int WithinStandard, int NotAssessed, ImmutableArray<WaitBandCount> Bands, Sourced<int> StandardDays)
{
    /// <summary>The share within the standard (0 to 1); <see langword="null"/> when nobody was assessed.</summary>
    public decimal? WithinStandardRate => Assessed == 0 ? null : (decimal)WithinStandard / Assessed;
}

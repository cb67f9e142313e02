using Iapt.Rules.Provenance;

namespace Iapt.Rules.Stepping;

/// <summary>
/// The MQS 1 measure: of the referrals that started at low intensity and did not recover with it, the share that
/// moved to high intensity. Exact counts; the rate is <see langword="null"/> when the denominator is 0.
/// </summary>
/// <param name="StartedLowNotRecovered">The denominator (see <see cref="SteppingSummary.InMqs1Denominator"/>).</param>
/// <param name="MovedToHigh">The numerator (see <see cref="SteppingSummary.InMqs1Numerator"/>).</param>
/// <param name="Source">The rule (MQS 1).</param>
public readonly record struct Mqs1StepUpRate(long StartedLowNotRecovered, long MovedToHigh, Source Source)
{
    /// <summary>The share, <see cref="MovedToHigh"/> / <see cref="StartedLowNotRecovered"/>, between 0 and 1; <see langword="null"/> when the denominator is 0.</summary>
    public decimal? Rate => StartedLowNotRecovered == 0 ? null : (decimal)MovedToHigh / StartedLowNotRecovered;

    /// <summary>The measure for people, for example <c>MQS 1 step-up: 30 of 40 (75%) [MQS 1]</c>.</summary>
    /// <returns>One line.</returns>
    public string Explain() =>
        Rate is { } rate
            ? $"MQS 1 step-up: {MovedToHigh} of {StartedLowNotRecovered} who started at low intensity and did not recover moved to high intensity ({Math.Round(rate * 100m, 1, MidpointRounding.AwayFromZero).ToString(System.Globalization.CultureInfo.InvariantCulture)}%). [{Source}]"
            : $"MQS 1 step-up: no one started at low intensity without recovering, so there is no rate. [{Source}]";
}

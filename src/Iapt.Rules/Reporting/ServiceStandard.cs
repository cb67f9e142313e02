using Iapt.Rules.Provenance;

namespace Iapt.Rules.Reporting;

/// <summary>A national standard a service's rate is judged against (reference §7: M4 §6.4, Table 8; MQS).</summary>
/// <param name="Key">The stable key, lower case with underscores, for example <c>recovery_rate</c>.</param>
/// <param name="Description">What is measured, in words.</param>
/// <param name="Target">The target as a fraction of 1 (0.5 for 50%), exact.</param>
/// <param name="Comparison">Whether the target itself meets the standard.</param>
/// <param name="Source">Where the standard comes from.</param>
public sealed record ServiceStandard(string Key, string Description, decimal Target, StandardComparison Comparison, Source Source)
{
    /// <summary>
    /// A standard whose target is an exact fraction, such as two thirds for reliable improvement: judged exactly as
    /// <c>count * denominator</c> against <c>numerator * total</c>, where a decimal target would round.
    /// </summary>
    /// <param name="key">The stable key.</param>
    /// <param name="description">What is measured.</param>
    /// <param name="numerator">The target's numerator (2 for two thirds).</param>
    /// <param name="denominator">The target's denominator (3 for two thirds), positive.</param>
    /// <param name="comparison">Whether the target itself meets the standard.</param>
    /// <param name="source">Where the standard comes from.</param>
    /// <returns>The standard; its <see cref="Target"/> is the fraction as a decimal, for display.</returns>
    public static ServiceStandard Fraction(string key, string description, long numerator, long denominator, StandardComparison comparison, Source source)
    {
        Guard.Against.NegativeOrZero(denominator);
        return new ServiceStandard(key, description, (decimal)numerator / denominator, comparison, source)
        {
            TargetFraction = (numerator, denominator),
        };
    }

    /// <summary>The target as an exact fraction when the standard was made with <see cref="Fraction"/>; otherwise <see langword="null"/>.</summary>
    public (long Numerator, long Denominator)? TargetFraction { get; init; }

    /// <summary>Whether <paramref name="numerator"/> out of <paramref name="denominator"/> meets the standard, compared exactly.</summary>
    /// <param name="numerator">The count that meets the measure.</param>
    /// <param name="denominator">The count it is a share of; when zero the standard cannot be judged.</param>
    /// <returns><see langword="true"/> or <see langword="false"/>; <see langword="null"/> when the denominator is zero.</returns>
    public bool? IsMet(long numerator, long denominator)
    {
        if (denominator <= 0)
        {
            return null;
        }

        if (TargetFraction is var (n, d))
        {
            // numerator / denominator >= n / d  <=>  numerator * d >= n * denominator (exact in 128-bit integers)
            Int128 left = (Int128)numerator * d;
            Int128 right = (Int128)n * denominator;
            return Comparison == StandardComparison.AtLeast ? left >= right : left > right;
        }

        // numerator / denominator >= Target  <=>  numerator >= Target * denominator (exact in decimal for these sizes)
        decimal needed = Target * denominator;
        return Comparison == StandardComparison.AtLeast ? numerator >= needed : numerator > needed;
    }
}

using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Reporting;

/// <summary>A national standard a service's rate is judged against (reference §7: M4 §6.4, Table 8; MQS).</summary>
/// <param name="Key">The stable key, lower case with underscores, for example <c>recovery_rate</c>.</param>
/// <param name="Description">What is measured, in words.</param>
/// <param name="Target">The target as a fraction of 1 (0.5 for 50%), exact.</param>
/// <param name="Comparison">Whether the target itself meets the standard.</param>
/// <param name="Source">Where the standard comes from.</param>
public sealed record ServiceStandard(string Key, string Description, decimal Target, StandardComparison Comparison, Source Source)
{
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

        // numerator / denominator >= Target  <=>  numerator >= Target * denominator (exact in decimal for these sizes)
        decimal needed = Target * denominator;
        return Comparison == StandardComparison.AtLeast ? numerator >= needed : numerator > needed;
    }
}

using System.Globalization;

namespace Iapt.Rules.Outcomes;

/// <summary>An exact rate: a count over a denominator, both whole numbers, so that nothing is rounded until shown.</summary>
/// <param name="Count">The referrals counted (the numerator).</param>
/// <param name="Denominator">The referrals eligible (the denominator).</param>
public readonly record struct OutcomeRate(long Count, long Denominator)
{
    /// <summary>The rate as a fraction between 0 and 1; <see langword="null"/> when the denominator is 0.</summary>
    public decimal? Value => Denominator == 0 ? null : (decimal)Count / Denominator;

    /// <summary>Whether the rate reaches a standard given as an exact fraction (for example 1 / 2 for recovery).</summary>
    /// <param name="numerator">The standard's numerator.</param>
    /// <param name="denominator">The standard's denominator, positive.</param>
    /// <returns>
    /// <see langword="true"/> when <c>Count / Denominator &gt;= numerator / denominator</c>, compared exactly;
    /// <see langword="null"/> when the rate has no denominator.
    /// </returns>
    public bool? Reaches(long numerator, long denominator)
    {
        Guard.Against.NegativeOrZero(denominator);
        return Denominator == 0 ? null : (Int128)Count * denominator >= (Int128)numerator * Denominator;
    }

    /// <summary>The rate as text, for example <c>12/20 (60.0%)</c>, or <c>0/0</c>.</summary>
    /// <returns>The count, the denominator and the percentage to one decimal place.</returns>
    public override string ToString() =>
        Value is decimal value
            ? string.Create(CultureInfo.InvariantCulture, $"{Count}/{Denominator} ({value * 100:0.0}%)")
            : string.Create(CultureInfo.InvariantCulture, $"{Count}/{Denominator}");
}

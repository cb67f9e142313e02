using Iapt.Rules.Numerics;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Measures;

/// <summary>
/// A measure's clinical cut-off ("caseness"): the score from which a person is counted as a clinical case.
/// </summary>
/// <param name="CutOff">The cut-off score, in the measure's own units (a total, or the item mean for the MI).</param>
/// <param name="Comparison">Whether the cut-off itself is a case (at or above) or only scores above it are.</param>
/// <param name="Source">Where the cut-off comes from.</param>
public sealed record CasenessRule(Threshold CutOff, CasenessComparison Comparison, Source Source)
{
    /// <summary>Decides caseness for a score value exactly, without rounding.</summary>
    /// <param name="value">The score, in the measure's units.</param>
    /// <returns><see langword="true"/> when the score is at caseness.</returns>
    public bool IsCase(decimal value) => IsCase(Ratio.FromDecimal(value));

    internal bool IsCase(Ratio value)
    {
        // a/b against c/d by the sign of a*d - c*b (denominators positive) while every factor is below 2^31, so that
        // neither product overflows 64 bits: every real score and cut-off; the 128-bit comparison otherwise.
        var cutOff = CutOff.Ratio;
        int comparison = (ulong)(value.Numerator | value.Denominator | cutOff.Numerator | cutOff.Denominator) <= int.MaxValue
            ? (value.Numerator * cutOff.Denominator).CompareTo(cutOff.Numerator * value.Denominator)
            : value.CompareTo(cutOff);
        return Comparison == CasenessComparison.AtOrAbove ? comparison >= 0 : comparison > 0;
    }

    /// <summary>The rule in words, for example <c>at or above 10 (M4 Table 6)</c>.</summary>
    /// <returns>A sentence for explanations and generated docs.</returns>
    public override string ToString() =>
        $"{(Comparison == CasenessComparison.AtOrAbove ? "at or above" : "strictly above")} {CutOff} ({Source})";
}

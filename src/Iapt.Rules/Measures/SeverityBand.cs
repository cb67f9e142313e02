namespace Iapt.Rules.Measures;

/// <summary>One severity band of a measure: a named, inclusive range of whole-number totals.</summary>
/// <param name="Key">The band's key as files show it, lower case with underscores, for example <c>moderately_severe</c>.</param>
/// <param name="Minimum">The lowest total in the band (inclusive).</param>
/// <param name="Maximum">The highest total in the band (inclusive).</param>
public sealed record SeverityBand(string Key, int Minimum, int Maximum)
{
    /// <summary>Whether a whole-number total falls in this band.</summary>
    /// <param name="total">The total.</param>
    /// <returns><see langword="true"/> when <paramref name="total"/> is between the bounds, both included.</returns>
    public bool Contains(int total) => total >= Minimum && total <= Maximum;

    /// <summary>The band as text, for example <c>moderate (10-14)</c>.</summary>
    /// <returns>The key and the inclusive range.</returns>
    public override string ToString() => $"{Key} ({Minimum}-{Maximum})";
}

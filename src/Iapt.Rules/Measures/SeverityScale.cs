using System.Collections.Immutable;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Measures;

/// <summary>
/// A measure's severity bands, in ascending order, contiguous and without overlap, covering the whole total range.
/// </summary>
/// <param name="Bands">The bands, lowest first.</param>
/// <param name="Source">Where the bands come from.</param>
public sealed record SeverityScale(ImmutableArray<SeverityBand> Bands, Source Source)
{
    /// <summary>The band a whole-number total falls in.</summary>
    /// <param name="total">The total; it should lie within the measure's total range.</param>
    /// <returns>The band, or <see langword="null"/> when no band contains the total.</returns>
    public SeverityBand? Find(int total)
    {
        foreach (var band in Bands)
        {
            if (band.Contains(total))
            {
                return band;
            }
        }

        return null;
    }

    internal void Validate(string measureKey, int minimum, int maximum)
    {
        if (Bands.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"Measure '{measureKey}': a severity scale needs at least one band.");
        }

        int expected = minimum;
        foreach (var band in Bands)
        {
            if (band.Minimum != expected || band.Maximum < band.Minimum)
            {
                throw new ArgumentException(
                    $"Measure '{measureKey}': severity band '{band.Key}' must start at {expected} and not end before it starts.");
            }

            expected = band.Maximum + 1;
        }

        if (expected != maximum + 1)
        {
            throw new ArgumentException($"Measure '{measureKey}': severity bands must end at the maximum total {maximum}.");
        }
    }
}

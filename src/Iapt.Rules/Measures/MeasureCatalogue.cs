using System.Collections;
using System.Collections.Frozen;
using System.Collections.Immutable;
using OneOf;

namespace Iapt.Rules.Measures;

/// <summary>
/// The measures a rule set knows, by key. Immutable: <see cref="With(MeasureDefinition)"/> returns a new catalogue.
/// Look-ups ignore case and surrounding spaces. Enumeration follows the order measures were added.
/// </summary>
public sealed class MeasureCatalogue : IReadOnlyList<MeasureDefinition>
{
    private readonly ImmutableArray<MeasureDefinition> _measures;
    private readonly FrozenDictionary<string, MeasureDefinition> _byKey;

    /// <summary>Creates a catalogue, checking every definition and that keys are unique.</summary>
    /// <param name="measures">The measures, in the order they should be listed.</param>
    /// <exception cref="ArgumentException">A definition is inconsistent or a key repeats.</exception>
    public MeasureCatalogue(IEnumerable<MeasureDefinition> measures)
    {
        Guard.Against.Null(measures);
        _measures = [.. measures];
        foreach (var measure in _measures)
        {
            Guard.Against.Null(measure);
            measure.Validate();
        }

        var byKey = new Dictionary<string, MeasureDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var measure in _measures)
        {
            if (!byKey.TryAdd(measure.Key, measure))
            {
                throw new ArgumentException($"Measure key '{measure.Key}' appears twice.", nameof(measures));
            }
        }

        _byKey = byKey.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The number of measures.</summary>
    public int Count => _measures.Length;

    /// <summary>The measure at a position in listing order.</summary>
    /// <param name="index">The 0-based position.</param>
    public MeasureDefinition this[int index] => _measures[index];

    /// <summary>The measure with a key.</summary>
    /// <param name="key">The key, in any case, with or without surrounding spaces.</param>
    /// <exception cref="KeyNotFoundException">No such measure (use <see cref="Find(string)"/> for data).</exception>
    public MeasureDefinition this[string key] =>
        TryGet(key, out var measure) ? measure : throw new KeyNotFoundException($"No measure '{key}' in this catalogue.");

    /// <summary>Looks up a measure by key.</summary>
    /// <param name="key">The key, in any case, with or without surrounding spaces.</param>
    /// <param name="measure">The measure when found.</param>
    /// <returns><see langword="true"/> when the catalogue has the measure.</returns>
    public bool TryGet(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out MeasureDefinition measure)
    {
        Guard.Against.Null(key);
        return _byKey.TryGetValue(key, out measure) || _byKey.TryGetValue(key.Trim(), out measure);
    }

    /// <summary>Looks up a measure named by data: an unknown key is a typed error, not an exception.</summary>
    /// <param name="key">The key as it came in, in any case.</param>
    /// <returns>The measure, or a <see cref="ScoringErrorKind.UnknownMeasure"/> error.</returns>
    public OneOf<MeasureDefinition, ScoringError> Find(string key) =>
        TryGet(key, out var measure) ? measure : ScoringError.UnknownMeasure();

    /// <summary>A catalogue with <paramref name="measure"/> added, or replacing the measure with the same key in place.</summary>
    /// <param name="measure">The measure to add or replace.</param>
    /// <returns>A new catalogue; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">The definition is inconsistent.</exception>
    public MeasureCatalogue With(MeasureDefinition measure)
    {
        Guard.Against.Null(measure);
        int index = _measures.IndexOf(_measures.FirstOrDefault(m => string.Equals(m.Key, measure.Key, StringComparison.OrdinalIgnoreCase))!);
        return new MeasureCatalogue(index >= 0 ? _measures.SetItem(index, measure) : _measures.Add(measure));
    }

    /// <inheritdoc />
    public IEnumerator<MeasureDefinition> GetEnumerator() => ((IEnumerable<MeasureDefinition>)_measures).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

using System.Collections;
using System.Collections.Frozen;
using System.Collections.Immutable;
using OneOf;

namespace Iapt.Rules.Measures;

/// <summary>
/// The measures a rule set knows, by key. Immutable: <see cref="With(MeasureDefinition)"/> returns a new catalogue.
/// Look-ups ignore case and surrounding spaces, and resolve names as people write them: <c>PHQ-9</c>, <c>GAD7</c>,
/// <c>pcl-5</c> and <c>IES-R</c> find <c>phq9</c>, <c>gad7</c>, <c>pcl5</c> and <c>iesr</c>
/// (<see cref="MeasureKeys.Canonical(string)"/>). Enumeration follows the order measures were added.
/// </summary>
public sealed class MeasureCatalogue : IReadOnlyList<MeasureDefinition>
{
    private readonly ImmutableArray<MeasureDefinition> _measures;
    private readonly FrozenDictionary<string, MeasureDefinition> _byKey;
    private readonly FrozenDictionary<string, MeasureDefinition> _byName;

    /// <summary>Creates a catalogue, checking every definition and that keys are unique.</summary>
    /// <param name="measures">The measures, in the order they should be listed.</param>
    /// <exception cref="ArgumentException">
    /// A definition is inconsistent, a key repeats, or two keys differ only in case or punctuation (so that a name
    /// as written could mean either).
    /// </exception>
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
        var byName = new Dictionary<string, MeasureDefinition>(StringComparer.Ordinal);
        foreach (var measure in _measures)
        {
            if (!byName.TryAdd(MeasureKeys.Canonical(measure.Key), measure))
            {
                throw new ArgumentException(
                    $"Measure keys '{byName[MeasureKeys.Canonical(measure.Key)].Key}' and '{measure.Key}' differ only in punctuation.", nameof(measures));
            }
        }

        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        Keys = string.Join(", ", _measures.Select(m => m.Key));
    }

    /// <summary>The keys of every measure, in listing order, separated by a comma and a space (for error messages).</summary>
    public string Keys { get; }

    /// <summary>The number of measures.</summary>
    public int Count => _measures.Length;

    /// <summary>The measure at a position in listing order.</summary>
    /// <param name="index">The 0-based position.</param>
    public MeasureDefinition this[int index] => _measures[index];

    /// <summary>The measure with a key.</summary>
    /// <param name="key">The key, in any case, with or without surrounding spaces.</param>
    /// <exception cref="KeyNotFoundException">No such measure (use <see cref="Find(string)"/> for data); the message lists the valid keys.</exception>
    public MeasureDefinition this[string key] =>
        TryGet(key, out var measure) ? measure : throw new KeyNotFoundException($"No measure '{key}' in this catalogue; the valid keys are {Keys}.");

    /// <summary>Looks up a measure by key, or by its name as people write it.</summary>
    /// <param name="key">
    /// The key in any case, with or without surrounding spaces, or the name with punctuation (<c>PHQ-9</c>,
    /// <c>pcl-5</c>, <c>IES-R</c>): letters and digits decide (<see cref="MeasureKeys.Canonical(string)"/>).
    /// </param>
    /// <param name="measure">The measure when found.</param>
    /// <returns><see langword="true"/> when the catalogue has the measure.</returns>
    /// <remarks>An exact key (any case) is found without allocating; other forms allocate their canonical form once.</remarks>
    public bool TryGet(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out MeasureDefinition measure)
    {
        Guard.Against.Null(key);
        return _byKey.TryGetValue(key, out measure) || _byName.TryGetValue(MeasureKeys.Canonical(key), out measure);
    }

    /// <summary>Looks up a measure named by data: an unknown key is a typed error, not an exception.</summary>
    /// <param name="key">The key or name as it came in, in any case (see <see cref="TryGet"/>).</param>
    /// <returns>
    /// The measure, or a <see cref="ScoringErrorKind.UnknownMeasure"/> error whose message lists the valid keys
    /// (<see cref="Keys"/>) and never repeats the name given.
    /// </returns>
    public OneOf<MeasureDefinition, ScoringError> Find(string key) =>
        TryGet(key, out var measure) ? measure : ScoringError.UnknownMeasure(Keys);

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

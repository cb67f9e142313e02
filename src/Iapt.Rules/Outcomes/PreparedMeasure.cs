using Iapt.Rules.Measures;
using Iapt.Rules.Numerics;

namespace Iapt.Rules.Outcomes;

/// <summary>A measure's cut-off and reliable-change value read once from the rule set, for the per-referral path.</summary>
internal readonly struct PreparedMeasure
{
    public PreparedMeasure(MeasureDefinition definition)
    {
        Definition = definition;
        Caseness = definition.Caseness
                   ?? throw new ArgumentException($"Measure '{definition.Key}' has no cut-off, so it cannot decide outcomes.");
        ReliableChange = definition.ReliableChange?.Value.Ratio
                         ?? throw new ArgumentException($"Measure '{definition.Key}' has no reliable-change value, so it cannot decide outcomes.");
    }

    /// <summary>The measure; <see langword="null"/> for an empty slot (no separate ADSM).</summary>
    public MeasureDefinition Definition { get; }

    public CasenessRule Caseness { get; }

    public Ratio ReliableChange { get; }

    /// <summary>Whether a score is on this measure (the same definition, or one with the same key).</summary>
    public bool IsOn(Score score) =>
        ReferenceEquals(score.Measure, Definition)
        || (score.Measure is not null && Definition is not null && string.Equals(score.Measure.Key, Definition.Key, StringComparison.Ordinal));

    /// <summary>Whether both scores are present and on this measure.</summary>
    public bool Pairs(in ScorePair pair) =>
        Definition is not null && pair.First is { } first && pair.Last is { } last && IsOn(first) && IsOn(last);

    /// <summary>At caseness: <see langword="null"/> when the score is missing.</summary>
    public bool? IsCase(Score? score) => score is { } value ? Caseness.IsCase(value.Ratio) : null;

    /// <summary>Whether <paramref name="from"/> - <paramref name="to"/> is at least the reliable-change value.</summary>
    public bool FellReliably(Score from, Score to) => Ratio.CompareDifference(from.Ratio, to.Ratio, ReliableChange) >= 0;
}

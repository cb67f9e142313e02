using System.Runtime.CompilerServices;
using Iapt.Rules.Measures;
using Iapt.Rules.Numerics;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Outcomes;

/// <summary>
/// A measure's cut-off and reliable-change value read once from the rule set, for the per-referral path. Comparisons
/// are exact: small fractions (every real score, including MI means in hundredths or 27ths) are cross-multiplied in
/// 64-bit integers; anything larger falls back to the foundation's <see cref="Ratio"/> comparisons.
/// </summary>
internal readonly struct PreparedMeasure
{
    /// <summary>Numerators and denominators below this bound make every product of three fit in 64 bits.</summary>
    private const long Small = 1L << 20;

    private readonly Ratio _cutOff;
    private readonly int _caseFrom;
    private readonly Ratio _reliableChange;

    /// <summary>
    /// 0 when the cut-off's and the reliable-change value's numerators and denominators are all below
    /// <see cref="Small"/>, so that a score's check against <see cref="Small"/> alone admits the inline
    /// cross-multiplication; -1 otherwise, so that every comparison takes the general path.
    /// </summary>
    private readonly long _large;

    public PreparedMeasure(MeasureDefinition definition)
    {
        Definition = definition;
        Caseness = definition.Caseness
                   ?? throw new ArgumentException($"Measure '{definition.Key}' has no cut-off, so it cannot decide outcomes.");
        _reliableChange = definition.ReliableChange?.Value.Ratio
                          ?? throw new ArgumentException($"Measure '{definition.Key}' has no reliable-change value, so it cannot decide outcomes.");
        _cutOff = Caseness.CutOff.Ratio;
        _caseFrom = Caseness.Comparison == CasenessComparison.AtOrAbove ? 0 : 1;
        _large = (ulong)(_cutOff.Numerator | _cutOff.Denominator | _reliableChange.Numerator | _reliableChange.Denominator) < Small
            ? 0
            : -1;
    }

    /// <summary>The measure; <see langword="null"/> for an empty slot (no separate ADSM).</summary>
    public MeasureDefinition Definition { get; }

    public CasenessRule Caseness { get; }

    /// <summary>Whether a score is on this measure (the same definition, or one with the same key).</summary>
    public bool IsOn(in Score score) => ReferenceEquals(score.Measure, Definition) || SameKey(score.Measure, Definition);

    private Ratio RatioOf(in Score score)
    {
        if (!IsOn(score))
        {
            ThrowWrongMeasure(Definition);
        }

        return score.Ratio;
    }

    /// <summary>The pair has a first score.</summary>
    public const int HasFirst = 1;

    /// <summary>The pair has a last score.</summary>
    public const int HasLast = 2;

    /// <summary>The first score is at caseness.</summary>
    public const int FirstCase = 4;

    /// <summary>The last score is at caseness.</summary>
    public const int LastCase = 8;

    /// <summary>Both present, and the score fell by at least the reliable-change value.</summary>
    public const int Fell = 16;

    /// <summary>Both present, and the score rose by at least the reliable-change value.</summary>
    public const int Rose = 32;

    /// <summary>Whether both scores of a pair are present and on this measure.</summary>
    public bool Holds(in ScorePair pair)
    {
        ref readonly var first = ref pair.FirstRef;
        ref readonly var last = ref pair.LastRef;
        return first.HasValue && last.HasValue
            && IsOn(Nullable.GetValueRefOrDefaultRef(in first)) && IsOn(Nullable.GetValueRefOrDefaultRef(in last));
    }

    /// <summary>
    /// Everything the outcome rules need to know about one measure's pair, as bits (<see cref="HasFirst"/> ...
    /// <see cref="Rose"/>). A score on another measure is a programmer error.
    /// </summary>
    public int Assess(in ScorePair pair)
    {
        int facts = 0;
        Ratio first = default;
        Ratio last = default;
        ref readonly var firstSlot = ref pair.FirstRef;
        if (firstSlot.HasValue)
        {
            first = RatioOf(Nullable.GetValueRefOrDefaultRef(in firstSlot));
            facts = IsCase(first) ? HasFirst | FirstCase : HasFirst;
        }

        ref readonly var lastSlot = ref pair.LastRef;
        if (lastSlot.HasValue)
        {
            last = RatioOf(Nullable.GetValueRefOrDefaultRef(in lastSlot));
            facts |= IsCase(last) ? HasLast | LastCase : HasLast;
            if ((facts & HasFirst) != 0)
            {
                facts |= Change(first, last);
            }
        }

        return facts;
    }

    /// <summary>
    /// <see cref="Fell"/> when the fall from <paramref name="first"/> to <paramref name="last"/> is at least the
    /// reliable-change value, <see cref="Rose"/> when the rise is, 0 otherwise: both directions from one difference.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Change(Ratio first, Ratio last)
    {
        long a = first.Numerator, b = first.Denominator, c = last.Numerator, d = last.Denominator;
        if ((ulong)(a | b | c | d | _large) < Small)
        {
            // a/b - c/d >= e/f  <=>  (a*d - c*b) * f >= e * b * d, and the rise likewise with the difference negated
            // (denominators positive). Every factor is below 2^20, so no product of three overflows 64 bits; for
            // whole numbers (b = d = f = 1) this is a - c >= e, exactly.
            long difference = ((a * d) - (c * b)) * _reliableChange.Denominator;
            long threshold = _reliableChange.Numerator * b * d;
            return (difference >= threshold ? Fell : 0) | (-difference >= threshold ? Rose : 0);
        }

        return (FellReliably(first, last) ? Fell : 0) | (FellReliably(last, first) ? Rose : 0);
    }

    /// <summary>At caseness under the rule (at or above, or strictly above, the cut-off), exactly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCase(Ratio value)
    {
        // a/b against c/d: the sign of a*d - c*b (denominators positive), each factor below 2^20. For whole numbers
        // against a whole cut-off (b = d = 1) this is a - c. _caseFrom is 0 (at or above) or 1 (strictly above), and
        // the difference is a whole number, so ">= 1" is "> 0".
        long a = value.Numerator, b = value.Denominator;
        return (ulong)(a | b | _large) < Small
            ? (a * _cutOff.Denominator) - (_cutOff.Numerator * b) >= _caseFrom
            : Compare(value, _cutOff) >= _caseFrom;
    }

    /// <summary>At caseness: <see langword="null"/> when the score is missing.</summary>
    public bool? IsCase(Score? score) => score is { } value ? IsCase(value.Ratio) : null;

    /// <summary>Whether <paramref name="from"/> - <paramref name="to"/> is at least the reliable-change value (equal counts).</summary>
    public bool FellReliably(Ratio from, Ratio to)
    {
        var threshold = _reliableChange;
        return (from.Denominator | to.Denominator | threshold.Denominator) == 1
            ? from.Numerator - to.Numerator >= threshold.Numerator
            : FractionFellReliably(from, to, threshold);
    }

    /// <summary>Whether the fall from the first to the last score is reliable.</summary>
    public bool FellReliably(Score from, Score to) => FellReliably(from.Ratio, to.Ratio);

    private static int Compare(Ratio a, Ratio b) =>
        a.Denominator == b.Denominator ? a.Numerator.CompareTo(b.Numerator) : CompareFractions(a, b);

    // The rare paths stay out of line so that the per-referral path is small.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool SameKey(MeasureDefinition? measure, MeasureDefinition? definition) =>
        measure is not null && definition is not null && string.Equals(measure.Key, definition.Key, StringComparison.Ordinal);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CompareFractions(Ratio a, Ratio b) =>
        (ulong)(a.Numerator | a.Denominator | b.Numerator | b.Denominator) < Small
            ? (a.Numerator * b.Denominator).CompareTo(b.Numerator * a.Denominator)
            : a.CompareTo(b);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool FractionFellReliably(Ratio from, Ratio to, Ratio threshold)
    {
        if ((ulong)(from.Numerator | to.Numerator | threshold.Numerator | from.Denominator | to.Denominator | threshold.Denominator) < Small)
        {
            // (a/b - c/d) >= e/f  <=>  (a*d - c*b) * f >= e * b * d   (denominators positive)
            long difference = (from.Numerator * to.Denominator) - (to.Numerator * from.Denominator);
            return difference * threshold.Denominator >= threshold.Numerator * from.Denominator * to.Denominator;
        }

        return Ratio.CompareDifference(from, to, threshold) >= 0;
    }

    private static void ThrowWrongMeasure(MeasureDefinition definition) =>
        throw new ArgumentException($"A score in the {definition.Key} slot is on another measure.");
}

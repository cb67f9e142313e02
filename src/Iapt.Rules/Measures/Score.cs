using Iapt.Rules.Numerics;

namespace Iapt.Rules.Measures;

/// <summary>
/// A valid score on a measure: its value, where it came from, and (for PHQ-9 from items) the risk signal. Caseness
/// and severity are read from the measure's definition. A small immutable value; creating one allocates nothing.
/// </summary>
/// <remarks>
/// Scores are made only by a <see cref="MeasureDefinition"/>'s scoring methods, which check the input first, so a
/// score is always within its measure's range. <c>default(Score)</c> is not a score: its
/// <see cref="Measure"/> is <see langword="null"/>.
/// </remarks>
public readonly struct Score : IEquatable<Score>
{
    // Laid out small (24 bytes): a report holds six scores per referral for millions of referrals.
    private readonly long _numerator;
    private readonly int _denominator;
    private readonly byte _origin;
    private readonly byte _risk;
    private readonly ushort _notApplicableItems;

    internal Score(MeasureDefinition measure, long numerator, int denominator, ScoreOrigin origin, RiskSignal risk, int notApplicableItems = 0)
    {
        Measure = measure;
        _numerator = numerator;
        _denominator = denominator;
        _origin = checked((byte)origin);
        _risk = checked((byte)risk);
        _notApplicableItems = checked((ushort)notApplicableItems);
    }

    /// <summary>The measure scored.</summary>
    public MeasureDefinition Measure { get; }

    /// <summary>Whether the score came from item answers or from a recorded total.</summary>
    public ScoreOrigin Origin => (ScoreOrigin)_origin;

    /// <summary>The risk signal (PHQ-9 item 9 above zero); <see cref="RiskSignal.NotAssessed"/> when it cannot be known.</summary>
    public RiskSignal Risk => (RiskSignal)_risk;

    /// <summary>
    /// How many items were answered not applicable (WSAS item 1, PHQ-15 item 4): the score was read by the measure's
    /// <see cref="MeasureDefinition.NotApplicable"/> rule. 0 for a recorded total and when every item applied.
    /// </summary>
    public int NotApplicableItems => _notApplicableItems;

    /// <summary>
    /// The score in the measure's units: the total for a summed measure, the exact item mean for the MI (as exact
    /// as a decimal holds it; comparisons with cut-offs use the exact fraction, not this rounded form).
    /// </summary>
    public decimal Value => Ratio.ToDecimal();

    /// <summary>The score as a whole number, or <see langword="null"/> when it is a fraction (an MI mean such as 2.4).</summary>
    public int? WholeValue => Ratio.IsWhole ? (int)(_numerator / _denominator) : null;

    /// <summary>
    /// Whether the score is at caseness under its measure's rule (at or above the cut-off, or strictly above for
    /// the MI); <see langword="null"/> when the measure has no cut-off.
    /// </summary>
    public bool? IsCase => Measure.Caseness is { } rule ? rule.IsCase(Ratio) : null;

    /// <summary>The severity band of the score, or <see langword="null"/> when the measure has no bands.</summary>
    public SeverityBand? Severity => Measure.Severity is { } scale && WholeValue is int total ? scale.Find(total) : null;

    internal Ratio Ratio => new(_numerator, _denominator);

    /// <summary>Whether two scores are on the same measure with the same value, origin, risk and not-applicable items.</summary>
    /// <param name="other">The other score.</param>
    /// <returns><see langword="true"/> when they are the same score.</returns>
    public bool Equals(Score other) =>
        ReferenceEquals(Measure, other.Measure) || (Measure is not null && Measure.Equals(other.Measure))
            ? Ratio.CompareTo(other.Ratio) == 0 && Origin == other.Origin && Risk == other.Risk && NotApplicableItems == other.NotApplicableItems
            : false;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Score other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Measure?.Key, Value, Origin, Risk, NotApplicableItems);

    /// <summary>Whether two scores are the same.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Score left, Score right) => left.Equals(right);

    /// <summary>Whether two scores differ.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Score left, Score right) => !left.Equals(right);

    /// <summary>
    /// The value as files and explanations write it: a whole number, or for the MI its mean to two decimal places
    /// (<see cref="MeasureDefinition.FormatValue(decimal)"/>; comparisons use the exact value, never this text).
    /// </summary>
    /// <returns>The value in invariant culture; empty for <c>default(Score)</c>.</returns>
    public string FormatValue() => Measure is null ? string.Empty : Measure.FormatValue(Value);

    /// <summary>The measure key and the value as written, for example <c>phq9 12</c> or <c>mi 2.30</c>.</summary>
    /// <returns>The score as text.</returns>
    public override string ToString() => $"{Measure?.Key} {FormatValue()}";
}

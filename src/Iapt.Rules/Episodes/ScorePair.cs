using System.Diagnostics.CodeAnalysis;
using Iapt.Rules.Measures;

namespace Iapt.Rules.Episodes;

/// <summary>
/// A referral's first and last score on one measure. Paired only when both are present, and the two must come
/// from different sessions (M4 §6.2, Table 9): one score is not a pair, so a referral with a single score on a
/// measure has <see cref="First"/> only.
/// </summary>
public readonly struct ScorePair : IEquatable<ScorePair>
{
    private readonly Score? _first;
    private readonly Score? _last;

    /// <summary>Creates a pair.</summary>
    /// <param name="first">The score of the earliest session that has one, or <see langword="null"/>.</param>
    /// <param name="last">The score of the latest session that has one, a different session from the first, or <see langword="null"/>.</param>
    public ScorePair(Score? first, Score? last)
    {
        _first = first;
        _last = last;
    }

    /// <summary>No scores at all.</summary>
    public static ScorePair None => default;

    /// <summary>The score of the earliest session that has one, or <see langword="null"/>.</summary>
    public Score? First => _first;

    /// <summary>The score of the latest session that has one (a different session from the first), or <see langword="null"/>.</summary>
    public Score? Last => _last;

    /// <summary>Whether both the first and the last score are present.</summary>
    public bool IsPaired => _first.HasValue && _last.HasValue;

    /// <summary>The first score by reference, for the classifier (no copy).</summary>
    [UnscopedRef]
    internal ref readonly Score? FirstRef => ref _first;

    /// <summary>The last score by reference, for the classifier (no copy).</summary>
    [UnscopedRef]
    internal ref readonly Score? LastRef => ref _last;

    /// <summary>Whether both pairs hold the same scores.</summary>
    /// <param name="other">The other pair.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(ScorePair other) => Nullable.Equals(_first, other._first) && Nullable.Equals(_last, other._last);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ScorePair other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_first, _last);

    /// <summary>Whether two pairs hold the same scores.</summary>
    /// <param name="left">The first pair.</param>
    /// <param name="right">The second pair.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ScorePair left, ScorePair right) => left.Equals(right);

    /// <summary>Whether two pairs differ.</summary>
    /// <param name="left">The first pair.</param>
    /// <param name="right">The second pair.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ScorePair left, ScorePair right) => !left.Equals(right);

    /// <summary>The pair as text, for example <c>phq9 18 -&gt; phq9 6</c>, with <c>-</c> for a missing score.</summary>
    /// <returns>The pair as text.</returns>
    public override string ToString() => $"{(_first is { } f ? f.ToString() : "-")} -> {(_last is { } l ? l.ToString() : "-")}";
}

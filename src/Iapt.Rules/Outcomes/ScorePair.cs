using Iapt.Rules.Measures;

namespace Iapt.Rules.Outcomes;

/// <summary>
/// A referral's first and last score on one measure. Paired only when both are present, and the two must come
/// from different sessions (M4 §6.2, Table 9): one score is not a pair, so a referral with a single score on a
/// measure has <see cref="First"/> only.
/// </summary>
/// <param name="First">The score of the earliest session that has one, or <see langword="null"/>.</param>
/// <param name="Last">The score of the latest session that has one, a different session from the first, or <see langword="null"/>.</param>
public readonly record struct ScorePair(Score? First, Score? Last)
{
    /// <summary>No scores at all.</summary>
    public static ScorePair None => default;

    /// <summary>Whether both the first and the last score are present.</summary>
    public bool IsPaired => First.HasValue && Last.HasValue;
}

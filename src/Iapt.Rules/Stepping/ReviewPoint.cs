using Iapt.Rules.Provenance;

namespace Iapt.Rules.Stepping;

/// <summary>
/// Whether the review of M4 §9.1.2 is due: after an initial number of sessions (around 6) a review decides whether
/// treatment continues, changes approach (such as stepping up) or is reformulated. A small value.
/// </summary>
/// <param name="Sessions">The treatment sessions given so far.</param>
/// <param name="ReviewAfter">The review point in sessions, with its source (6, M4 §9.1.2).</param>
public readonly record struct ReviewPoint(int Sessions, Sourced<int> ReviewAfter)
{
    /// <summary>Whether the review is due: at least <see cref="ReviewAfter"/> sessions have been given (the sixth session itself included).</summary>
    public bool IsDue => Sessions >= ReviewAfter.Value;

    /// <summary>The sessions left before the review is due; 0 once it is due.</summary>
    public int SessionsUntilReview => Math.Max(0, ReviewAfter.Value - Sessions);

    /// <summary>The review point for people, for example <c>6 sessions given: review due (review after 6 sessions). [M4 §9.1.2]</c>.</summary>
    /// <returns>One sentence and the source.</returns>
    public string Explain() =>
        IsDue
            ? $"{Sessions} sessions given: review due (review after {ReviewAfter.Value} sessions). [{ReviewAfter.Source}]"
            : $"{Sessions} sessions given: review in {SessionsUntilReview} more (review after {ReviewAfter.Value} sessions). [{ReviewAfter.Source}]";
}

namespace Iapt.Rules.Stepping;

/// <summary>
/// The outcome of a course of treatment as stepping needs it, given as plain values so that any outcome calculation
/// can supply it (the library's outcome rules, M4 §6.4.3, or a service's own). Each member may be unknown
/// (<see langword="null"/>); <c>default</c> knows nothing.
/// </summary>
/// <remarks>
/// For a step-up decision this is the outcome of the low-intensity course (its first and last scores); for the
/// per-referral summary it is the referral's outcome. <see cref="Recovered"/> <see langword="true"/> and
/// <see cref="AtCasenessAtEnd"/> <see langword="true"/> together are inconsistent (recovery means both last scores
/// below caseness): the summary reports them as an error, and a single step-up decision lets recovery win, so that
/// a recovered person is never recommended a step-up.
/// </remarks>
public readonly record struct CourseOutcome
{
    /// <summary>Whether the person recovered: at caseness at the start and below caseness on both measures at the end (M4 §6.4.3).</summary>
    public bool? Recovered { get; init; }

    /// <summary>Whether the last scores are still at caseness (the depression or the anxiety measure at or above its cut-off).</summary>
    public bool? AtCasenessAtEnd { get; init; }

    /// <summary>Whether the person reliably improved (M4 §6.4.3).</summary>
    public bool? ReliablyImproved { get; init; }
}

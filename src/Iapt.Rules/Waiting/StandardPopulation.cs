namespace Iapt.Rules.Waiting;

/// <summary>Whose waits a waiting-time standard counts (M4 §6.4.2, §8).</summary>
public enum StandardPopulation
{
    /// <summary>
    /// The headline standard: referrals that finished a course of treatment (two or more treatment sessions),
    /// measured retrospectively when the course ends.
    /// </summary>
    FinishedCourses,

    /// <summary>The secondary benchmark: everyone with at least one treatment session, measured at the first appointment.</summary>
    SeenAtLeastOnce,
}

using Iapt.Rules.ProblemDescriptors;
using NodaTime;

namespace Iapt.Rules.Episodes;

/// <summary>
/// A referral as the rules see it, derived from its session records by <see cref="EpisodeAccumulator"/>: the
/// outcome input (descriptor, treatment sessions, ended, first and last scores) and the dates the waiting-time and
/// stepping rules read.
/// </summary>
public readonly record struct Episode
{
    /// <summary>What the outcome rules need: pass it to <see cref="Outcomes.OutcomeClassifier.Classify(in OutcomeInput)"/>.</summary>
    public OutcomeInput Outcome { get; init; }

    /// <summary>The primary problem descriptor.</summary>
    public ProblemDescriptor Descriptor => Outcome.Descriptor;

    /// <summary>The number of treatment sessions: attended treatment or assessment-and-treatment sessions on or before discharge.</summary>
    public int TreatmentSessions => Outcome.TreatmentSessions;

    /// <summary>Whether the referral has ended (a discharge date is present).</summary>
    public bool Ended => Outcome.Ended;

    /// <summary>The discharge date, or <see langword="null"/> while the referral is open.</summary>
    public LocalDate? DischargeDate { get; init; }

    /// <summary>The date of the first treatment session (the waiting-time clock stops here, M4 §6.4.2).</summary>
    public LocalDate? FirstTreatmentDate { get; init; }

    /// <summary>The date of the second treatment session (the first in-service wait, M4 §6.4.2); the same as the first when both fell on one day.</summary>
    public LocalDate? SecondTreatmentDate { get; init; }

    /// <summary>The date of the last low-intensity treatment session (the step-up wait starts here, M4 §6.4.2).</summary>
    public LocalDate? LastLowIntensityDate { get; init; }

    /// <summary>The date of the first high-intensity treatment session (the step-up wait ends here, M4 §6.4.2).</summary>
    public LocalDate? FirstHighIntensityDate { get; init; }

    /// <summary>
    /// The date of the first attended assessment (a session typed <see cref="SessionType.Assessment"/> or
    /// <see cref="SessionType.AssessmentAndTreatment"/>) on or before discharge: the end of the wait to assessment (RtB
    /// 7.10; reference §9); <see langword="null"/> when none.
    /// </summary>
    public LocalDate? FirstAssessmentDate { get; init; }

    /// <summary>
    /// The date of the last attended contact other than a follow-up, on or before discharge (the tracking list's
    /// no-contact view, reference §9); <see langword="null"/> when none.
    /// </summary>
    public LocalDate? LastContactDate { get; init; }

    /// <summary>
    /// Whether two or more scores on one measure fell on the date of its first or of its last score, so that the
    /// same-day rule (<see cref="EpisodeAccumulator.SameDayOrder"/>) decided which was first or last: a data-quality
    /// figure of the report, since a service usually records one score per measure per day.
    /// </summary>
    public bool HasSameDayScores { get; init; }

    /// <summary>Derives an episode from a referral's sessions, in any order.</summary>
    /// <param name="classifier">The classifier whose rule set names the measures.</param>
    /// <param name="descriptor">The referral's primary problem descriptor.</param>
    /// <param name="dischargeDate">The discharge date, or <see langword="null"/> while open.</param>
    /// <param name="sessions">The referral's sessions, in any order (the order never changes the episode).</param>
    /// <returns>The episode.</returns>
    public static Episode FromSessions(
        IEpisodeMeasures classifier, ProblemDescriptor descriptor, LocalDate? dischargeDate, IEnumerable<SessionRecord> sessions)
    {
        Guard.Against.Null(sessions);
        var accumulator = new EpisodeAccumulator(classifier, descriptor, dischargeDate);
        foreach (var session in sessions)
        {
            accumulator.Add(session);
        }

        return accumulator.ToEpisode();
    }
}

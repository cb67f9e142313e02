using Iapt.Rules.Episodes;
using Iapt.Rules.Outcomes;
using Iapt.Rules.Stepping;
using Iapt.Rules.Waiting;
using NodaTime;

namespace Iapt.Rules.Reporting;

/// <summary>
/// Everything the rules say about one referral, as a service report counts it: its episode, clinical outcome,
/// referral-to-treatment wait and stepped-care summary, with its contact counts.
/// </summary>
public readonly record struct ReferralAssessment
{
    /// <summary>The date the referral was received (the clock start, M4 §6.3).</summary>
    public LocalDate ReferralDate { get; init; }

    /// <summary>The referral's episode: descriptor, treatment sessions, discharge, first and last scores, key dates.</summary>
    public Episode Episode { get; init; }

    /// <summary>The clinical outcome (M4 §6.4.3).</summary>
    public OutcomeResult Outcome { get; init; }

    /// <summary>The referral-to-treatment wait, or <see langword="null"/> when the dates contradict each other (treatment before referral).</summary>
    public ReferralWait? Wait { get; init; }

    /// <summary>The stepped-care summary, or <see langword="null"/> when it could not be made.</summary>
    public SteppingSummary? Stepping { get; init; }

    /// <summary>Whether the descriptor calls for an anxiety disorder specific measure that counts for recovery.</summary>
    public bool CallsForAdsm { get; init; }

    /// <summary>
    /// The national group the referral's descriptor counts in (the problem-descriptor breakdown of the report), or
    /// <see langword="null"/> for the group of <see cref="Episodes.Episode.Descriptor"/> itself.
    /// </summary>
    public ProblemDescriptors.DescriptorGroup? DescriptorGroup { get; init; }

    /// <summary>Attended contacts other than follow-ups (assessment, treatment), on or before discharge.</summary>
    public int AttendedContacts { get; init; }

    /// <summary>Appointments not attended (missed), follow-ups excluded, on or before discharge.</summary>
    public int MissedAppointments { get; init; }
}

using Iapt.Rules.Episodes;

namespace Iapt.Rules.Stepping;

/// <summary>
/// Worse-practice flags of a referral: the characteristics of worse-performing services of M4 Table 7 that a
/// referral's data can show, each defined precisely below, plus the stepping principles of M4 Table 5 and §6.4.2
/// that data can show. A referral can carry several. Computed by
/// <see cref="SteppedCare.Summarise(ISteppingRuleSet, in SteppingInput, ReadOnlySpan{SteppedSession})"/>; the
/// numbers used are those of <see cref="SteppingRules"/>.
/// </summary>
/// <remarks>
/// <para>
/// A flag describes the care recorded, not a clinician's judgement: a person's informed choice can explain any of
/// them. They are meant to be counted over a service (M4 Table 7 contrasts services).
/// </para>
/// <para>
/// "Patients are offered a fixed, low number of treatment sessions" (M4 Table 7) has no member: it is a policy of a
/// service and shows only in the distribution of course lengths over many referrals (many courses ending at the same
/// low count whatever the outcome). A single referral with few sessions is equally consistent with early recovery,
/// so it cannot be flagged per referral; a service report can measure it from the session counts the summaries give.
/// </para>
/// <para>
/// <see cref="NoProblemDescriptor"/>, <see cref="MixedAnxietyAndDepressionWhenBothAtCaseness"/> and
/// <see cref="AnxietyMeasureNotUsed"/> are data-quality flags worked out by the outcome rules; the summary copies
/// them from <see cref="SteppingInput.DataQuality"/> and never detects them itself.
/// </para>
/// </remarks>
[Flags]
public enum PracticeConcerns
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>
    /// "Patients have been stepped up without a trial at step 2" (M4 Table 7). Set when the initial-step rule
    /// indicates step 2 (M4: depression not in the severe band, GAD, panic disorder, OCD, or mixed anxiety and
    /// depressive disorder; see <see cref="SteppingRules.InitialSteps"/>) and the referral has a high-intensity treatment session preceded by fewer than
    /// <see cref="SteppingRules.Step2TrialMinimumSessions"/> (2, a course) low-intensity treatment sessions. This
    /// includes starting at high intensity directly. Not set when the step could not be chosen (no descriptor, or
    /// depression without a first PHQ-9).
    /// </summary>
    SteppedUpWithoutStep2Trial = 1 << 0,

    /// <summary>
    /// "Non-guided self-help is given despite not being a NICE-recommended intervention" (M4 Table 7; M4 §9.1.1 for
    /// depression). Set when a treatment session delivered <see cref="Intervention.NonGuidedSelfHelp"/> and the
    /// referral has a problem descriptor for which Table 2 does not recommend self-help at step 2: every descriptor
    /// except generalised anxiety disorder and panic disorder (the only rows that list "self-help"), and always for
    /// depression. Not set without a problem descriptor.
    /// </summary>
    NonGuidedSelfHelp = 1 << 1,

    /// <summary>
    /// "High numbers of 'one-off' appointments" instead of courses of treatment (M4 Table 7, §9.1.2). Set when the
    /// referral has ended with at least one but fewer than <see cref="Outcomes.OutcomeRules.MinimumTreatmentSessions"/> (2,
    /// M4 §6.4.3) treatment sessions: exactly one treatment session, so it never became a course. Assessment-only
    /// referrals (no treatment session) are not flagged.
    /// </summary>
    OneOffAppointment = 1 << 2,

    /// <summary>
    /// "Patients are discharged before recovery despite showing consistent improvement during treatment" (M4
    /// Table 7). Set when the referral has ended after a course (at least <see cref="Outcomes.OutcomeRules.MinimumTreatmentSessions"/>
    /// treatment sessions) that stopped well short of its dose, fewer than
    /// <see cref="SteppingRules.ShortCourseBelowSessions"/> (6, the review point of M4 §9.1.2) treatment sessions,
    /// while the person was still at caseness at the end and had reliably improved. Consistent improvement is read
    /// as reliable improvement from the first to the last scores (M4 §6.4.3), the improvement the data define.
    /// Not set when caseness at the end or reliable improvement is unknown.
    /// </summary>
    DischargedBeforeRecoveryDespiteImprovement = 1 << 3,

    /// <summary>
    /// At least one treatment session delivered an intervention that M4 Table 2 does not recommend for the
    /// descriptor at that step (<see cref="ConcordanceVerdict.NotRecommended"/>; M4 Table 5 "a NICE-recommended
    /// intervention"), for example counselling for GAD or MBCT for an acute episode. Undetermined and not-covered
    /// verdicts do not set it.
    /// </summary>
    InterventionNotNiceRecommended = 1 << 4,

    /// <summary>
    /// The wait from the last low-intensity session to the first high-intensity session exceeded
    /// <see cref="Waiting.WaitingTimeRules.StepUpStandardDays"/> (42 days, M4 §6.4.2); exactly 42 days is within.
    /// </summary>
    StepUpWaitOverStandard = 1 << 5,

    /// <summary>
    /// The referral started at low intensity, has ended without any high-intensity session, and the step-up rule
    /// recommends a step-up on its outcome (still at caseness, or no reliable improvement; M4 Table 5 "people who do
    /// not respond to low-intensity treatments ... should be given at least one full dose of high-intensity
    /// treatment"). These referrals are the MQS 1 denominator's non-movers.
    /// </summary>
    NotSteppedUpWhenIndicated = 1 << 6,

    /// <summary>
    /// "Problem descriptors are not used" (M4 Table 7): no problem descriptor recorded. Set from the outcome's
    /// data-quality flags (<see cref="SteppingInput.DataQuality"/>), not detected here.
    /// </summary>
    NoProblemDescriptor = 1 << 8,

    /// <summary>
    /// "'Mixed anxiety and depression' is incorrectly used as the problem descriptor when a person meets criteria for
    /// both depression and one or more anxiety disorders" (M4 Table 7, §5.1.3). Set from the outcome's data-quality
    /// flags (<see cref="SteppingInput.DataQuality"/>), not detected here.
    /// </summary>
    MixedAnxietyAndDepressionWhenBothAtCaseness = 1 << 9,

    /// <summary>
    /// "Failure to use ADSMs or MUS measures as necessary" (M4 Table 7, Table 6): the descriptor calls for an
    /// anxiety-disorder-specific measure and it was not used. Set from the outcome's data-quality flags
    /// (<see cref="SteppingInput.DataQuality"/>), not detected here.
    /// </summary>
    AnxietyMeasureNotUsed = 1 << 10,

    /// <summary>The three flags that are copied from the outcome's data-quality flags.</summary>
    FromDataQuality = NoProblemDescriptor | MixedAnxietyAndDepressionWhenBothAtCaseness | AnxietyMeasureNotUsed,
}

using Iapt.Rules.Episodes;

namespace Iapt.Rules.Stepping;

/// <summary>
/// A referral's stepped care at a glance, for the service report: the initial step the rules indicate, how the
/// referral actually started and moved between intensities, the step-up wait, the step-up recommendation after a
/// low-intensity-only course, NICE concordance of its sessions, the review point, the practice flags and its MQS 1
/// membership. A small value with no collections; creating one allocates nothing.
/// </summary>
public readonly record struct SteppingSummary
{
    /// <summary>The initial step the rules indicate for the descriptor and first PHQ-9 (M4 §1.3, Table 2, Table 5).</summary>
    public InitialStepDecision InitialStep { get; init; }

    /// <summary>The intensity of the first treatment session; <see cref="Intensity.Unknown"/> when there is none or it was not recorded.</summary>
    public Intensity StartingIntensity { get; init; }

    /// <summary>The number of treatment sessions.</summary>
    public int TreatmentSessions { get; init; }

    /// <summary>The number of low-intensity treatment sessions.</summary>
    public int LowIntensitySessions { get; init; }

    /// <summary>The number of high-intensity treatment sessions.</summary>
    public int HighIntensitySessions { get; init; }

    /// <summary>The number of low-intensity treatment sessions before the first high-intensity session (all of them when there is none).</summary>
    public int LowIntensitySessionsBeforeHighIntensity { get; init; }

    /// <summary>Whether the referral started at low intensity and later had a high-intensity session (moved to high intensity, MQS 1).</summary>
    public bool SteppedUp { get; init; }

    /// <summary>The step-up wait when <see cref="SteppedUp"/>; otherwise <see langword="null"/>.</summary>
    public Waiting.StepUpWait? StepUpWait { get; init; }

    /// <summary>
    /// The step-up decision on the referral's outcome when it started at low intensity, had no high-intensity session
    /// and has ended; otherwise <see langword="null"/> (still open, already stepped up, or not started at low intensity).
    /// </summary>
    public StepUpDecision? StepUpAfterLowIntensity { get; init; }

    /// <summary>The number of treatment sessions whose intervention Table 2 does not recommend for the descriptor at that step.</summary>
    public int NotRecommendedSessions { get; init; }

    /// <summary>
    /// The number of treatment sessions whose concordance is undetermined (an input or the intervention not
    /// recorded). Sessions Table 2 does not cover (unknown intensity, a descriptor without a row) are in neither count.
    /// </summary>
    public int UndeterminedSessions { get; init; }

    /// <summary>The review point after about 6 sessions (M4 §9.1.2), on all treatment sessions.</summary>
    public ReviewPoint Review { get; init; }

    /// <summary>The practice flags (M4 Table 7, Table 5, §6.4.2), with the data-quality flags copied from the input.</summary>
    public PracticeConcerns Concerns { get; init; }

    /// <summary>
    /// In the MQS 1 denominator: started at low intensity and did not recover with it, read as either moved to high
    /// intensity (a step-up happens only when low intensity did not bring recovery), or ended without any
    /// high-intensity session and not recovered (<see cref="CourseOutcome.Recovered"/> <see langword="false"/>).
    /// Referrals still open at low intensity, or whose recovery is unknown (for example not at caseness at the
    /// start), are not counted.
    /// </summary>
    public bool InMqs1Denominator { get; init; }

    /// <summary>In the MQS 1 numerator: started at low intensity and moved to high intensity (<see cref="SteppedUp"/>).</summary>
    public bool InMqs1Numerator { get; init; }
}

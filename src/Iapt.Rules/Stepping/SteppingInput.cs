using Iapt.Rules.ProblemDescriptors;

namespace Iapt.Rules.Stepping;

/// <summary>
/// What the per-referral stepping summary needs besides the sessions: the problem descriptor, the treatment context
/// (first PHQ-9, phase, relationship), whether the referral has ended, its outcome and the outcome's data-quality
/// flags. A small value; every outcome member may be unknown.
/// </summary>
public readonly record struct SteppingInput
{
    /// <summary>The primary problem descriptor; <see cref="ProblemDescriptor.None"/> when none was recorded.</summary>
    public ProblemDescriptor Descriptor { get; init; }

    /// <summary>The first PHQ-9 (depression severity), the phase and the couple relationship, each possibly unrecorded.</summary>
    public TreatmentContext Context { get; init; }

    /// <summary>Whether the referral has ended (discharged). Flags about how care ended are set only for ended referrals.</summary>
    public bool Ended { get; init; }

    /// <summary>The referral's outcome: recovered, still at caseness at the end, reliably improved.</summary>
    public CourseOutcome Outcome { get; init; }

    /// <summary>
    /// The outcome's data-quality flags: only the members of <see cref="PracticeConcerns.FromDataQuality"/> are read
    /// (no problem descriptor, mixed anxiety and depression at caseness on both, ADSM not used); others are ignored.
    /// </summary>
    public PracticeConcerns DataQuality { get; init; }
}

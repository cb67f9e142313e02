using System.Collections.Immutable;
using Iapt.Rules.ProblemDescriptors;
using NodaTime;

namespace Iapt.Rules.Episodes;

/// <summary>
/// One referral as services record it and the rules see it: its id, the date it was received, its primary problem
/// descriptor, its discharge date and the attributes a report may be broken down by.
/// </summary>
/// <remarks>
/// A plain value: building one checks nothing. <see cref="RecordRules.CheckReferral(in ReferralRecord)"/> says
/// whether the rules can use it (an empty id, or a discharge before the referral, cannot be used).
/// </remarks>
/// <param name="Id">The referral's id (a pathway id); unique within one extract.</param>
/// <param name="ReferralDate">The date the referral was received: the waiting-time clock starts here (M4 §6.3).</param>
/// <param name="Descriptor">The primary problem descriptor, or <see cref="ProblemDescriptor.None"/> when none was recorded.</param>
/// <param name="DischargeDate">The discharge date, or <see langword="null"/> while the referral is open.</param>
public readonly record struct ReferralRecord(string Id, LocalDate ReferralDate, ProblemDescriptor Descriptor, LocalDate? DischargeDate)
{
    /// <summary>
    /// The referral's value of each breakdown the report is built with, in the builder's order (an empty string for
    /// none); default or empty when the report has no breakdowns beyond the problem descriptor.
    /// </summary>
    public ImmutableArray<string> Attributes { get; init; }

    /// <summary>
    /// The national group the recorded descriptor counts in (<see cref="DescriptorTable.Resolve(ReadOnlySpan{char})"/>
    /// gives it with the descriptor), or <see langword="null"/> (the default) for the group of <see cref="Descriptor"/>
    /// itself; a referral whose descriptor is <see cref="ProblemDescriptor.Other"/> without a group counts in
    /// <c>other_mental_health_problems</c>.
    /// </summary>
    public DescriptorGroup? DescriptorGroup { get; init; }

    /// <summary>A referral with its descriptor as a resolution of the recorded text (the descriptor and its group).</summary>
    /// <param name="id">The referral's id.</param>
    /// <param name="referralDate">The date the referral was received.</param>
    /// <param name="descriptor">The recorded descriptor, resolved by <see cref="DescriptorTable.Resolve(ReadOnlySpan{char})"/>.</param>
    /// <param name="dischargeDate">The discharge date, or <see langword="null"/> while open.</param>
    /// <returns>The referral, with <see cref="Descriptor"/> and <see cref="DescriptorGroup"/> from the resolution.</returns>
    public static ReferralRecord Resolved(string id, LocalDate referralDate, in ResolvedDescriptor descriptor, LocalDate? dischargeDate) =>
        new(id, referralDate, descriptor.Descriptor, dischargeDate) { DescriptorGroup = descriptor.Group };
}

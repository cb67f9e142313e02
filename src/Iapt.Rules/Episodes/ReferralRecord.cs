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
}

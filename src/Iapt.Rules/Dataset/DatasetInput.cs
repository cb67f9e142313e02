namespace Iapt.Rules.Dataset;

/// <summary>
/// The rows of a national data set extract, one sequence per table, held however the caller holds them (each is
/// enumerated once, in the order of <see cref="DatasetTables.All"/>). <c>IDS101</c> and <c>IDS201</c> are required;
/// the other tables default to none.
/// </summary>
public sealed record DatasetInput
{
    /// <summary>The rows of <c>IDS101Referral</c>.</summary>
    public required IEnumerable<ReferralRow> Referrals { get; init; }

    /// <summary>The rows of <c>IDS201CareContact</c>.</summary>
    public required IEnumerable<CareContactRow> CareContacts { get; init; }

    /// <summary>The rows of <c>IDS202CareActivity</c>; none by default.</summary>
    public IEnumerable<CareActivityRow> CareActivities { get; init; } = [];

    /// <summary>The rows of <c>IDS603PresentingComplaints</c>; none by default (then no referral has a descriptor).</summary>
    public IEnumerable<PresentingComplaintRow> PresentingComplaints { get; init; } = [];

    /// <summary>The rows of <c>IDS606CodedScoreAssessmentRefer</c>; none by default.</summary>
    public IEnumerable<ReferralScoreRow> ReferralScores { get; init; } = [];

    /// <summary>The rows of <c>IDS607CodedScoreAssessmentAct</c>; none by default.</summary>
    public IEnumerable<ContactScoreRow> ContactScores { get; init; } = [];
}

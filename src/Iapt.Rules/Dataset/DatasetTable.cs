namespace Iapt.Rules.Dataset;

/// <summary>
/// The tables of the national data set (IAPT Data Set v2.0 / v2.1, now NHS Talking Therapies) that the rules read,
/// named as NHS England's processed copies name them (reference §9). <see cref="DatasetTables.NameOf(DatasetTable)"/>
/// gives each name.
/// </summary>
public enum DatasetTable
{
    /// <summary><c>IDS101Referral</c>: one row per referral (key <c>PathwayID</c>), per submission month.</summary>
    Referral,

    /// <summary><c>IDS201CareContact</c>: the care contacts (key <c>PathwayID</c> + <c>CareContactId</c>), per submission month.</summary>
    CareContact,

    /// <summary><c>IDS202CareActivity</c>: the care activities of a contact (the therapy type delivered).</summary>
    CareActivity,

    /// <summary><c>IDS603PresentingComplaints</c>: the problem descriptors of a referral, with significance and date.</summary>
    PresentingComplaints,

    /// <summary><c>IDS606CodedScoreAssessmentRefer</c>: scores recorded against the referral, each with its date.</summary>
    ReferralScores,

    /// <summary><c>IDS607CodedScoreAssessmentAct</c>: scores recorded at a care contact (dated by the contact).</summary>
    ContactScores,
}

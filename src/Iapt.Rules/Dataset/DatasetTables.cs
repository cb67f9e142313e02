using System.Collections.Immutable;

namespace Iapt.Rules.Dataset;

/// <summary>The names of the national data set's tables and of the columns the rules read (reference §9).</summary>
public static class DatasetTables
{
    /// <summary>Every table, in the order they are read (each may refer to the ones before it).</summary>
    public static ImmutableArray<DatasetTable> All { get; } =
    [
        DatasetTable.Referral, DatasetTable.CareContact, DatasetTable.CareActivity, DatasetTable.PresentingComplaints,
        DatasetTable.ContactScores, DatasetTable.ReferralScores,
    ];

    /// <summary>The table's name as NHS England's processed copies give it, for example <c>IDS101Referral</c>.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined table.</exception>
    public static string NameOf(DatasetTable table) => table switch
    {
        DatasetTable.Referral => "IDS101Referral",
        DatasetTable.CareContact => "IDS201CareContact",
        DatasetTable.CareActivity => "IDS202CareActivity",
        DatasetTable.PresentingComplaints => "IDS603PresentingComplaints",
        DatasetTable.ReferralScores => "IDS606CodedScoreAssessmentRefer",
        DatasetTable.ContactScores => "IDS607CodedScoreAssessmentAct",
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "not a data set table"),
    };

    /// <summary>Whether a report cannot be made without the table (<c>IDS101</c> and <c>IDS201</c>); the others are optional.</summary>
    /// <param name="table">The table.</param>
    /// <returns><see langword="true"/> for <see cref="DatasetTable.Referral"/> and <see cref="DatasetTable.CareContact"/>.</returns>
    public static bool IsRequired(DatasetTable table) => table is DatasetTable.Referral or DatasetTable.CareContact;

    /// <summary>The referral's key, in every table.</summary>
    public const string PathwayId = "PathwayID";

    /// <summary>The submission month (a whole number; larger is later), in <c>IDS101</c> and <c>IDS201</c>; optional.</summary>
    public const string UniqMonthId = "UniqMonthID";

    /// <summary>The date the referral was received (<c>IDS101</c>).</summary>
    public const string ReferralReceivedDate = "ReferralRequestReceivedDate";

    /// <summary>The discharge date, empty while the referral is open (<c>IDS101</c>).</summary>
    public const string DischargeDate = "ServDischDate";

    /// <summary>The reason the referral ended (<c>IDS101</c>); optional, read as an attribute only.</summary>
    public const string EndCode = "EndCode";

    /// <summary>The care contact's id within its referral (<c>IDS201</c>, <c>IDS202</c>, <c>IDS607</c>).</summary>
    public const string CareContactId = "CareContactId";

    /// <summary>The date of the care contact (<c>IDS201</c>).</summary>
    public const string CareContactDate = "CareContDate";

    /// <summary>The attendance code (<c>IDS201</c>), an NHS data dictionary code that may be zero-padded.</summary>
    public const string AttendOrDnaCode = "AttendOrDNACode";

    /// <summary>The appointment type (<c>IDS201</c>), a code that may be zero-padded (<c>02</c> = <c>2</c>).</summary>
    public const string AppType = "AppType";

    /// <summary>The therapy type delivered, SNOMED CT (<c>IDS202</c>).</summary>
    public const string TherapyType = "CodeProcAndProcStatus";

    /// <summary>The problem descriptor code, ICD-10 or SNOMED CT (<c>IDS603</c>).</summary>
    public const string PresentingComplaint = "PresComp";

    /// <summary>The name some extracts give <see cref="PresentingComplaint"/>, read as the same column.</summary>
    public const string ValidatedPresentingComplaint = "Validated_PresentingComplaint";

    /// <summary>The coded significance of a presenting complaint: <c>P</c> primary, <c>S</c> secondary (<c>IDS603</c>).</summary>
    public const string PresentingComplaintSignificance = "PresCompCodSig";

    /// <summary>The date of a presenting complaint (<c>IDS603</c>).</summary>
    public const string PresentingComplaintDate = "PresCompDate";

    /// <summary>The assessment tool, SNOMED CT of the measure (<c>IDS606</c>, <c>IDS607</c>).</summary>
    public const string ToolType = "CodedAssToolType";

    /// <summary>The score as text (<c>IDS606</c>, <c>IDS607</c>): may hold <c>NA</c>, <c>Y</c>, <c>N</c> or out-of-range values.</summary>
    public const string PersonScore = "PersScore";

    /// <summary>The date the tool was completed (<c>IDS606</c>).</summary>
    public const string ToolCompletedDate = "AssToolCompDate";
}

using System.Collections.Immutable;
using Iapt.Rules.Episodes;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Dataset;

/// <summary>
/// The rules that decide whether a row of a data set table is used, superseded or rejected (reference §9), as
/// data with their sources; <c>docs/rules.md</c> lists them. Rows read = used + superseded + rejected, per table.
/// </summary>
public static class DatasetRecordRules
{
    /// <summary>The reason for an empty key column.</summary>
    public const string EmptyKey = "empty";

    /// <summary>The reason for a <c>UniqMonthID</c> that is not a whole number.</summary>
    public const string MonthExpected = "not a whole number";

    /// <summary>The reason for an attendance code the rule set does not list (outside 2 to 7 by default).</summary>
    public const string AttendanceExpected = "not an attendance code of the rule set (2 to 7)";

    /// <summary>The reason for an appointment type that is not a code.</summary>
    public const string AppointmentTypeExpected = "not an appointment type code";

    /// <summary>The reason for a row whose <c>PathwayID</c> matches no referral that was used.</summary>
    public const string UnknownReferral = "no such referral (unknown, or its IDS101 rows were rejected)";

    /// <summary>The reason for a row whose <c>PathwayID</c> + <c>CareContactId</c> matches no care contact that was used.</summary>
    public const string UnknownContact = "no such care contact (unknown, or its IDS201 rows were rejected)";

    /// <summary>The rules as data, in the order they are applied, each with its source.</summary>
    public static ImmutableArray<DatasetRecordRule> All { get; } =
    [
        new("latest_submission", DatasetTable.Referral, DatasetTables.UniqMonthId,
            "of the usable rows with one PathwayID, the one with the largest UniqMonthID is used (a given month is later than none; in one month the later line); the others are superseded, counted, not rejected",
            Source.Nhsd("NHS England keeps only the latest submission of each month")),
        new("latest_submission", DatasetTable.CareContact, DatasetTables.UniqMonthId,
            "of the usable rows with one PathwayID + CareContactId, the one with the largest UniqMonthID is used, as for IDS101",
            Source.Nhsd("NHS England keeps only the latest submission of each month")),
        new("empty_key", DatasetTable.Referral, DatasetTables.PathwayId,
            "every row needs its keys (PathwayID; CareContactId in IDS201, IDS202, IDS607): rejected as 'empty'",
            Source.Nhsd("IAPT data set: PathwayID identifies every referral and joins its records")),
        new("date", DatasetTable.Referral, DatasetTables.ReferralReceivedDate,
            "dates are ISO yyyy-MM-dd (ReferralRequestReceivedDate, ServDischDate, CareContDate, PresCompDate, AssToolCompDate): rejected as '" + RecordFields.DateExpected + "'",
            Source.Nhsd("IAPT data set: dates")),
        new("discharge_before_referral", DatasetTable.Referral, DatasetTables.DischargeDate,
            "a discharge cannot precede the referral: rejected as 'before the referral date'",
            Source.M4("§6.3 (the clock starts when the referral is received)")),
        new("attendance", DatasetTable.CareContact, DatasetTables.AttendOrDnaCode,
            "an attendance code the rule set does not list (outside 2-7) is rejected; 5, 6 attended, 3, 7 missed, 2, 4 cancelled (counts for nothing)",
            Source.Nhsd("NHS data dictionary: attended or did not attend")),
        new("appointment_type", DatasetTable.CareContact, DatasetTables.AppType,
            "AppType must be a code; 02, 05 treatment, 01 assessment, 03 both; any other code an attended contact that is neither",
            Source.Nhsd("NHS England treatment-appointment filter: AppType 02, 03, 05")),
        new("unknown_referral", DatasetTable.CareContact, DatasetTables.PathwayId,
            "a row of IDS201, IDS603 or IDS606 needs a referral that was used: rejected as 'no such referral'",
            Source.Nhsd("IAPT data set: records belong to a referral by PathwayID")),
        new("before_referral", DatasetTable.CareContact, DatasetTables.CareContactDate,
            "a care contact or an IDS606 score cannot precede its referral: rejected as 'before the referral date'",
            Source.M4("§6.3 (the clock starts when the referral is received)")),
        new("unknown_contact", DatasetTable.CareActivity, DatasetTables.CareContactId,
            "a row of IDS202 or IDS607 needs a care contact that was used: rejected as 'no such care contact'",
            Source.Nhsd("IAPT data set: care activities and their scores belong to a care contact")),
        new("descriptor_ranking", DatasetTable.PresentingComplaints, DatasetTables.PresentingComplaint,
            "of a referral's rows, the one used is the first by: a code before none, primary (P) before secondary (S) before other, the most recent PresCompDate (a date before none), the later line; the others are superseded",
            Source.Nhsd("NHS England Talking Therapies dashboard SQL, Programme Development Tool inequalities step (presenting-complaints ranking)")),
        new("unusable_score", DatasetTable.ContactScores, DatasetTables.PersonScore,
            "a mapped tool type whose PersScore is not a valid total (NA, Y, N, empty, out of range) gives no score and is counted by measure (data quality), never rejected; unmapped tool types are ignored and counted",
            Source.Nhsd("IAPT data set: PersScore is text and may hold NA, Y, N")),
    ];
}

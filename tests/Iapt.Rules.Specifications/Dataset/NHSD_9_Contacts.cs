using Iapt.Rules.Dataset;
using Iapt.Rules.Episodes;
using Iapt.Rules.Outcomes;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using static Iapt.Rules.Specifications.Dataset.Tables;

namespace Iapt.Rules.Specifications.Dataset;

/// <summary>
/// The care contacts of the national data set (IDS201CareContact): the attendance codes and appointment types, one
/// case per code. Source: reference fact sheet §9 (NHS data dictionary AttendOrDNACode; NHS England's
/// treatment-appointment filter, AppType 02, 03, 05).
/// </summary>
public class NHSD_9_Contacts
{
    private static ReferralAccumulator Count(params CareContactRow[] contacts)
    {
        var translation = Translate(contacts: contacts);
        var referral = translation.Referrals.Single();
        var accumulator = new ReferralAccumulator(new OutcomeClassifier(RuleSet.ManualV4), referral.Descriptor, referral.DischargeDate);
        foreach (var (_, session) in translation.Sessions)
        {
            accumulator.Add(session);
        }

        return accumulator;
    }

    /// <summary>§9: AttendOrDNACode 5 (attended on time) and 6 (arrived late but seen) are attended; zero-padded the same.</summary>
    [Theory]
    [InlineData("5")]
    [InlineData("6")]
    [InlineData("05")]
    [InlineData("06")]
    public void Attended_codes_count_as_attended_contacts(string code)
    {
        var referral = Count(Contact("C1", "2024-02-01", attend: code));
        Assert.Equal(1, referral.AttendedContacts);
        Assert.Equal(0, referral.MissedAppointments);
    }

    /// <summary>§9: AttendOrDNACode 3 (did not attend) and 7 (arrived late, not seen) are missed appointments.</summary>
    [Theory]
    [InlineData("3")]
    [InlineData("7")]
    [InlineData("03")]
    public void Missed_codes_count_as_missed_appointments(string code)
    {
        var referral = Count(Contact("C1", "2024-02-01", attend: code));
        Assert.Equal(0, referral.AttendedContacts);
        Assert.Equal(1, referral.MissedAppointments);
    }

    /// <summary>§9: AttendOrDNACode 2 (cancelled by the patient) and 4 (by the provider) are neither attended nor missed.</summary>
    [Theory]
    [InlineData("2")]
    [InlineData("4")]
    public void Cancelled_codes_count_for_nothing(string code)
    {
        var translation = Translate(contacts: [Contact("C1", "2024-02-01", attend: code)]);
        Assert.Empty(translation.Sessions);
        Assert.Equal(1, translation.CountOf(DatasetTable.CareContact).Used);
    }

    /// <summary>§9: a code outside 2-7 is rejected, with table, line and field.</summary>
    [Theory]
    [InlineData("1")]
    [InlineData("8")]
    [InlineData("")]
    [InlineData("X")]
    public void Codes_outside_2_to_7_are_rejected(string code)
    {
        var translation = Translate(contacts: [Contact("C1", "2024-02-01", attend: code, line: 9)]);
        Assert.Equal(new DatasetRejection(DatasetTable.CareContact, 9, "AttendOrDNACode", DatasetRecordRules.AttendanceExpected), translation.Rejections.Single());
    }

    /// <summary>§9: an attended AppType 02, 03 or 05 is a treatment session (NHS England's treatment-appointment filter).</summary>
    [Theory]
    [InlineData("02", SessionType.Treatment)]
    [InlineData("2", SessionType.Treatment)]
    [InlineData("03", SessionType.AssessmentAndTreatment)]
    [InlineData("05", SessionType.Treatment)]
    public void Treatment_appointment_types(string appType, SessionType expected)
    {
        var translation = Translate(contacts: [Contact("C1", "2024-02-01", appType: appType)]);
        Assert.Equal(expected, translation.Sessions.Single().Session.Type);
    }

    /// <summary>§9 [unconfirmed]: AppType 01 (and 03) is an assessment.</summary>
    [Fact]
    public void Appointment_type_01_is_an_assessment()
    {
        var translation = Translate(contacts: [Contact("C1", "2024-02-01", appType: "01")]);
        Assert.Equal(SessionType.Assessment, translation.Sessions.Single().Session.Type);
    }

    /// <summary>§9: any other AppType (a follow-up, 06, say) is an attended contact that is neither assessment nor treatment.</summary>
    [Theory]
    [InlineData("04")]
    [InlineData("06")]
    [InlineData("10")]
    public void Other_appointment_types_are_neither(string appType)
    {
        var translation = Translate(contacts: [Contact("C1", "2024-02-01", appType: appType)]);
        Assert.Equal(SessionType.FollowUp, translation.Sessions.Single().Session.Type);
    }

    /// <summary>§9: finished a course = discharged and at least two treatment appointments (core data pack).</summary>
    [Fact]
    public void Two_attended_treatment_appointments_and_a_discharge_finish_a_course()
    {
        var referral = Count(Contact("C1", "2024-02-01"), Contact("C2", "2024-03-01", appType: "05"));
        Assert.True(new OutcomeClassifier(RuleSet.ManualV4).Classify(referral.ToEpisode().Outcome).Finished);
    }

    /// <summary>§9 (dashboard SQL): a contact's intensity is its care activities' therapy type; low and high on one contact is high.</summary>
    [Theory]
    [InlineData("748051000000105", null, Intensity.Low)]
    [InlineData("304891004", null, Intensity.High)]
    [InlineData("748051000000105", "304891004", Intensity.High)]
    [InlineData("1098051000000103", null, Intensity.Unknown)]
    public void Intensity_from_the_therapy_types(string first, string? second, Intensity expected)
    {
        CareActivityRow[] activities = second is null
            ? [new(2, Id, "C1", first)]
            : [new(2, Id, "C1", first), new(3, Id, "C1", second)];
        var translation = Translate(contacts: [Contact("C1", "2024-02-01")], activities: activities);
        Assert.Equal(expected, translation.Sessions.Single().Session.Intensity);
    }

    /// <summary>The default rule set reads the codes from its own table, each with a source (§9).</summary>
    [Fact]
    public void Every_code_has_a_source()
    {
        var codes = RuleSet.ManualV4.Dataset;
        Assert.All(codes.Attendance, a => Assert.Equal("NHSD", a.Source.Document));
        Assert.All(codes.AppointmentTypes, a => Assert.Equal("NHSD", a.Source.Document));
        Assert.All(codes.TherapyTypes, t => Assert.Equal("NHSD", t.Source.Document));
        Assert.All(codes.Tools, t => Assert.Equal("NHSD", t.Source.Document));
    }
}

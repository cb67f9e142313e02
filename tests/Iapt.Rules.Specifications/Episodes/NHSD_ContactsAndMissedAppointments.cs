using Iapt.Rules.Episodes;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using NodaTime;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Specifications.Episodes;

/// <summary>
/// What each care contact of a referral counts for (<see cref="ReferralAccumulator"/>): a treatment session (M4
/// §6.4.1: attended and coded "treatment" or "assessment and treatment"), an attended contact, a missed appointment
/// (NHSD attendance: attended, or did not attend), or nothing: follow-ups are neither contacts nor missed appointments
/// (NHSD), and a referral's contacts end at its discharge date, which itself still counts. Source:
/// seeds/001_a2cac0063d4a7b45.txt §6.4.1; reference fact sheet §4 and §9 (attendance, treatment appointment).
/// </summary>
public class NHSD_ContactsAndMissedAppointments
{
    private static readonly LocalDate Discharged = new(2024, 9, 30);

    private static (bool Treatment, int Attended, int Missed) One(LocalDate date, SessionType type, bool attended)
    {
        var referral = new ReferralAccumulator(new OutcomeClassifier(RuleSet.ManualV4), ProblemDescriptor.Depression, Discharged);
        bool treatment = referral.Add(new SessionRecord(date, type, attended));
        return (treatment, referral.AttendedContacts, referral.MissedAppointments);
    }

    /// <summary>
    /// M4 §6.4.1 and NHSD, one row per session type and attendance, before discharge: (is a treatment session,
    /// attended contacts, missed appointments).
    /// </summary>
    [Theory]
    [InlineData(SessionType.Assessment, true, false, 1, 0)]
    [InlineData(SessionType.Assessment, false, false, 0, 1)]
    [InlineData(SessionType.AssessmentAndTreatment, true, true, 1, 0)]
    [InlineData(SessionType.AssessmentAndTreatment, false, false, 0, 1)]
    [InlineData(SessionType.Treatment, true, true, 1, 0)]
    [InlineData(SessionType.Treatment, false, false, 0, 1)]
    [InlineData(SessionType.FollowUp, true, false, 0, 0)]
    [InlineData(SessionType.FollowUp, false, false, 0, 0)]
    public void A_contact_counts_by_its_type_and_attendance(SessionType type, bool attended, bool treatment, int attendedContacts, int missed)
    {
        Assert.Equal((treatment, attendedContacts, missed), One(Discharged.PlusDays(-30), type, attended));
    }

    /// <summary>Boundary: a treatment session on the discharge date is a treatment session and a contact.</summary>
    [Fact]
    public void A_treatment_session_on_the_discharge_date_counts()
    {
        Assert.Equal((true, 1, 0), One(Discharged, SessionType.Treatment, true));
    }

    /// <summary>Boundary: a missed appointment on the discharge date is a missed appointment.</summary>
    [Fact]
    public void A_missed_appointment_on_the_discharge_date_counts()
    {
        Assert.Equal((false, 0, 1), One(Discharged, SessionType.Treatment, false));
    }

    /// <summary>Boundary: a treatment session the day after discharge counts for nothing.</summary>
    [Fact]
    public void A_treatment_session_the_day_after_discharge_counts_for_nothing()
    {
        Assert.Equal((false, 0, 0), One(Discharged.PlusDays(1), SessionType.Treatment, true));
    }

    /// <summary>Boundary: an appointment missed the day after discharge is not a missed appointment.</summary>
    [Fact]
    public void A_missed_appointment_the_day_after_discharge_counts_for_nothing()
    {
        Assert.Equal((false, 0, 0), One(Discharged.PlusDays(1), SessionType.Assessment, false));
    }

    /// <summary>A course: the counts add up over the referral's contacts, whatever their order.</summary>
    [Fact]
    public void The_counts_add_up_over_a_course()
    {
        var referral = new ReferralAccumulator(new OutcomeClassifier(RuleSet.ManualV4), ProblemDescriptor.Depression, Discharged);
        SessionRecord[] sessions =
        [
            new(Discharged.PlusDays(2), SessionType.Treatment, true),
            new(Discharged.PlusDays(-60), SessionType.Assessment, true),
            new(Discharged.PlusDays(-50), SessionType.Treatment, true),
            new(Discharged.PlusDays(-40), SessionType.Treatment, false),
            new(Discharged.PlusDays(-30), SessionType.AssessmentAndTreatment, true),
            new(Discharged.PlusDays(-20), SessionType.FollowUp, true),
            new(Discharged, SessionType.Treatment, true),
        ];
        int treatment = sessions.Count(s => referral.Add(s));
        Assert.Equal((3, 4, 1), (treatment, referral.AttendedContacts, referral.MissedAppointments));
        Assert.Equal(3, referral.ToEpisode().TreatmentSessions);
    }
}

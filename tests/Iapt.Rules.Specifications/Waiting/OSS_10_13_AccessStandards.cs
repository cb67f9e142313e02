using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using NodaTime;
using NodaTime.Text;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Specifications.Waiting;

/// <summary>
/// The access standards of the IAPT Outline Service Specification (pathfinder sites), paragraphs 10, 11 and 13, in
/// working days (weekends and England and Wales bank holidays excluded) or calendar days.
/// Source: seeds/002_1a0f5e1b5e1ca585.txt paras 10-13; reference fact sheet §5.
/// </summary>
public class OSS_10_13_AccessStandards
{
    private static readonly WaitingTimeRules Rules = RuleSet.ManualV4.Waiting;
    private static readonly WorkingDayCalendar Calendar = EnglandAndWalesBankHolidays.Calendar;

    private static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    /// <summary>One row per standard: its milestones, its limit, how days are counted and its paragraph.</summary>
    [Theory]
    [InlineData(AccessStandardKeys.OssDecisionToTreat, AccessMilestone.Referral, AccessMilestone.DecisionToTreat, 3, DayCounting.WorkingDays, "para 10")]
    [InlineData(AccessStandardKeys.OssStep2Treatment, AccessMilestone.Referral, AccessMilestone.Step2TreatmentStart, 10, DayCounting.WorkingDays, "para 11")]
    [InlineData(AccessStandardKeys.OssStep3Or4FirstStep, AccessMilestone.Referral, AccessMilestone.Step3Or4TreatmentStart, 84, DayCounting.CalendarDays, "para 11")]
    [InlineData(AccessStandardKeys.OssHighRiskSameDay, AccessMilestone.HighRiskIdentified, AccessMilestone.UrgentOnwardReferral, 0, DayCounting.CalendarDays, "para 13")]
    public void Access_standard(string key, AccessMilestone from, AccessMilestone to, int maximumDays, DayCounting counting, string paragraph)
    {
        var standard = Rules.FindAccessStandard(key)!;
        Assert.Equal(from, standard.From);
        Assert.Equal(to, standard.To);
        Assert.Equal(maximumDays, standard.MaximumDays);
        Assert.Equal(counting, standard.Counting);
        Assert.Equal("OSS", standard.Source.Document);
        Assert.Equal(paragraph, standard.Source.Location);
    }

    /// <summary>
    /// OSS para 10: "an access standard of 1 to 3 working days from Referral to Decision to Treat". Referred on
    /// Monday 4 March 2024: Thursday is 3 working days, Friday 4.
    /// </summary>
    [Theory]
    [InlineData("2024-03-04", true)]
    [InlineData("2024-03-07", true)]
    [InlineData("2024-03-08", false)]
    public void Decision_to_treat_within_3_working_days_of_referral(string decision, bool met)
    {
        Assert.Equal(met, Check(AccessStandardKeys.OssDecisionToTreat, "2024-03-04", decision).IsMet);
    }

    /// <summary>
    /// OSS para 10 with a bank holiday next to the weekend: referred Thursday 28 March 2024, Good Friday and Easter
    /// Monday do not count, so Tuesday 2 April is the first working day and Thursday 4 April the third.
    /// </summary>
    [Theory]
    [InlineData("2024-04-02", 1, true)]
    [InlineData("2024-04-04", 3, true)]
    [InlineData("2024-04-05", 4, false)]
    public void Bank_holidays_are_not_working_days(string decision, int workingDays, bool met)
    {
        var check = Check(AccessStandardKeys.OssDecisionToTreat, "2024-03-28", decision);
        Assert.Equal(workingDays, check.ElapsedDays);
        Assert.Equal(met, check.IsMet);
    }

    /// <summary>OSS para 11: "1 – 10 working days from Referral to Step 2 Treatment Commencing".</summary>
    [Theory]
    [InlineData("2024-03-18", true)]    // 10 working days after Monday 4 March
    [InlineData("2024-03-19", false)]   // 11
    public void Step_2_treatment_within_10_working_days_of_referral(string started, bool met)
    {
        Assert.Equal(met, Check(AccessStandardKeys.OssStep2Treatment, "2024-03-04", started).IsMet);
    }

    /// <summary>
    /// OSS para 11: "NO more than 12 weeks to Step 3 or 4 treatment commencing if that is the first step": 84 days.
    /// </summary>
    [Theory]
    [InlineData("2024-05-27", true)]    // 84 days after 4 March 2024
    [InlineData("2024-05-28", false)]   // 85
    public void Step_3_or_4_as_the_first_step_within_12_weeks(string started, bool met)
    {
        var check = Check(AccessStandardKeys.OssStep3Or4FirstStep, "2024-03-04", started);
        Assert.Equal(met, check.IsMet);
        Assert.Equal("step 3 or 4 is the first step", check.Standard.AppliesWhen);
    }

    /// <summary>
    /// OSS para 13: high-risk patients "should be urgently referred to the appropriate CMHT or mental health
    /// provider ... Access standard – same day".
    /// </summary>
    [Theory]
    [InlineData("2024-03-04", true)]
    [InlineData("2024-03-05", false)]
    public void High_risk_referred_on_the_same_day(string referredOn, bool met)
    {
        Assert.Equal(met, Check(AccessStandardKeys.OssHighRiskSameDay, "2024-03-04", referredOn).IsMet);
    }

    private static AccessCheck Check(string key, string from, string to) =>
        Rules.FindAccessStandard(key)!.Check(D(from), D(to), Calendar).AsT0;
}

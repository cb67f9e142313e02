using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using static Iapt.Rules.Tests.Waiting.Dates;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>Checking a referral against the named access standards (OSS 10, 11, 13; RtB 7.10, 7.12).</summary>
public class AccessStandardTests
{
    private static readonly WaitingTimeRules Rules = RuleSet.ManualV4.Waiting;
    private static readonly WorkingDayCalendar Calendar = EnglandAndWalesBankHolidays.Calendar;

    private static AccessCheck Check(string key, string from, string to) =>
        Rules.FindAccessStandard(key)!.Check(D(from), D(to), Calendar).AsT0;

    [Theory]
    [InlineData("2024-03-08", "2024-03-08", 0, true)]    // same day
    [InlineData("2024-03-08", "2024-03-13", 3, true)]    // Friday to Wednesday: 3 working days
    [InlineData("2024-03-08", "2024-03-14", 4, false)]
    [InlineData("2024-05-24", "2024-05-30", 3, true)]    // over the spring bank holiday
    [InlineData("2024-05-24", "2024-05-31", 4, false)]
    public void Decision_to_treat_within_3_working_days(string referral, string decision, int elapsed, bool met)
    {
        var check = Check(AccessStandardKeys.OssDecisionToTreat, referral, decision);
        Assert.Equal(elapsed, check.ElapsedDays);
        Assert.Equal(met, check.IsMet);
    }

    [Fact]
    public void The_deadline_is_the_last_day_that_meets_the_standard()
    {
        Assert.Equal(D("2024-05-30"), Check(AccessStandardKeys.OssDecisionToTreat, "2024-05-24", "2024-05-31").Deadline);
        Assert.Equal(D("2024-03-22"), Check(AccessStandardKeys.OssStep2Treatment, "2024-03-08", "2024-03-09").Deadline);
        Assert.Equal(D("2024-05-31"), Check(AccessStandardKeys.OssStep3Or4FirstStep, "2024-03-08", "2024-03-09").Deadline);
        Assert.Equal(D("2024-05-30"), Rules.FindAccessStandard(AccessStandardKeys.OssDecisionToTreat)!.Deadline(D("2024-05-24"), Calendar).AsT0);
    }

    [Fact]
    public void A_later_milestone_dated_first_is_an_error_naming_its_field()
    {
        var error = Rules.FindAccessStandard(AccessStandardKeys.OssDecisionToTreat)!.Check(D("2024-03-08"), D("2024-03-07"), Calendar).AsT1;
        Assert.Equal(WaitingErrorKind.EndBeforeStart, error.Kind);
        Assert.Equal("decision_to_treat_date", error.Field);
        Assert.Equal("decision_to_treat_date: before the referral date", error.Message);

        var calendarDays = Rules.FindAccessStandard(AccessStandardKeys.OssHighRiskSameDay)!.Check(D("2024-03-08"), D("2024-03-07"), Calendar).AsT1;
        Assert.Equal("urgent_referral_date: before the high risk identified date", calendarDays.Message);
    }

    [Fact]
    public void A_working_day_standard_outside_the_calendar_is_an_error_not_a_guess()
    {
        var error = Rules.FindAccessStandard(AccessStandardKeys.OssStep2Treatment)!.Check(D("2031-01-06"), D("2031-01-10"), Calendar).AsT1;
        Assert.Equal(WaitingErrorKind.OutsideCalendarCoverage, error.Kind);
        Assert.Equal("referral_date", error.Field);
    }

    [Fact]
    public void A_calendar_day_standard_needs_no_calendar_coverage()
    {
        Assert.True(Check(AccessStandardKeys.RtbAssessment, "2035-01-01", "2035-01-15").IsMet);
    }

    [Fact]
    public void A_working_day_check_near_the_end_of_coverage_has_no_deadline_when_it_falls_beyond()
    {
        var check = Check(AccessStandardKeys.OssStep2Treatment, "2030-12-27", "2030-12-31");
        Assert.Equal(2, check.ElapsedDays);
        Assert.True(check.IsMet);
        Assert.Null(check.Deadline);
    }

    [Theory]
    [InlineData("oss-decision-to-treat")]
    [InlineData("OSS-Decision-To-Treat")]
    [InlineData(" rtb-treatment ")]
    public void Standards_are_found_by_key_ignoring_case_and_spaces(string key)
    {
        Assert.NotNull(Rules.FindAccessStandard(key));
    }

    [Fact]
    public void An_unknown_key_finds_nothing()
    {
        Assert.Null(Rules.FindAccessStandard("nope"));
    }

    [Fact]
    public void The_explanation_names_the_standard_and_the_days()
    {
        Assert.Equal("oss-decision-to-treat: 4 working days, not met (at most 3)",
            Check(AccessStandardKeys.OssDecisionToTreat, "2024-05-24", "2024-05-31").ToString());
        Assert.Equal(
            "oss-decision-to-treat: at most 3 working days from Referral to DecisionToTreat (OSS para 10)",
            Rules.FindAccessStandard(AccessStandardKeys.OssDecisionToTreat)!.ToString());
    }
}

using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using static Iapt.Rules.Tests.Waiting.Dates;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>The referral-to-treatment clock at and around every boundary (M4 §6.4.2, §8; NHSD).</summary>
public class ReferralWaitTests
{
    private static readonly WaitingTimeRules Rules = RuleSet.ManualV4.Waiting;

    private static ReferralWait Treated(string referral, string first, string? second = null) =>
        Rules.Measure(D(referral), D(first), Maybe(second)).AsT0;

    [Theory]
    [InlineData("2024-01-08", "2024-01-08", 0, true, true)]      // same day
    [InlineData("2024-01-08", "2024-01-09", 1, true, true)]
    [InlineData("2024-01-08", "2024-02-18", 41, true, true)]
    [InlineData("2024-01-08", "2024-02-19", 42, true, true)]     // exactly 6 weeks: within
    [InlineData("2024-01-08", "2024-02-20", 43, false, true)]    // one day over 6 weeks
    [InlineData("2024-01-08", "2024-05-13", 126, false, true)]   // exactly 18 weeks: within
    [InlineData("2024-01-08", "2024-05-14", 127, false, false)]  // one day over 18 weeks
    public void The_wait_is_the_days_from_referral_to_first_treatment_and_6_and_18_weeks_are_42_and_126_days_inclusive(
        string referral, string first, int days, bool withinSix, bool withinEighteen)
    {
        var wait = Treated(referral, first);
        Assert.Equal(WaitStatus.Treated, wait.Status);
        Assert.Equal(days, wait.DaysToFirstTreatment);
        Assert.Equal(withinSix, wait.IsWithinSixWeeks);
        Assert.Equal(withinEighteen, wait.IsWithinEighteenWeeks);
    }

    [Theory]
    [InlineData("2024-01-31", "2024-02-01", 1)]    // across a month end
    [InlineData("2023-12-31", "2024-01-01", 1)]    // across a year end
    [InlineData("2024-02-28", "2024-03-01", 2)]    // through 29 February of a leap year
    [InlineData("2023-02-28", "2023-03-01", 1)]    // no 29 February in 2023
    [InlineData("2024-02-29", "2024-02-29", 0)]    // referred and treated on 29 February
    [InlineData("2024-02-29", "2025-02-28", 365)]  // a year on, from 29 February
    [InlineData("2023-11-20", "2024-01-01", 42)]   // 6 weeks across a year end
    [InlineData("2024-01-19", "2024-03-01", 42)]   // 6 weeks through 29 February (12 + 29 + 1 days)
    [InlineData("2023-01-19", "2023-03-02", 42)]   // the same weeks in a common year end a day later
    public void Month_and_year_ends_and_29_February_count_as_ordinary_days(string referral, string first, int days)
    {
        Assert.Equal(days, Treated(referral, first).DaysToFirstTreatment);
    }

    [Theory]
    [InlineData(0, "0-28")]
    [InlineData(28, "0-28")]
    [InlineData(29, "29-56")]
    [InlineData(56, "29-56")]
    [InlineData(57, "57-90")]
    [InlineData(90, "57-90")]
    [InlineData(91, "over-90")]
    [InlineData(400, "over-90")]
    public void The_wait_band_is_0_28_29_56_57_90_or_over_90_days(int days, string band)
    {
        var referral = D("2024-01-01");
        var wait = Rules.Measure(referral, referral.PlusDays(days)).AsT0;
        Assert.Equal(band, wait.Band!.Key);
    }

    [Theory]
    [InlineData(0, false, false)]
    [InlineData(7, false, false)]
    [InlineData(28, false, false)]   // exactly 28: not over
    [InlineData(29, true, false)]
    [InlineData(90, true, false)]    // exactly 90: not over
    [InlineData(91, true, true)]
    public void The_first_to_second_gap_is_flagged_over_28_and_over_90_days(int gap, bool over28, bool over90)
    {
        var first = D("2024-03-04");
        var wait = Rules.Measure(D("2024-02-01"), first, first.PlusDays(gap)).AsT0;
        Assert.Equal(gap, wait.DaysFirstToSecond);
        Assert.Equal(over28, wait.IsFirstToSecondOverLongGap);
        Assert.Equal(over90, wait.IsFirstToSecondOverVeryLongGap);
        Assert.Equal(first.PlusDays(gap), wait.SecondTreatmentDate);
    }

    [Theory]
    [InlineData("2024-01-08", "2024-02-19", "2024-05-13")]
    [InlineData("2023-12-31", "2024-02-11", "2024-05-05")]   // through 29 February
    [InlineData("2022-12-31", "2023-02-11", "2023-05-06")]   // a common year: the 18-week date falls a day later
    [InlineData("2024-11-30", "2025-01-11", "2025-04-05")]   // across a year end
    public void The_breach_dates_are_the_referral_date_plus_42_and_plus_126_days(string referral, string sixWeeks, string eighteenWeeks)
    {
        var waiting = Rules.Measure(D(referral), null).AsT0;
        Assert.Equal(D(sixWeeks), waiting.SixWeekBreachDate);
        Assert.Equal(D(eighteenWeeks), waiting.EighteenWeekBreachDate);
    }

    [Fact]
    public void A_referral_without_a_first_treatment_is_waiting_and_has_no_wait_figures()
    {
        var wait = Rules.Measure(D("2024-01-08"), null).AsT0;
        Assert.Equal(WaitStatus.Waiting, wait.Status);
        Assert.Null(wait.FirstTreatmentDate);
        Assert.Null(wait.DaysToFirstTreatment);
        Assert.Null(wait.IsWithinSixWeeks);
        Assert.Null(wait.IsWithinEighteenWeeks);
        Assert.Null(wait.Band);
        Assert.Null(wait.DaysFirstToSecond);
        Assert.Null(wait.IsFirstToSecondOverLongGap);
        Assert.Equal("waiting", wait.ToString());
    }

    [Fact]
    public void A_treated_referral_without_a_second_session_has_no_gap_figures()
    {
        var wait = Treated("2024-01-08", "2024-01-10");
        Assert.Null(wait.SecondTreatmentDate);
        Assert.Null(wait.DaysFirstToSecond);
        Assert.Null(wait.IsFirstToSecondOverLongGap);
        Assert.Null(wait.IsFirstToSecondOverVeryLongGap);
    }

    [Fact]
    public void A_first_treatment_before_the_referral_is_an_error_naming_the_first_treatment_date()
    {
        var error = Rules.Measure(D("2024-03-01"), D("2024-02-29")).AsT1;
        Assert.Equal(WaitingErrorKind.FirstTreatmentBeforeReferral, error.Kind);
        Assert.Equal("first_treatment_date", error.Field);
        Assert.Equal("first_treatment_date: before the referral date", error.Message);
    }

    [Fact]
    public void A_second_treatment_before_the_first_is_an_error_naming_the_second_treatment_date()
    {
        var error = Rules.Measure(D("2024-03-01"), D("2024-03-10"), D("2024-03-09")).AsT1;
        Assert.Equal(WaitingErrorKind.SecondTreatmentBeforeFirst, error.Kind);
        Assert.Equal("second_treatment_date", error.Field);
    }

    [Fact]
    public void A_second_treatment_without_a_first_is_an_error_naming_the_second_treatment_date()
    {
        var error = Rules.Measure(D("2024-03-01"), null, D("2024-03-09")).AsT1;
        Assert.Equal(WaitingErrorKind.SecondTreatmentWithoutFirst, error.Kind);
        Assert.Equal("second_treatment_date", error.Field);
    }

    [Fact]
    public void Two_treatment_sessions_on_the_same_day_are_a_gap_of_0_days()
    {
        var wait = Treated("2024-03-01", "2024-03-04", "2024-03-04");
        Assert.Equal(0, wait.DaysFirstToSecond);
        Assert.False(wait.IsFirstToSecondOverLongGap);
    }

    [Fact]
    public void Error_messages_never_echo_the_dates()
    {
        var errors = new[]
        {
            Rules.Measure(D("2024-03-01"), D("2024-02-29")).AsT1,
            Rules.Measure(D("2024-03-01"), D("2024-03-10"), D("2024-03-09")).AsT1,
            Rules.MeasureText("2024-02-30", "", "").AsT1,
        };
        Assert.All(errors, e => Assert.DoesNotContain("2024", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_explanation_gives_the_days_and_the_band()
    {
        Assert.Equal(
            "treated after 43 days (29-56; not within 6 weeks; within 18 weeks)",
            Treated("2024-01-08", "2024-02-20").ToString());
    }

    [Fact]
    public void A_custom_rule_set_moves_the_boundaries_without_forking()
    {
        var source = new Source("LOCAL", "service standard");
        var local = RuleSet.ManualV4.Waiting with { SixWeekStandardDays = new(28, source) };
        var wait = local.Measure(D("2024-01-08"), D("2024-02-06")).AsT0;   // 29 days
        Assert.False(wait.IsWithinSixWeeks);
        Assert.Equal(D("2024-02-05"), wait.SixWeekBreachDate);
        Assert.True(Rules.Measure(D("2024-01-08"), D("2024-02-06")).AsT0.IsWithinSixWeeks);
    }

    [Fact]
    public void Dates_in_another_calendar_system_are_compared_as_the_same_days()
    {
        var referral = D("2024-01-08");
        var first = D("2024-02-19").WithCalendar(NodaTime.CalendarSystem.Julian);
        Assert.Equal(42, Rules.Measure(referral, first).AsT0.DaysToFirstTreatment);
    }
}

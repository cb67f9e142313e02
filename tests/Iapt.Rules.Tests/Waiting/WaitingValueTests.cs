using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using NodaTime;
using static Iapt.Rules.Tests.Waiting.Dates;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>The waiting-time values in words, their edges, and how the rules are checked when they are made.</summary>
public class WaitingValueTests
{
    private static readonly WaitingTimeRules Rules = RuleSet.ManualV4.Waiting;
    private static readonly WorkingDayCalendar Calendar = EnglandAndWalesBankHolidays.Calendar;

    [Theory]
    [InlineData("2024-01-08", "2024-01-22", "treated after 14 days (0-28; within 6 weeks; within 18 weeks)")]
    [InlineData("2024-01-08", "2024-02-20", "treated after 43 days (29-56; not within 6 weeks; within 18 weeks)")]
    [InlineData("2024-01-08", "2024-05-14", "treated after 127 days (over-90; not within 6 weeks; not within 18 weeks)")]
    public void A_wait_reads_as_its_days_band_and_standards(string referred, string treated, string text)
    {
        Assert.Equal(text, Rules.Measure(D(referred), D(treated)).AsT0.ToString());
    }

    [Fact]
    public void A_referral_still_waiting_has_no_first_treatment_date()
    {
        var wait = Rules.Measure(D("2024-01-08"), null).AsT0;
        Assert.Null(wait.FirstTreatmentDate);
        Assert.Equal("waiting", wait.ToString());
        Assert.Equal(D("2024-01-22"), Rules.Measure(D("2024-01-08"), D("2024-01-22")).AsT0.FirstTreatmentDate);
    }

    [Fact]
    public void A_second_treatment_date_given_as_text_is_read()
    {
        var wait = Rules.MeasureText("2024-01-08", "2024-01-22", "2024-02-05").AsT0;
        Assert.Equal(14, wait.DaysFirstToSecond);
    }

    [Fact]
    public void A_second_session_before_a_first_on_the_referral_day_is_the_second_dates_error()
    {
        var error = Rules.Measure(D("2024-01-08"), D("2024-01-08"), D("2024-01-07")).AsT1;
        Assert.Equal(WaitingErrorKind.SecondTreatmentBeforeFirst, error.Kind);
        Assert.Equal(WaitingErrorKind.FirstTreatmentBeforeReferral, Rules.Measure(D("2024-01-08"), D("2024-01-07")).AsT1.Kind);
    }

    [Fact]
    public void Dates_in_another_calendar_are_counted_as_the_same_days()
    {
        var julian = D("2024-01-22").WithCalendar(CalendarSystem.Julian);
        Assert.Equal(14, Rules.Measure(D("2024-01-08"), julian).AsT0.DaysToFirstTreatment);
    }

    [Theory]
    [InlineData(42, "step-up wait 42 days, within the 42-day standard (M4 §6.4.2: the wait from the last low-intensity to the first high-intensity session should not exceed the waiting time standard)")]
    [InlineData(43, "step-up wait 43 days, over the 42-day standard (M4 §6.4.2: the wait from the last low-intensity to the first high-intensity session should not exceed the waiting time standard)")]
    public void A_step_up_wait_reads_as_its_days_and_the_standard(int days, string text)
    {
        var last = D("2024-03-04");
        Assert.Equal(text, Rules.MeasureStepUp(last, last.PlusDays(days)).AsT0.ToString());
    }

    [Theory]
    [InlineData("2024-03-07", "oss-decision-to-treat: 3 working days, met (at most 3)")]
    [InlineData("2024-03-08", "oss-decision-to-treat: 4 working days, not met (at most 3)")]
    public void An_access_check_reads_as_its_days_and_verdict(string decided, string text)
    {
        var standard = Rules.FindAccessStandard(AccessStandardKeys.OssDecisionToTreat)!;
        Assert.Equal(text, standard.Check(D("2024-03-04"), D(decided), Calendar).AsT0.ToString());
    }

    [Fact]
    public void A_calendar_day_access_check_says_calendar_days()
    {
        var standard = Rules.FindAccessStandard(AccessStandardKeys.RtbTreatment)!;
        Assert.Equal("rtb-treatment: 28 calendar days, met (at most 28)", standard.Check(D("2024-03-01"), D("2024-03-29"), Calendar).AsT0.ToString());
        Assert.Equal("rtb-treatment: at most 28 calendar days from Referral to FirstTreatment (RtB 7.12)", standard.ToString());
        Assert.Equal("oss-decision-to-treat: at most 3 working days from Referral to DecisionToTreat (OSS para 10)",
            Rules.FindAccessStandard(AccessStandardKeys.OssDecisionToTreat)!.ToString());
    }

    [Fact]
    public void A_calendar_day_deadline_counts_weekends_and_a_working_day_deadline_does_not()
    {
        var friday = D("2024-03-01");
        Assert.Equal(D("2024-03-15"), Rules.FindAccessStandard(AccessStandardKeys.RtbAssessment)!.Deadline(friday, Calendar).AsT0);
        Assert.Equal(D("2024-03-06"), Rules.FindAccessStandard(AccessStandardKeys.OssDecisionToTreat)!.Deadline(friday, Calendar).AsT0);
    }

    [Fact]
    public void A_standard_for_every_referral_has_no_condition()
    {
        Assert.Equal(string.Empty, Rules.FindAccessStandard(AccessStandardKeys.OssDecisionToTreat)!.AppliesWhen);
    }

    [Theory]
    [InlineData(28, true)]
    [InlineData(29, false)]
    public void A_wait_band_holds_both_its_edges(int days, bool inFirstBand)
    {
        Assert.True(Rules.Bands[1].Contains(29));
        Assert.True(Rules.Bands[1].Contains(56));
        Assert.Equal(inFirstBand, Rules.Bands[0].Contains(days));
        Assert.True(Rules.Bands[^1].Contains(int.MaxValue));
    }

    [Fact]
    public void A_one_day_wait_band_is_allowed_and_a_reversed_one_is_refused()
    {
        var source = new Source("LOCAL", "bands");
        var oneDay = Rules with { Bands = [new WaitBand("same-day", 0, 0, source), new WaitBand("later", 1, null, source)] };
        Assert.Equal("same-day", oneDay.FindBand(0).Key);
        Assert.Throws<ArgumentException>(() => Rules with { Bands = [new WaitBand("a", 0, 5, source), new WaitBand("b", 6, 5, source), new WaitBand("c", 6, null, source)] });
    }

    [Fact]
    public void A_calendar_lists_its_holidays_in_date_order_and_needs_an_ISO_coverage()
    {
        var coverage = new DateInterval(D("2030-01-01"), D("2030-12-31"));
        var calendar = new WorkingDayCalendar("two days", coverage,
            [new PublicHoliday(D("2030-12-25"), "Christmas"), new PublicHoliday(D("2030-01-01"), "New Year")]);
        Assert.Equal([D("2030-01-01"), D("2030-12-25")], calendar.Holidays.Select(h => h.Date));

        var julian = new DateInterval(D("2030-01-01").WithCalendar(CalendarSystem.Julian), D("2030-12-31").WithCalendar(CalendarSystem.Julian));
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar("julian", julian, []));
    }
}

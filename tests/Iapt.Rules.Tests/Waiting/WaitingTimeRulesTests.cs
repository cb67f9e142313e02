using System.Collections.Immutable;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>The waiting-time rule-set data: provenance, defaults on the rule set, and checks on custom bands.</summary>
public class WaitingTimeRulesTests
{
    private static readonly Source Local = new("LOCAL", "test");

    [Fact]
    public void The_default_rule_set_carries_the_Manual_v4_waiting_time_rules()
    {
        Assert.Same(WaitingTimeRules.ManualV4, RuleSet.ManualV4.Waiting);
    }

    [Fact]
    public void Every_waiting_time_value_has_a_source()
    {
        var rules = WaitingTimeRules.ManualV4;
        Assert.Equal("NHSD", rules.SixWeekStandardDays.Source.Document);
        Assert.Equal("M4", rules.SixWeekTarget.Source.Document);
        Assert.Equal("M4", rules.StepUpStandardDays.Source.Document);
        Assert.All(rules.Bands, b => Assert.Equal("NHSD", b.Source.Document));
        Assert.All(rules.RulesOfThumb, r => Assert.Equal("M4 §8.1.4", r.Source.ToString()));
        Assert.All(rules.AccessStandards, s => Assert.Contains(s.Source.Document, new[] { "OSS", "RtB" }));
    }

    [Fact]
    public void A_custom_set_of_bands_must_cover_every_wait_once()
    {
        var rules = WaitingTimeRules.ManualV4;
        Assert.Throws<ArgumentException>(() => rules with { Bands = [] });
        Assert.Throws<ArgumentException>(() => rules with { Bands = [new WaitBand("1+", 1, null, Local)] });
        Assert.Throws<ArgumentException>(() => rules with { Bands = [new WaitBand("0-10", 0, 10, Local), new WaitBand("12+", 12, null, Local)] });
        Assert.Throws<ArgumentException>(() => rules with { Bands = [new WaitBand("0-10", 0, 10, Local), new WaitBand("11-20", 11, 20, Local)] });
        Assert.Throws<ArgumentException>(() => rules with { Bands = [new WaitBand("0+", 0, null, Local), new WaitBand("x", 1, null, Local)] });

        var two = rules with { Bands = [new WaitBand("short", 0, 41, Local), new WaitBand("long", 42, null, Local)] };
        Assert.Equal("short", two.FindBand(41).Key);
        Assert.Equal("long", two.FindBand(42).Key);
    }

    [Fact]
    public void A_negative_wait_has_no_band()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WaitingTimeRules.ManualV4.FindBand(-1));
    }

    [Fact]
    public void A_service_can_add_its_own_access_standard()
    {
        var mine = new AccessStandard("local-assessment", "Assessment within 5 working days",
            AccessMilestone.Referral, AccessMilestone.Assessment, 5, DayCounting.WorkingDays, Local);
        var rules = RuleSet.ManualV4 with
        {
            Waiting = RuleSet.ManualV4.Waiting with { AccessStandards = RuleSet.ManualV4.Waiting.AccessStandards.Add(mine) },
        };
        Assert.Same(mine, rules.Waiting.FindAccessStandard("local-assessment"));
        Assert.Null(RuleSet.ManualV4.Waiting.FindAccessStandard("local-assessment"));
    }

    [Theory]
    [InlineData(4, 2, 3)]
    [InlineData(6, 4, 5)]
    public void The_rules_of_thumb_are_found_by_target(int target, int lower, int upper)
    {
        var rule = WaitingTimeRules.ManualV4.FindRuleOfThumb(target)!;
        Assert.Equal(lower, rule.MinimumWeeksOfDemand);
        Assert.Equal(upper, rule.MaximumWeeksOfDemand);
    }

    [Fact]
    public void Bands_describe_themselves()
    {
        ImmutableArray<WaitBand> bands = WaitingTimeRules.ManualV4.Bands;
        Assert.Equal("29-56 (29 to 56 days)", bands[1].ToString());
        Assert.Equal("over-90 (91 days or more)", bands[3].ToString());
    }

    // The calendar's end (9999-12-31): a wait whose breach date would fall after it is an error, never an exception.
    // Under the Manual v4 rules the 18-week breach date (126 days) decides: the last referral day measured is 9999-08-27.

    private static readonly NodaTime.LocalDate LastMeasurable = new(9999, 8, 27);

    [Fact]
    public void A_referral_on_the_last_day_whose_18_week_breach_date_is_in_the_calendar_is_measured()
    {
        Assert.True(WaitingTimeRules.ManualV4.Measure(LastMeasurable, null).IsT0);
        Assert.True(WaitingTimeRules.ManualV4.PositionOn(LastMeasurable, new NodaTime.LocalDate(9999, 12, 31)).IsT0);
    }

    [Fact]
    public void A_referral_a_day_later_is_an_error_naming_the_referral_date()
    {
        var rules = WaitingTimeRules.ManualV4;
        var day = LastMeasurable.PlusDays(1);
        var error = rules.Measure(day, null).AsT1;
        Assert.Equal((WaitingErrorKind.BreachDateOutsideCalendar, WaitingError.ReferralDateField), (error.Kind, error.Field));
        Assert.Equal("referral_date: too late: a breach date would fall after 9999-12-31, the calendar's last day", error.Message);
        Assert.Same(error, rules.PositionOn(day, new NodaTime.LocalDate(9999, 12, 31)).AsT1);
    }

    [Fact]
    public void A_step_up_whose_breach_date_is_the_calendars_last_day_is_measured_and_a_day_later_is_an_error()
    {
        var rules = WaitingTimeRules.ManualV4;
        var last = new NodaTime.LocalDate(9999, 12, 31).PlusDays(-rules.StepUpStandardDays.Value);
        Assert.True(rules.MeasureStepUp(last, last).IsT0);
        var error = rules.MeasureStepUp(last.PlusDays(1), last.PlusDays(1)).AsT1;
        Assert.Equal(WaitingError.LastLowIntensityDateField, error.Field);
        Assert.Equal("last_low_intensity_date: too late: the breach date would fall after 9999-12-31, the calendar's last day", error.Message);
    }

    [Fact]
    public void An_unreadable_second_treatment_date_is_named()
    {
        var error = WaitingTimeRules.ManualV4.MeasureText("2024-01-02", "2024-01-09", "2024-02-30").AsT1;
        Assert.Equal(WaitingError.SecondTreatmentDateField, error.Field);
    }

    [Fact]
    public void An_empty_referral_date_is_named_by_the_assessment_and_tracking_readers()
    {
        var rules = WaitingTimeRules.ManualV4;
        var asOf = new NodaTime.LocalDate(2024, 6, 30);
        var assessment = rules.MeasureAssessmentText("", "2024-01-09").AsT1;
        var tracking = rules.TrackOnText("", "", "", "", asOf).AsT1;
        Assert.Equal("referral_date: empty (the date the referral was received is required)", assessment.Message);
        Assert.Same(assessment, tracking);
        Assert.Equal(WaitingErrorKind.MissingDate, tracking.Kind);
    }

    [Fact]
    public void A_last_contact_on_the_referral_day_is_accepted_and_a_day_before_is_named()
    {
        var rules = WaitingTimeRules.ManualV4;
        var referral = new NodaTime.LocalDate(2024, 1, 2);
        var asOf = new NodaTime.LocalDate(2024, 6, 30);
        Assert.True(rules.TrackOn(referral, null, referral, null, asOf).IsT0);
        Assert.Equal("last_contact_date: before the referral date", rules.TrackOn(referral, null, referral.PlusDays(-1), null, asOf).AsT1.Message);
    }
}

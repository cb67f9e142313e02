using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using NodaTime;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>Invariants of the referral-to-treatment clock that hold for every valid set of dates.</summary>
public class ReferralWaitPropertyTests
{
    private static readonly WaitingTimeRules Rules = RuleSet.ManualV4.Waiting;
    private static readonly LocalDate Origin = new(2000, 1, 1);

    /// <summary>A referral date between 2000 and about 2050, and a first treatment 0 to 1,000 days later.</summary>
    private static Arbitrary<(LocalDate Referral, LocalDate First)> TreatedDates() =>
        Gen.Choose(0, 18_000)
            .SelectMany(_ => Gen.Choose(0, 1_000), (start, wait) => (Origin.PlusDays(start), Origin.PlusDays(start + wait)))
            .ToArbitrary();

    /// <summary>Any two dates between 2000 and about 2050, in either order.</summary>
    private static Arbitrary<(LocalDate A, LocalDate B)> AnyTwoDates() =>
        Gen.Two(Gen.Choose(0, 18_000)).Select(p => (Origin.PlusDays(p.Item1), Origin.PlusDays(p.Item2))).ToArbitrary();

    [Property]
    public Property Waits_are_never_negative() =>
        Prop.ForAll(AnyTwoDates(), d =>
            Rules.Measure(d.A, d.B).Match(wait => wait.DaysToFirstTreatment >= 0, error => d.B < d.A && error.Field == "first_treatment_date"));

    [Property]
    public Property Within_6_weeks_implies_within_18_weeks() =>
        Prop.ForAll(TreatedDates(), d =>
        {
            var wait = Rules.Measure(d.Referral, d.First).AsT0;
            return wait.IsWithinSixWeeks != true || wait.IsWithinEighteenWeeks == true;
        });

    [Property]
    public Property Adding_a_day_to_the_stop_date_adds_one_to_the_wait() =>
        Prop.ForAll(TreatedDates(), d =>
            Rules.Measure(d.Referral, d.First.PlusDays(1)).AsT0.DaysToFirstTreatment
                == Rules.Measure(d.Referral, d.First).AsT0.DaysToFirstTreatment + 1);

    [Property]
    public Property The_referral_date_plus_the_wait_is_the_first_treatment_date() =>
        Prop.ForAll(TreatedDates(), d =>
            d.Referral.PlusDays(Rules.Measure(d.Referral, d.First).AsT0.DaysToFirstTreatment!.Value) == d.First);

    [Property]
    public Property Within_6_weeks_exactly_when_the_first_treatment_is_on_or_before_the_6_week_breach_date() =>
        Prop.ForAll(TreatedDates(), d =>
        {
            var wait = Rules.Measure(d.Referral, d.First).AsT0;
            return wait.IsWithinSixWeeks == (d.First <= wait.SixWeekBreachDate)
                && wait.IsWithinEighteenWeeks == (d.First <= wait.EighteenWeekBreachDate);
        });

    [Property]
    public Property Every_wait_falls_in_exactly_one_band() =>
        Prop.ForAll(TreatedDates(), d =>
        {
            int days = Rules.Measure(d.Referral, d.First).AsT0.DaysToFirstTreatment!.Value;
            return Rules.Bands.Count(b => b.Contains(days)) == 1 && Rules.FindBand(days).Contains(days);
        });

    [Property]
    public Property Text_and_typed_dates_give_the_same_wait() =>
        Prop.ForAll(TreatedDates(), d =>
        {
            var pattern = NodaTime.Text.LocalDatePattern.Iso;
            var fromText = Rules.MeasureText(pattern.Format(d.Referral), pattern.Format(d.First), "").AsT0;
            return fromText.DaysToFirstTreatment == Rules.Measure(d.Referral, d.First).AsT0.DaysToFirstTreatment;
        });
}

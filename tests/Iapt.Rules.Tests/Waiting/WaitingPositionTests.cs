using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using static Iapt.Rules.Tests.Waiting.Dates;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>A waiting referral's position on an as-of date (M4 §8.1.5): days and weeks waited, breaches.</summary>
public class WaitingPositionTests
{
    private static readonly WaitingTimeRules Rules = RuleSet.ManualV4.Waiting;

    private static WaitingPosition Position(string referral, string asOf) => Rules.PositionOn(D(referral), D(asOf)).AsT0;

    [Theory]
    [InlineData("2024-01-08", "2024-01-08", 0, 0, false, 42)]
    [InlineData("2024-01-08", "2024-01-14", 6, 0, false, 36)]
    [InlineData("2024-01-08", "2024-01-15", 7, 1, false, 35)]
    [InlineData("2024-01-08", "2024-02-19", 42, 6, false, 0)]   // on the breach date: not yet breached
    [InlineData("2024-01-08", "2024-02-20", 43, 6, true, -1)]   // the day after: breached
    [InlineData("2023-12-31", "2024-02-11", 42, 6, false, 0)]   // breach date across a year end
    public void Days_and_weeks_waited_and_the_6_week_breach(
        string referral, string asOf, int days, int weeks, bool breached, int daysLeft)
    {
        var position = Position(referral, asOf);
        Assert.Equal(days, position.DaysWaited);
        Assert.Equal(weeks, position.WeeksWaited);
        Assert.Equal(breached, position.HasBreachedSixWeeks);
        Assert.Equal(daysLeft, position.DaysUntilBreach(BreachTarget.SixWeeks));
    }

    [Theory]
    [InlineData("2024-05-13", false)]  // 126 days
    [InlineData("2024-05-14", true)]   // 127 days
    public void The_18_week_breach_comes_after_126_days(string asOf, bool breached)
    {
        var position = Position("2024-01-08", asOf);
        Assert.Equal(breached, position.HasBreachedEighteenWeeks);
        Assert.Equal(breached, position.HasBreached(BreachTarget.EighteenWeeks));
        Assert.Equal(D("2024-05-13"), position.EighteenWeekBreachDate);
        Assert.Equal(D("2024-05-13"), position.BreachDate(BreachTarget.EighteenWeeks));
    }

    [Theory]
    [InlineData("2024-02-12", 7, true)]    // breach date 2024-02-19 is 7 days ahead: due within 7
    [InlineData("2024-02-11", 7, false)]   // 8 days ahead
    [InlineData("2024-02-19", 0, true)]    // the breach date is today
    [InlineData("2024-02-20", 7, false)]   // already breached: not "to come"
    [InlineData("2024-02-12", -1, false)]  // a negative window holds nothing
    public void Breaching_within_N_days_means_the_breach_date_falls_in_the_next_N_days(string asOf, int days, bool due)
    {
        Assert.Equal(due, Position("2024-01-08", asOf).BreachesWithin(days));
    }

    [Fact]
    public void A_referral_dated_after_the_as_of_date_is_an_error()
    {
        var error = Rules.PositionOn(D("2024-03-02"), D("2024-03-01")).AsT1;
        Assert.Equal(WaitingErrorKind.AsOfBeforeReferral, error.Kind);
        Assert.Equal("referral_date", error.Field);
    }

    [Fact]
    public void The_explanation_says_which_breach_has_passed()
    {
        Assert.Equal("waited 10 days (1 weeks), 32 days to the 6-week breach date", Position("2024-01-08", "2024-01-18").ToString());
        Assert.Equal("waited 43 days (6 weeks), 6-week breach passed", Position("2024-01-08", "2024-02-20").ToString());
        Assert.Equal("waited 127 days (18 weeks), 18-week breach passed", Position("2024-01-08", "2024-05-14").ToString());
    }
}

using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>Waiting-list size, the rules of thumb, backlog and clearance time (M4 §8.1.4).</summary>
public class BacklogTests
{
    private static readonly WaitingTimeRules Rules = RuleSet.ManualV4.Waiting;

    [Theory]
    [InlineData(200, 40, 6, 5, 200, 0, 40, true)]     // 5 weeks of referrals: at the 6-week maximum
    [InlineData(201, 40, 6, 5.025, 200, 1, 41, false)]
    [InlineData(150, 40, 6, 3.75, 200, 0, 0, true)]
    [InlineData(150, 40, 4, 3.75, 120, 30, 70, false)] // a 4-week wait allows 2-3 weeks: 3 x 40 = 120
    [InlineData(120, 40, 4, 3, 120, 0, 40, true)]
    [InlineData(0, 40, 6, 0, 200, 0, 0, true)]
    public void The_backlog_is_the_excess_over_the_rule_of_thumb_maximum(
        int waiting, int weekly, int target, decimal weeks, decimal maximum, decimal backlog, decimal overLower, bool within)
    {
        var assessment = Rules.AssessBacklog(waiting, weekly, target).AsT0;
        Assert.Equal(weeks, assessment.WeeksOfDemandWaiting);
        Assert.Equal(maximum, assessment.MaximumWaiting);
        Assert.Equal(backlog, assessment.Backlog);
        Assert.Equal(overLower, assessment.ExcessOverLowerBound);
        Assert.Equal(within, assessment.IsWithinRuleOfThumb);
        Assert.Equal(target, assessment.RuleOfThumb.TargetWaitWeeks);
    }

    [Fact]
    public void A_fractional_weekly_demand_gives_an_exact_backlog()
    {
        var assessment = Rules.AssessBacklog(70, 12.5m, 6).AsT0;   // 5 x 12.5 = 62.5 may wait
        Assert.Equal(62.5m, assessment.MaximumWaiting);
        Assert.Equal(7.5m, assessment.Backlog);
        Assert.Equal(5.6m, assessment.WeeksOfDemandWaiting);
    }

    [Theory]
    [InlineData(-1, 10, 6, WaitingErrorKind.Negative, "waiting")]
    [InlineData(10, 0, 6, WaitingErrorKind.NotPositive, "weekly_referrals")]
    [InlineData(10, -3, 6, WaitingErrorKind.NotPositive, "weekly_referrals")]
    [InlineData(10, 10, 5, WaitingErrorKind.NoRuleOfThumb, "target_wait_weeks")]
    [InlineData(10, 10, 18, WaitingErrorKind.NoRuleOfThumb, "target_wait_weeks")]
    public void Impossible_figures_are_errors_naming_the_field(int waiting, int weekly, int target, WaitingErrorKind kind, string field)
    {
        var error = Rules.AssessBacklog(waiting, weekly, target).AsT1;
        Assert.Equal(kind, error.Kind);
        Assert.Equal(field, error.Field);
    }

    [Theory]
    [InlineData(100, 20, 5)]
    [InlineData(90, 20, 4.5)]
    [InlineData(0, 20, 0)]
    public void Clearance_time_is_the_weeks_to_clear_the_list_with_no_new_arrivals(int waiting, int capacity, decimal weeks)
    {
        Assert.Equal(weeks, WaitingLists.ClearanceWeeks(waiting, capacity).AsT0);
    }

    [Fact]
    public void Clearance_needs_some_capacity_and_weeks_of_demand_some_referrals()
    {
        Assert.Equal("weekly_capacity", WaitingLists.ClearanceWeeks(10, 0m).AsT1.Field);
        Assert.Equal("waiting", WaitingLists.ClearanceWeeks(-1, 5m).AsT1.Field);
        Assert.Equal("weekly_referrals", WaitingLists.WeeksOfDemand(10, 0m).AsT1.Field);
        Assert.Equal("waiting", WaitingLists.WeeksOfDemand(-1, 5m).AsT1.Field);
        Assert.Equal(2.5m, WaitingLists.WeeksOfDemand(10, 4m).AsT0);
    }
}

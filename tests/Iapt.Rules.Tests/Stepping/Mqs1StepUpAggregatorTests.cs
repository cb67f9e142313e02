using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;

namespace Iapt.Rules.Tests.Stepping;

/// <summary>The MQS 1 aggregator: exact counts, merging, and no rate without a denominator.</summary>
public class Mqs1StepUpAggregatorTests
{
    private static readonly SteppingSummary Moved = new() { InMqs1Denominator = true, InMqs1Numerator = true };
    private static readonly SteppingSummary Stayed = new() { InMqs1Denominator = true };
    private static readonly SteppingSummary NotCounted = new() { InMqs1Denominator = false };

    [Fact]
    public void Counts_are_exact_and_the_rate_is_their_quotient()
    {
        var measure = new Mqs1StepUpAggregator(RuleSet.ManualV4);
        for (int i = 0; i < 7; i++)
        {
            measure.Add(Moved);
        }

        for (int i = 0; i < 3; i++)
        {
            measure.Add(Stayed);
            measure.Add(NotCounted);
        }

        var rate = measure.Result();
        Assert.Equal((10L, 7L), (rate.StartedLowNotRecovered, rate.MovedToHigh));
        Assert.Equal(0.7m, rate.Rate);
        Assert.Equal("MQS 1 step-up: 7 of 10 who started at low intensity and did not recover moved to high intensity (70.0%). [MQS 1]", rate.Explain());
    }

    [Fact]
    public void A_numerator_without_the_denominator_is_not_counted()
    {
        var measure = new Mqs1StepUpAggregator(RuleSet.ManualV4);
        measure.Add(new SteppingSummary { InMqs1Numerator = true });
        Assert.Equal(0, measure.MovedToHigh);
    }

    [Fact]
    public void Merging_adds_the_counts()
    {
        var left = new Mqs1StepUpAggregator(RuleSet.ManualV4);
        var right = new Mqs1StepUpAggregator(RuleSet.ManualV4);
        left.Add(Moved);
        right.Add(Stayed);
        right.Add(Moved);
        left.Merge(right);
        Assert.Equal((3L, 2L), (left.StartedLowNotRecovered, left.MovedToHigh));
        Assert.Equal((2L, 1L), (right.StartedLowNotRecovered, right.MovedToHigh));
    }

    [Fact]
    public void With_an_empty_denominator_the_rate_is_null_and_says_so()
    {
        var rate = new Mqs1StepUpAggregator(RuleSet.ManualV4).Result();
        Assert.Null(rate.Rate);
        Assert.Contains("no rate", rate.Explain(), StringComparison.Ordinal);
    }
}

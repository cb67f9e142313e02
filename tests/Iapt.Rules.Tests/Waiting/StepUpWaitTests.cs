using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using static Iapt.Rules.Tests.Waiting.Dates;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>The step-up wait from the last low-intensity to the first high-intensity session (M4 §6.4.2).</summary>
public class StepUpWaitTests
{
    private static readonly WaitingTimeRules Rules = RuleSet.ManualV4.Waiting;

    [Theory]
    [InlineData("2024-03-04", "2024-03-04", 0, true)]
    [InlineData("2024-03-04", "2024-04-15", 42, true)]
    [InlineData("2024-03-04", "2024-04-16", 43, false)]
    [InlineData("2023-12-20", "2024-01-31", 42, true)]
    public void A_step_up_wait_of_at_most_42_days_is_within_the_standard(string lastLow, string firstHigh, int days, bool within)
    {
        var wait = Rules.MeasureStepUp(D(lastLow), D(firstHigh)).AsT0;
        Assert.Equal(days, wait.Days);
        Assert.Equal(within, wait.IsWithinStandard);
        Assert.Equal(D(lastLow).PlusDays(42), wait.BreachDate);
        Assert.Equal(D(lastLow), wait.LastLowIntensityDate);
        Assert.Equal(D(firstHigh), wait.FirstHighIntensityDate);
    }

    [Fact]
    public void A_high_intensity_session_before_the_last_low_intensity_session_is_an_error()
    {
        var error = Rules.MeasureStepUp(D("2024-03-04"), D("2024-03-03")).AsT1;
        Assert.Equal(WaitingErrorKind.HighIntensityBeforeLowIntensity, error.Kind);
        Assert.Equal("first_high_intensity_date", error.Field);
    }

    [Fact]
    public void The_explanation_cites_the_standard_and_its_source()
    {
        Assert.Equal(
            "step-up wait 43 days, over the 42-day standard (M4 §6.4.2: the wait from the last low-intensity to the first high-intensity session should not exceed the waiting time standard)",
            Rules.MeasureStepUp(D("2024-03-04"), D("2024-04-16")).AsT0.ToString());
    }
}

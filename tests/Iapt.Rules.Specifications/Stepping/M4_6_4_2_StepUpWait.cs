using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using NodaTime;

namespace Iapt.Rules.Specifications.Stepping;

/// <summary>
/// M4 §6.4.2: for people stepped up between low and high intensity, the wait between the last low-intensity session
/// and the first high-intensity session should not exceed the waiting time standard for the first intervention
/// (6 weeks, counted as 42 days).
/// Source: seeds/001_a2cac0063d4a7b45.txt, §6.4.2; reference fact sheet §5.
/// </summary>
public class M4_6_4_2_StepUpWait
{
    private static readonly LocalDate LastLow = new(2024, 3, 1);

    /// <summary>42 days is within the 6-week standard; 43 days is over it.</summary>
    [Theory]
    [InlineData(0, true)]
    [InlineData(41, true)]
    [InlineData(42, true)]
    [InlineData(43, false)]
    public void The_step_up_wait_should_not_exceed_6_weeks(int days, bool within)
    {
        var wait = SteppedCare.StepUpWait(RuleSet.ManualV4, LastLow, LastLow.PlusDays(days)).AsT0;
        Assert.Equal(days, wait.Days);
        Assert.Equal(within, wait.WithinStandard);
        Assert.Equal("M4", wait.Standard.Source.Document);
        Assert.Equal("§6.4.2", wait.Standard.Source.Location);
    }

    /// <summary>A first high-intensity session before the last low-intensity one is an error, not a negative wait.</summary>
    [Fact]
    public void A_high_intensity_session_before_the_last_low_intensity_session_is_an_error()
    {
        var error = SteppedCare.StepUpWait(RuleSet.ManualV4, LastLow, LastLow.PlusDays(-1)).AsT1;
        Assert.Equal(SteppingErrorKind.DatesOutOfOrder, error.Kind);
        Assert.StartsWith(error.Field, error.Message, StringComparison.Ordinal);
    }
}

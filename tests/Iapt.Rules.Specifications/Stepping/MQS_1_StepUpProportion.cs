using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using NodaTime;
using Iapt.Rules.Provenance;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Specifications.Stepping;

/// <summary>
/// MQS 1: "Proportion of patients who started treatment on low intensity, did not recover &amp; then moved to high
/// intensity" (M4 §9.1.2: services with higher step-up rates among people who have not recovered with low intensity
/// have higher recovery rates).
/// Source: seeds/000_9da633b608fb4b62.txt, standard 1; seeds/001_a2cac0063d4a7b45.txt, §9.1.2.
/// </summary>
public class MQS_1_StepUpProportion
{
    private static readonly RuleSet Rules = RuleSet.ManualV4;
    private static readonly LocalDate Start = new(2024, 1, 8);

    private static SteppingSummary Summary(bool ended, bool? recovered, params Intensity[] intensities)
    {
        var input = new SteppingInput
        {
            Descriptor = ProblemDescriptor.Depression,
            Context = new TreatmentContext { FirstPhq9 = Rules.Measures[MeasureKeys.Phq9].ScoreTotal(12).AsT0 },
            Ended = ended,
            Outcome = new CourseOutcome { Recovered = recovered, AtCasenessAtEnd = recovered == true ? false : null },
        };
        SteppedSession[] sessions = [.. intensities.Select((x, i) => new SteppedSession(Start.PlusWeeks(i), x, Intervention.Unknown))];
        return SteppedCare.Summarise(Rules, input, sessions).AsT0;
    }

    /// <summary>Who counts: started low and moved high (both); started low, ended not recovered (denominator only); started low and recovered, still open, or started high (neither).</summary>
    [Theory]
    [InlineData("low then high", true, false, true, true)]
    [InlineData("low only, not recovered", true, false, true, false)]
    [InlineData("low only, recovered", true, true, false, false)]
    [InlineData("low only, still open", false, null, false, false)]
    [InlineData("high only, not recovered", true, false, false, false)]
    public void Who_is_counted(string pathway, bool ended, bool? recovered, bool inDenominator, bool inNumerator)
    {
        var intensities = pathway switch
        {
            "low then high" => new[] { Intensity.Low, Intensity.Low, Intensity.High },
            "high only, not recovered" => [Intensity.High, Intensity.High],
            _ => [Intensity.Low, Intensity.Low],
        };
        var summary = Summary(ended, recovered, intensities);
        Assert.Equal(inDenominator, summary.InMqs1Denominator);
        Assert.Equal(inNumerator, summary.InMqs1Numerator);
    }

    /// <summary>Three who started low and did not recover with it, two of whom moved high: 2 of 3. One who recovered at low intensity is not counted.</summary>
    [Fact]
    public void The_proportion_who_moved_to_high_intensity()
    {
        var measure = new Mqs1StepUpAggregator(Rules);
        measure.Add(Summary(true, false, Intensity.Low, Intensity.High));
        measure.Add(Summary(true, true, Intensity.Low, Intensity.Low, Intensity.High));
        measure.Add(Summary(true, false, Intensity.Low, Intensity.Low));
        measure.Add(Summary(true, true, Intensity.Low, Intensity.Low));

        var rate = measure.Result();
        Assert.Equal(3, rate.StartedLowNotRecovered);
        Assert.Equal(2, rate.MovedToHigh);
        Assert.Equal(2m / 3m, rate.Rate);
        Assert.Equal("MQS 1", rate.Source.ToString());
    }

    /// <summary>With no one in the denominator there is no rate (null, not 0).</summary>
    [Fact]
    public void With_no_one_to_count_there_is_no_rate()
    {
        var rate = new Mqs1StepUpAggregator(Rules).Result();
        Assert.Equal(0, rate.StartedLowNotRecovered);
        Assert.Null(rate.Rate);
    }
}

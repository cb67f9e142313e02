using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.Stepping;

/// <summary>Every branch of the initial-step rule, in its order, with the reason, source and explanation.</summary>
public class InitialStepTests
{
    private static readonly RuleSet Rules = RuleSet.ManualV4;

    private static Score Phq9(int total) => Rules.Measures[MeasureKeys.Phq9].ScoreTotal(total).AsT0;

    [Fact]
    public void No_descriptor_gives_no_step_even_with_a_severe_PHQ_9()
    {
        var decision = SteppedCare.InitialStep(Rules, ProblemDescriptor.None, Phq9(25));
        Assert.False(decision.IsKnown);
        Assert.Equal(InitialStepReason.NoProblemDescriptor, decision.Reason);
        Assert.Equal("M4 Table 5, §9.1.2", decision.Source.ToString());
    }

    [Fact]
    public void PTSD_starts_high_even_without_a_PHQ_9()
    {
        var decision = SteppedCare.InitialStep(Rules, ProblemDescriptor.PostTraumaticStressDisorder, null);
        Assert.Equal(CareStep.HighIntensity, decision.Step);
        Assert.Equal(InitialStepReason.HighIntensityFirstForDescriptor, decision.Reason);
        Assert.Equal("M4 §1.3, §3.2, Table 5", decision.Source.ToString());
    }

    [Fact]
    public void Agoraphobia_starts_high_because_Table_2_has_no_low_intensity_row_for_it()
    {
        var decision = SteppedCare.InitialStep(Rules, ProblemDescriptor.Agoraphobia, Phq9(4));
        Assert.Equal(CareStep.HighIntensity, decision.Step);
        Assert.Equal(InitialStepReason.NoLowIntensityInTable2, decision.Reason);
        Assert.Equal("M4 Table 5, Table 2", decision.Source.ToString());
    }

    [Fact]
    public void Depression_without_a_PHQ_9_gives_no_step_because_severity_is_not_guessed()
    {
        var decision = SteppedCare.InitialStep(Rules, ProblemDescriptor.Depression, null);
        Assert.Equal(CareStep.Unknown, decision.Step);
        Assert.Equal(InitialStepReason.DepressionSeverityUnknown, decision.Reason);
    }

    [Fact]
    public void GAD_without_a_PHQ_9_starts_at_step_2_because_severity_is_consulted_for_depression_only()
    {
        var decision = SteppedCare.InitialStep(Rules, ProblemDescriptor.GeneralisedAnxietyDisorder, null);
        Assert.Equal(CareStep.LowIntensity, decision.Step);
        Assert.Equal(InitialStepReason.LeastIntrusiveFirst, decision.Reason);
    }

    [Fact]
    public void GAD_with_a_severe_PHQ_9_still_starts_at_step_2()
    {
        Assert.Equal(CareStep.LowIntensity, SteppedCare.InitialStep(Rules, ProblemDescriptor.GeneralisedAnxietyDisorder, Phq9(24)).Step);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(19)]
    public void Depression_below_the_severe_band_starts_at_step_2(int total)
    {
        var decision = SteppedCare.InitialStep(Rules, ProblemDescriptor.Depression, Phq9(total));
        Assert.Equal(CareStep.LowIntensity, decision.Step);
        Assert.Equal(InitialStepReason.LeastIntrusiveFirst, decision.Reason);
    }

    [Fact]
    public void Severe_depression_starts_at_step_3_citing_the_severe_band()
    {
        var decision = SteppedCare.InitialStep(Rules, ProblemDescriptor.Depression, Phq9(20));
        Assert.Equal(CareStep.HighIntensity, decision.Step);
        Assert.Equal(InitialStepReason.SevereDepression, decision.Reason);
        Assert.Equal("M4 §1.3, Table 5", decision.Source.ToString());
        Assert.Equal(
            "depression: start at step 3 (high intensity): the first PHQ-9 is in the severe band, and severe depression should receive high intensity first. [M4 §1.3, Table 5]",
            decision.Explain());
    }

    [Fact]
    public void A_score_on_another_measure_is_a_programmer_error()
    {
        var gad7 = Rules.Measures[MeasureKeys.Gad7].ScoreTotal(15).AsT0;
        Assert.Throws<ArgumentException>(() => SteppedCare.InitialStep(Rules, ProblemDescriptor.Depression, gad7));
        Assert.Throws<ArgumentException>(() => SteppedCare.InitialStep(Rules, ProblemDescriptor.Depression, default(Score)));
    }

    [Fact]
    public void A_custom_rule_set_can_send_moderately_severe_depression_to_high_intensity()
    {
        var mine = Rules with
        {
            Stepping = Rules.Stepping with { SevereDepressionBand = new Sourced<string>("moderately_severe", new Source("LOCAL", "protocol")) },
        };
        Assert.Equal(CareStep.HighIntensity, SteppedCare.InitialStep(mine, ProblemDescriptor.Depression, Phq9(16)).Step);
        Assert.Equal(CareStep.LowIntensity, SteppedCare.InitialStep(Rules, ProblemDescriptor.Depression, Phq9(16)).Step);
    }

    [Theory]
    [InlineData(ProblemDescriptor.None, "no problem descriptor: no initial step can be chosen")]
    [InlineData(ProblemDescriptor.SocialAnxietyDisorder, "social anxiety disorder: start at step 3 (high intensity): NICE recommends")]
    [InlineData(ProblemDescriptor.PanicDisorder, "panic disorder: start at step 2 (low intensity): the least intrusive")]
    public void The_explanation_names_the_descriptor_the_step_and_the_reason(ProblemDescriptor descriptor, string start) =>
        Assert.StartsWith(start, SteppedCare.InitialStep(Rules, descriptor, Phq9(10)).Explain(), StringComparison.Ordinal);
}

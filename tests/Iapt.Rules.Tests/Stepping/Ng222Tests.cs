using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using Iapt.Rules.Provenance;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Tests.Stepping;

/// <summary>The NICE NG222 rule-set variant: what it changes, what it leaves as M4, and its boundaries.</summary>
public class Ng222Tests
{
    private static Score Phq9(int total) => RuleSet.ManualV4.Measures[MeasureKeys.Phq9].ScoreTotal(total).AsT0;

    [Fact]
    public void The_variant_names_itself_and_keeps_every_M4_value_outside_depression_severity()
    {
        var ng222 = RuleSet.Ng222;
        var m4 = RuleSet.ManualV4;
        Assert.Equal("IAPT Manual v4 with NICE NG222 depression severity (2022.1)", ng222.ToString());
        Assert.Same(m4.Measures, ng222.Measures);
        Assert.Same(m4.Stepping.InitialSteps, ng222.Stepping.InitialSteps);
        Assert.Equal(m4.Stepping with { Table2 = ng222.Stepping.Table2, DepressionSeverity = ng222.Stepping.DepressionSeverity, SevereDepressionBand = ng222.Stepping.SevereDepressionBand }, ng222.Stepping);
        Assert.Contains(ng222.Sources, s => s.StartsWith("NG222:", StringComparison.Ordinal));
        Assert.Null(m4.Stepping.DepressionSeverity);
        Assert.Equal("severe", m4.Stepping.SevereDepressionBand.Value);
    }

    [Fact]
    public void The_variant_has_two_depression_bands_split_at_16()
    {
        var bands = RuleSet.Ng222.Stepping.DepressionSeverity!.Bands;
        Assert.Equal(["less_severe 0-15", "more_severe 16-27"], bands.Select(b => $"{b.Key} {b.Minimum}-{b.Maximum}"));
        Assert.Equal("more_severe", RuleSet.Ng222.Stepping.SevereDepressionBand.Value);
    }

    [Fact]
    public void Only_the_two_depression_rows_split_by_severity_change_in_Table_2()
    {
        var m4 = RuleSet.ManualV4.Stepping.Table2;
        var ng222 = RuleSet.Ng222.Stepping.Table2;
        Assert.Equal(m4.Count, ng222.Count);
        var changed = Enumerable.Range(0, m4.Count).Where(i => !ReferenceEquals(m4[i], ng222[i])).ToList();
        Assert.Equal(2, changed.Count);
        Assert.All(changed, i => Assert.Equal(ProblemDescriptor.Depression, ng222[i].Descriptor));
        Assert.Equal(["less_severe"], ng222[changed[0]].Phq9Bands.ToArray());
        Assert.Equal(["more_severe"], ng222[changed[1]].Phq9Bands.ToArray());
        Assert.Equal(m4[changed[0]].Interventions.ToArray(), ng222[changed[0]].Interventions.ToArray());
    }

    [Theory]
    [InlineData(15, InitialStepReason.LeastIntrusiveFirst)]
    [InlineData(16, InitialStepReason.SevereDepression)]
    public void The_initial_step_cites_NG222_at_the_boundary(int phq9, InitialStepReason reason)
    {
        var decision = SteppedCare.InitialStep(RuleSet.Ng222, ProblemDescriptor.Depression, Phq9(phq9));
        Assert.Equal(reason, decision.Reason);
        Assert.Equal(phq9 >= 16 ? "NG222 less severe and more severe depression" : "M4 §1.3, Table 5", decision.Source.ToString());
    }

    [Fact]
    public void Without_a_PHQ_9_the_NG222_initial_step_is_unknown_too() =>
        Assert.Equal(CareStep.Unknown, SteppedCare.InitialStep(RuleSet.Ng222, ProblemDescriptor.Depression, null).Step);

    [Theory]
    [InlineData(Intervention.Counselling, ConcordanceVerdict.Undetermined)]
    [InlineData(Intervention.Cbt, ConcordanceVerdict.Recommended)]
    public void Without_a_PHQ_9_NG222_concordance_is_worked_out_over_both_bands(Intervention intervention, ConcordanceVerdict expected)
    {
        var context = new TreatmentContext { Phase = TreatmentPhase.AcuteEpisode };
        Assert.Equal(expected, SteppedCare.Concordance(RuleSet.Ng222, ProblemDescriptor.Depression, intervention, CareStep.HighIntensity, context).Verdict);
    }

    [Fact]
    public void The_same_rule_set_can_be_derived_from_M4_with_the_NG222_stepping_rules()
    {
        var derived = RuleSet.ManualV4 with { Stepping = SteppingRules.Ng222 };
        Assert.Equal(
            SteppedCare.InitialStep(RuleSet.Ng222, ProblemDescriptor.Depression, Phq9(17)),
            SteppedCare.InitialStep(derived, ProblemDescriptor.Depression, Phq9(17)));
    }
}

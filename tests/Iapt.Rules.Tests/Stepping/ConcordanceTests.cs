using System.Collections.Immutable;
using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using Iapt.Rules.Provenance;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Tests.Stepping;

/// <summary>
/// NICE concordance beyond the table rows: unrecorded inputs are never guessed (the verdict holds for every value
/// they could take, or is undetermined), the deciding row, the explanation, and custom tables.
/// </summary>
public class ConcordanceTests
{
    private static readonly RuleSet Rules = RuleSet.ManualV4;

    private static Score Phq9(int total) => Rules.Measures[MeasureKeys.Phq9].ScoreTotal(total).AsT0;

    private static ConcordanceResult Judge(Intervention intervention, TreatmentContext context = default) =>
        SteppedCare.Concordance(Rules, ProblemDescriptor.Depression, intervention, CareStep.HighIntensity, context);

    [Theory]
    [InlineData(Intervention.Cbt)]
    [InlineData(Intervention.InterpersonalPsychotherapy)]
    public void CBT_and_IPT_for_depression_are_recommended_without_any_PHQ_9_because_every_severity_lists_them(Intervention intervention) =>
        Assert.Equal(ConcordanceVerdict.Recommended, Judge(intervention).Verdict);

    [Fact]
    public void Counselling_without_a_PHQ_9_is_undetermined_and_names_the_missing_severity()
    {
        var result = Judge(Intervention.Counselling);
        Assert.Equal(ConcordanceVerdict.Undetermined, result.Verdict);
        Assert.Equal(ConcordanceReason.ConditionNotRecorded, result.Reason);
        Assert.Equal(ConcordanceInputs.Severity, result.Missing);
    }

    [Fact]
    public void Counselling_in_relapse_prevention_still_depends_on_severity()
    {
        var result = Judge(Intervention.Counselling, new TreatmentContext { Phase = TreatmentPhase.RelapsePrevention });
        Assert.Equal(ConcordanceInputs.Severity, result.Missing);
    }

    [Fact]
    public void Couple_therapy_with_nothing_recorded_names_both_missing_inputs()
    {
        var result = Judge(Intervention.CoupleTherapy);
        Assert.Equal(ConcordanceVerdict.Undetermined, result.Verdict);
        Assert.Equal(ConcordanceInputs.Severity | ConcordanceInputs.Relationship, result.Missing);
        Assert.Contains("the depression severity (first PHQ-9) and whether the relationship maintains the depression", result.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Couple_therapy_for_severe_depression_is_not_recommended_even_when_the_relationship_maintains_it()
    {
        var result = Judge(Intervention.CoupleTherapy, new TreatmentContext { FirstPhq9 = Phq9(23), RelationshipMaintainsDepression = true });
        Assert.Equal(ConcordanceVerdict.NotRecommended, result.Verdict);
        Assert.Equal(ConcordanceReason.RowConditionNotMet, result.Reason);
    }

    [Fact]
    public void MBCT_with_the_phase_unknown_names_the_missing_phase()
    {
        var result = Judge(Intervention.MindfulnessBasedCognitiveTherapy, new TreatmentContext { FirstPhq9 = Phq9(3) });
        Assert.Equal(ConcordanceInputs.Phase, result.Missing);
    }

    [Fact]
    public void CBT_for_severe_depression_rests_on_the_moderate_to_severe_row()
    {
        var result = Judge(Intervention.Cbt, new TreatmentContext { FirstPhq9 = Phq9(25) });
        Assert.Equal("moderate to severe, each with medication", result.Row!.Condition);
        Assert.Equal(3, result.Rows.Length);
    }

    [Fact]
    public void Behavioural_activation_is_recommended_at_both_steps_for_depression()
    {
        var context = new TreatmentContext { FirstPhq9 = Phq9(8) };
        Assert.True(SteppedCare.Concordance(Rules, ProblemDescriptor.Depression, Intervention.BehaviouralActivation, CareStep.LowIntensity, context).IsRecommended);
        Assert.True(SteppedCare.Concordance(Rules, ProblemDescriptor.Depression, Intervention.BehaviouralActivation, CareStep.HighIntensity, context).IsRecommended);
    }

    [Fact]
    public void Guided_self_help_at_step_3_is_not_listed()
    {
        var result = Judge(Intervention.GuidedSelfHelp);
        Assert.Equal(ConcordanceVerdict.NotRecommended, result.Verdict);
        Assert.Equal(ConcordanceReason.NotListed, result.Reason);
    }

    [Fact]
    public void An_unrecorded_intervention_is_undetermined()
    {
        Assert.Equal(ConcordanceReason.InterventionNotRecorded, Judge(Intervention.Unknown).Reason);
    }

    [Fact]
    public void Other_interventions_are_not_listed()
    {
        Assert.Equal(ConcordanceVerdict.NotRecommended, Judge(Intervention.Other).Verdict);
    }

    [Fact]
    public void The_explanation_of_a_non_listed_intervention_lists_what_Table_2_recommends()
    {
        var result = SteppedCare.Concordance(Rules, ProblemDescriptor.GeneralisedAnxietyDisorder, Intervention.Counselling, CareStep.HighIntensity);
        Assert.Equal(
            "counselling for depression for generalised anxiety disorder at step 3 (high intensity): not recommended. Table 2 lists for it at step 3: CBT (individual), applied relaxation. [M4 Table 2]",
            result.Explain());
    }

    [Fact]
    public void The_explanation_of_a_recommendation_names_the_row_footnote_and_guidance()
    {
        var result = Judge(Intervention.MindfulnessBasedCognitiveTherapy, new TreatmentContext { Phase = TreatmentPhase.RelapsePrevention });
        Assert.Equal(
            "mindfulness-based cognitive therapy (MBCT) for depression at step 3 (high intensity): recommended. Table 2 lists it at step 3, depression (prevention of relapse), footnote e (NICE CG90, CG91, CG123). [M4 Table 2]",
            result.Explain());
    }

    [Fact]
    public void The_explanation_of_footnote_e_says_mindfulness_is_not_for_an_acute_episode()
    {
        var result = Judge(Intervention.MindfulnessBasedCognitiveTherapy, new TreatmentContext { Phase = TreatmentPhase.AcuteEpisode });
        Assert.Equal(ConcordanceReason.FootnoteConditionNotMet, result.Reason);
        Assert.Contains("not recommended as a primary treatment for an acute depressive episode", result.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_rule_set_can_add_a_Table_2_row()
    {
        var agoraphobia = new Table2Row
        {
            Step = CareStep.HighIntensity,
            Descriptor = ProblemDescriptor.Agoraphobia,
            Interventions = [new Table2Entry(Intervention.Cbt)],
            Guidance = "NICE CG113",
            Source = new Source("LOCAL", "pathway 3"),
        };
        var table = new NiceInterventionTable([.. Rules.Stepping.Table2, agoraphobia], Rules.Stepping.Table2.Source);
        var mine = Rules with { Stepping = Rules.Stepping with { Table2 = table } };

        var result = SteppedCare.Concordance(mine, ProblemDescriptor.Agoraphobia, Intervention.Cbt, CareStep.HighIntensity);
        Assert.True(result.IsRecommended);
        Assert.Equal("LOCAL pathway 3", result.Source.ToString());
        Assert.Equal(ConcordanceVerdict.NotCovered,
            SteppedCare.Concordance(Rules, ProblemDescriptor.Agoraphobia, Intervention.Cbt, CareStep.HighIntensity).Verdict);
    }

    [Fact]
    public void A_table_row_must_be_well_formed()
    {
        var good = Rules.Stepping.Table2[0];
        Assert.Throws<ArgumentException>(() => new NiceInterventionTable([good with { Step = CareStep.Unknown }], good.Source));
        Assert.Throws<ArgumentException>(() => new NiceInterventionTable([good with { Descriptor = ProblemDescriptor.None }], good.Source));
        Assert.Throws<ArgumentException>(() => new NiceInterventionTable([good with { Interventions = [] }], good.Source));
        Assert.Throws<ArgumentException>(() => new NiceInterventionTable(
            [good with { Interventions = [new(Intervention.Cbt), new(Intervention.Cbt)] }], good.Source));
    }

    [Fact]
    public void Concordance_allocates_nothing()
    {
        var context = new TreatmentContext { FirstPhq9 = Phq9(12) };
        var unknown = default(TreatmentContext);
        // Warm up every path measured.
        _ = Judge(Intervention.CoupleTherapy, unknown);
        _ = Judge(Intervention.Counselling, context);
        _ = SteppedCare.Concordance(Rules, ProblemDescriptor.GeneralisedAnxietyDisorder, Intervention.Counselling, CareStep.HighIntensity);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            _ = Judge(Intervention.CoupleTherapy, unknown);
            _ = Judge(Intervention.Counselling, context);
            _ = SteppedCare.Concordance(Rules, ProblemDescriptor.GeneralisedAnxietyDisorder, Intervention.Counselling, CareStep.HighIntensity);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Rows_for_a_descriptor_out_of_range_are_empty()
    {
        Assert.Equal(ImmutableArray<Table2Row>.Empty, Rules.Stepping.Table2.RowsFor((ProblemDescriptor)999, CareStep.HighIntensity));
        Assert.False(Rules.Stepping.Table2.CoversStep((CareStep)9));
    }
}

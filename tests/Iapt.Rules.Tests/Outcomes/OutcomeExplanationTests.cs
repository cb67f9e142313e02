using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Episodes;
using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using static Iapt.Rules.Tests.Outcomes.Referral;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Outcomes;

/// <summary>Explanations: the scores used, the thresholds, the deciding rule with its source and the rule set.</summary>
public class OutcomeExplanationTests
{
    private static readonly OutcomeClassifier Classifier = new(RuleSet.ManualV4);

    private static string Line(OutcomeExplanation explanation, string rule) =>
        explanation.Lines.Single(l => l.Rule == rule).ToString();

    private static string Finding(OutcomeInput input, string rule) =>
        Classifier.Explain(input).Lines.Single(l => l.Rule == rule).Finding;

    private static string[] Rules(OutcomeInput input) => [.. Classifier.Explain(input).Lines.Select(l => l.Rule)];

    [Fact]
    public void An_explanation_carries_the_same_result_as_the_classification()
    {
        var input = Finished(18, 6, 12, 5);
        Assert.Equal(Classify(input), new OutcomeClassifier(RuleSet.ManualV4).Explain(input).Result);
    }

    [Fact]
    public void A_recovery_is_explained_with_its_scores_thresholds_rules_and_sources()
    {
        var explanation = new OutcomeClassifier(RuleSet.ManualV4).Explain(Finished(18, 6, 12, 5));
        var text = explanation.ToString();

        Assert.StartsWith("rule set: IAPT Manual v4 (2020.1)", text, StringComparison.Ordinal);
        Assert.Equal("phq9 scores: first 18 (at caseness), last 6 (below caseness); caseness is at or above 10 (M4 Table 6, Table 9)",
            Line(explanation, "phq9 scores"));
        Assert.Equal("gad7 scores: first 12 (at caseness), last 5 (below caseness); caseness is at or above 8 (M4 Table 6, Table 9)",
            Line(explanation, "gad7 scores"));
        Assert.Equal("reliable change on phq9: fell by 12 (reliable-change value 6, a change of at least that size is reliable): a reliable fall (NHSD reliable change values)",
            Line(explanation, "reliable change on phq9"));
        Assert.Equal("recovered: yes: at caseness at the start and both last scores below caseness (M4 §6.4.3 Recovery standard)",
            Line(explanation, "recovered"));
        Assert.Equal("reliable improvement: yes: phq9 and gad7 fell reliably and neither measure rose reliably (M4 §6.4.3 Reliable improvement and reliable recovery)",
            Line(explanation, "reliable improvement"));
        Assert.Contains("finished course of treatment: yes: ended with 2 treatment session(s)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_measures_that_decided_caseness_and_prevented_recovery_are_named()
    {
        var explanation = new OutcomeClassifier(RuleSet.ManualV4).Explain(Finished(16, 12, 12, 11));
        Assert.Equal("caseness at start: case: the first phq9 and gad7 scores are at caseness (M4 §6.4.3 Recovery standard: caseness on either measure at the start)",
            Line(explanation, "caseness at start"));
        Assert.Equal("recovered: no: the last phq9 and gad7 scores are at caseness (M4 §6.4.3 Recovery standard)",
            Line(explanation, "recovered"));
    }

    [Fact]
    public void A_change_exactly_at_the_reliable_change_value_is_explained_as_reliable()
    {
        var explanation = new OutcomeClassifier(RuleSet.ManualV4).Explain(Finished(16, 10, 9, 9));
        Assert.StartsWith("reliable change on phq9: fell by 6 (reliable-change value 6", Line(explanation, "reliable change on phq9"), StringComparison.Ordinal);
        Assert.EndsWith("a reliable fall (NHSD reliable change values)", Line(explanation, "reliable change on phq9"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_fallback_to_GAD7_and_its_flag_are_explained()
    {
        var input = Finished(15, 5, 12, 4, ProblemDescriptor.SocialAnxietyDisorder) with { Adsm = Pair(MeasureKeys.Spin, 40, null) };
        var explanation = new OutcomeClassifier(RuleSet.ManualV4).Explain(input);
        Assert.Equal("anxiety measure: gad7: spin has no first and last score, so the default anxiety measure is used (M4 Table 6 note, §6.2.1)",
            Line(explanation, "anxiety measure"));
        Assert.Equal("data quality: the descriptor calls for spin, which has no first and last score (M4 Table 7: ADSM not used when the descriptor calls for one)",
            Line(explanation, "data quality"));
    }

    [Fact]
    public void An_unfinished_course_is_explained_as_not_claimed()
    {
        var explanation = new OutcomeClassifier(RuleSet.ManualV4).Explain(Finished(15, 5, 12, 4) with { TreatmentSessions = 1 });
        Assert.Equal("outcomes: not claimed: the referral has not finished a course of treatment (M4 §6.4.3 Finishing a course of treatment)",
            Line(explanation, "outcomes"));
        Assert.DoesNotContain(explanation.Lines, l => l.Rule == "recovered");
    }

    [Fact]
    public void Missing_scores_are_named_in_the_explanation()
    {
        var explanation = new OutcomeClassifier(RuleSet.ManualV4).Explain(Finished(5, null, null, null));
        Assert.Equal("caseness at start: unknown: no first score is at caseness and the first gad7 score is missing (M4 §6.4.3 Recovery standard: caseness on either measure at the start)",
            Line(explanation, "caseness at start"));
        Assert.Equal("paired scores: no: phq9 has one score only, gad7 has no scores (M4 §6.2, §6.4.3, Table 9: first and last scores)",
            Line(explanation, "paired scores"));
    }

    [Fact]
    public void MI_item_means_are_shown_rounded_but_decided_exactly()
    {
        var input = FinishedOn(MeasureKeys.Mi, 12, 12, 2.35m, 1.62m);
        var explanation = new OutcomeClassifier(RuleSet.ManualV4).Explain(input);
        Assert.Contains("fell by 0.73 (reliable-change value 0.73", Line(explanation, "reliable change on mi"), StringComparison.Ordinal);
        Assert.Contains("[unconfirmed]", Line(explanation, "reliable change on mi"), StringComparison.Ordinal);
        Assert.Contains("strictly above 2.3", Line(explanation, "mi scores"), StringComparison.Ordinal);
    }

    // Each line of an explanation, one case per wording. The findings are compared whole, so a line that names the
    // wrong measure, the wrong branch or the wrong score fails here by name.

    [Fact]
    public void The_problem_descriptor_line_names_the_descriptor_and_the_measures_Table_6_recommends()
    {
        Assert.Equal(
            "problem descriptor: SocialAnxietyDisorder: recommended anxiety measure spin, depression measure phq9 (M4 Table 6)",
            Line(Classifier.Explain(Finished(15, 5, 12, 4, ProblemDescriptor.SocialAnxietyDisorder)), "problem descriptor"));
    }

    [Fact]
    public void A_descriptor_whose_recommended_measure_is_GAD7_says_so()
    {
        Assert.Equal("gad7: the descriptor's recommended measure",
            Finding(Finished(18, 6, 12, 5, ProblemDescriptor.GeneralisedAnxietyDisorder), "anxiety measure"));
    }

    [Fact]
    public void A_recommended_measure_that_does_not_count_for_recovery_is_replaced_by_GAD7_with_its_reason()
    {
        // M4 Table 6 (*): the BIQ is recommended for body dysmorphic disorder but is not a paired outcome measure.
        Assert.Equal(
            "anxiety measure: gad7: biq does not count for recovery in this rule set, so the default anxiety measure is used (M4 Table 6 (*), §6.2.2)",
            Line(Classifier.Explain(Finished(18, 6, 12, 5, ProblemDescriptor.BodyDysmorphicDisorder)), "anxiety measure"));
    }

    [Fact]
    public void A_paired_ADSM_is_named_as_the_anxiety_measure_used()
    {
        var input = new OutcomeInput
        {
            Descriptor = ProblemDescriptor.SocialAnxietyDisorder,
            TreatmentSessions = 2,
            Ended = true,
            Phq9 = Pair(MeasureKeys.Phq9, 15, 5),
            Adsm = Pair(MeasureKeys.Spin, 40, 10),
        };
        Assert.Equal("anxiety measure: spin: it has a first and a last score (M4 Table 6 note, §6.2.1)",
            Line(Classifier.Explain(input), "anxiety measure"));
        Assert.Equal("yes: phq9 has first and last scores, spin has first and last scores", Finding(input, "paired scores"));
        Assert.DoesNotContain("data quality", Rules(input));
    }

    [Fact]
    public void A_referral_that_has_not_ended_is_explained_as_not_ended()
    {
        Assert.Equal(
            "finished course of treatment: no: not ended with 2 treatment session(s); a course needs the referral ended after at least 2 (M4 §6.4.3 Finishing a course of treatment)",
            Line(Classifier.Explain(Finished(18, 6, 12, 5) with { Ended = false }), "finished course of treatment"));
    }

    [Fact]
    public void A_finished_course_without_paired_scores_claims_no_outcome()
    {
        var input = Finished(18, null, 12, 5);
        Assert.Equal(
            "outcomes: none: without paired PHQ-9 and anxiety scores no outcome is shown; only demonstrated recovery is claimed (M4 §6.4.3 Recovery standard)",
            Line(Classifier.Explain(input), "outcomes"));
        Assert.Equal("first 18 (at caseness), last missing; caseness is at or above 10", Finding(input, "phq9 scores"));
        Assert.DoesNotContain("recovered", Rules(input));
    }

    [Fact]
    public void The_steps_of_a_paired_finished_course_come_in_the_order_the_rules_apply()
    {
        Assert.Equal(
            [
                "problem descriptor", "anxiety measure", "finished course of treatment", "phq9 scores", "gad7 scores",
                "paired scores", "caseness at start", "reliable change on phq9", "reliable change on gad7", "recovered",
                "reliable improvement", "reliable deterioration", "no reliable change", "reliable recovery",
            ],
            Rules(Finished(18, 6, 12, 5)));
    }

    [Fact]
    public void A_referral_without_a_problem_descriptor_gets_a_data_quality_line()
    {
        Assert.Equal(
            "data quality: no problem descriptor recorded (M4 Table 7: no problem descriptor; Table 8: descriptor recorded)",
            Line(Classifier.Explain(Finished(18, 6, 12, 5, ProblemDescriptor.None)), "data quality"));
    }

    [Fact]
    public void Mixed_anxiety_and_depression_with_both_first_scores_at_caseness_gets_a_data_quality_line()
    {
        Assert.Equal(
            "data quality: mixed anxiety and depressive disorder recorded while the first PHQ-9 and anxiety scores are both at caseness (M4 §5.1.3, Table 7: mixed anxiety and depression used when criteria for both are met)",
            Line(Classifier.Explain(Finished(18, 6, 12, 5, ProblemDescriptor.MixedAnxietyAndDepression)), "data quality"));
    }

    [Fact]
    public void A_referral_with_no_data_quality_issue_has_no_data_quality_line()
    {
        Assert.DoesNotContain("data quality", Rules(Finished(18, 6, 12, 5)));
    }

    [Fact]
    public void Recovery_prevented_by_one_last_score_names_that_measure_only()
    {
        // The first GAD-7 score (12) is at caseness as well; only the last scores decide which measure prevented recovery.
        Assert.Equal("no: the last gad7 score is at caseness", Finding(Finished(16, 5, 12, 10), "recovered"));
        Assert.Equal("no: the last phq9 score is at caseness", Finding(Finished(16, 12, 12, 4), "recovered"));
    }

    [Fact]
    public void A_referral_not_at_caseness_at_the_start_is_not_recovered_for_that_reason()
    {
        var input = Finished(5, 3, 4, 2);
        Assert.Equal("no: not at caseness at the start", Finding(input, "recovered"));
        Assert.Equal("not a case: both first scores are below caseness", Finding(input, "caseness at start"));
        Assert.Equal("no: not recovered", Finding(input, "reliable recovery"));
    }

    [Fact]
    public void Caseness_at_the_start_on_one_measure_names_that_measure_only()
    {
        Assert.Equal("case: the first phq9 score is at caseness", Finding(Finished(12, 3, 5, 4), "caseness at start"));
        Assert.Equal("case: the first gad7 score is at caseness", Finding(Finished(5, 3, 12, 4), "caseness at start"));
    }

    [Fact]
    public void Unknown_caseness_names_each_missing_first_score()
    {
        Assert.Equal("unknown: no first score is at caseness and the first phq9 score is missing",
            Finding(Finished(null, 6, 5, 5), "caseness at start"));
        Assert.Equal("unknown: no first score is at caseness and the first phq9 and gad7 scores are missing",
            Finding(Finished(null, 5, null, null), "caseness at start"));
    }

    [Fact]
    public void A_measure_with_only_a_last_score_has_one_score_only()
    {
        Assert.Equal("no: phq9 has one score only, gad7 has no scores", Finding(Finished(null, 5, null, null), "paired scores"));
    }

    [Fact]
    public void A_reliable_rise_on_PHQ9_alone_is_a_reliable_deterioration()
    {
        var input = Finished(10, 17, 5, 5);
        Assert.Equal("rose by 7 (reliable-change value 6, a change of at least that size is reliable): a reliable rise",
            Finding(input, "reliable change on phq9"));
        Assert.Equal("did not change (reliable-change value 4, a change of at least that size is reliable): not a reliable change",
            Finding(input, "reliable change on gad7"));
        Assert.Equal("no: neither measure fell by its reliable-change value", Finding(input, "reliable improvement"));
        Assert.Equal(
            "reliable deterioration: yes: phq9 rose reliably and neither measure fell reliably (NHSD reliable deterioration)",
            Line(Classifier.Explain(input), "reliable deterioration"));
        Assert.Equal("no reliable change: no: reliably deteriorated (NHSD no reliable change)",
            Line(Classifier.Explain(input), "no reliable change"));
    }

    [Fact]
    public void A_reliable_fall_on_one_measure_and_a_reliable_rise_on_the_other_is_neither_improvement_nor_deterioration()
    {
        var input = Finished(18, 6, 4, 12);
        Assert.Equal("no: phq9 fell reliably but gad7 rose reliably", Finding(input, "reliable improvement"));
        Assert.Equal("no: gad7 rose reliably but phq9 fell reliably", Finding(input, "reliable deterioration"));
        Assert.Equal("rose by 8 (reliable-change value 4, a change of at least that size is reliable): a reliable rise",
            Finding(input, "reliable change on gad7"));
    }

    [Fact]
    public void A_reliable_fall_on_PHQ9_alone_names_PHQ9_as_the_measure_that_fell()
    {
        Assert.Equal("yes: phq9 fell reliably and neither measure rose reliably", Finding(Finished(16, 5, 12, 10), "reliable improvement"));
    }

    [Fact]
    public void A_rise_smaller_than_the_reliable_change_value_is_not_a_reliable_change()
    {
        var input = Finished(10, 12, 8, 8);
        Assert.Equal("rose by 2 (reliable-change value 6, a change of at least that size is reliable): not a reliable change",
            Finding(input, "reliable change on phq9"));
        Assert.Equal("no: neither measure rose by its reliable-change value", Finding(input, "reliable deterioration"));
    }

    [Fact]
    public void Recovery_without_a_reliable_change_is_no_reliable_change_and_not_reliable_recovery()
    {
        var input = Finished(10, 9, 8, 7);
        Assert.Equal(
            "no reliable change: yes: paired scores with neither reliable improvement nor reliable deterioration (NHSD no reliable change)",
            Line(Classifier.Explain(input), "no reliable change"));
        Assert.Equal(
            "reliable recovery: no: recovered but not reliably improved (M4 §6.4.3 Reliable improvement and reliable recovery)",
            Line(Classifier.Explain(input), "reliable recovery"));
        Assert.Equal("fell by 1 (reliable-change value 6, a change of at least that size is reliable): not a reliable change",
            Finding(input, "reliable change on phq9"));
    }

    [Fact]
    public void A_reliable_recovery_is_explained_on_every_outcome_line()
    {
        var explanation = Classifier.Explain(Finished(18, 6, 12, 5));
        Assert.Equal("reliable deterioration: no: neither measure rose by its reliable-change value (NHSD reliable deterioration)",
            Line(explanation, "reliable deterioration"));
        Assert.Equal("no reliable change: no: reliably improved (NHSD no reliable change)", Line(explanation, "no reliable change"));
        Assert.Equal("reliable recovery: yes: recovered and reliably improved (M4 §6.4.3 Reliable improvement and reliable recovery)",
            Line(explanation, "reliable recovery"));
    }

    /// <summary>Any referral: the yes or no of each outcome line is the classification's own answer.</summary>
    [Property]
    public Property Each_outcome_line_answers_as_the_classification_does() =>
        Prop.ForAll(
            Gen.Choose(0, 27).Four().ToArbitrary(),
            scores =>
            {
                var (p1, p2, g1, g2) = (scores.Item1, scores.Item2, Math.Min(scores.Item3, 21), Math.Min(scores.Item4, 21));
                var explanation = Classifier.Explain(Finished(p1, p2, g1, g2));
                var result = explanation.Result;
                string Answer(bool? value) => value == true ? "yes" : "no";
                bool Says(string rule, bool? value) =>
                    explanation.Lines.Single(l => l.Rule == rule).Finding.StartsWith(Answer(value) + ":", StringComparison.Ordinal);
                return Says("recovered", result.Recovered)
                    && Says("reliable improvement", result.ReliableImprovement)
                    && Says("reliable deterioration", result.ReliableDeterioration)
                    && Says("no reliable change", result.NoReliableChange)
                    && Says("reliable recovery", result.ReliableRecovery);
            });
}

using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using static Iapt.Rules.Tests.Outcomes.Referral;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Outcomes;

/// <summary>Explanations: the scores used, the thresholds, the deciding rule with its source and the rule set.</summary>
public class OutcomeExplanationTests
{
    private static string Line(OutcomeExplanation explanation, string rule) =>
        explanation.Lines.Single(l => l.Rule == rule).ToString();

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
}

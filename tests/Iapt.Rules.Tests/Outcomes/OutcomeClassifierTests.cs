using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using static Iapt.Rules.Tests.Outcomes.Referral;
using Iapt.Rules.Provenance;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Tests.Outcomes;

/// <summary>The outcome rules of reference §4 beyond the numeric boundaries: finishing, pairing, the anxiety measure and the flags.</summary>
public class OutcomeClassifierTests
{
    [Theory]
    [InlineData(true, 1, false)]
    [InlineData(true, 2, true)]
    [InlineData(true, 3, true)]
    [InlineData(false, 2, false)]
    [InlineData(false, 20, false)]
    [InlineData(true, 0, false)]
    public void A_course_is_finished_when_ended_after_at_least_two_treatment_sessions(bool ended, int sessions, bool finished)
    {
        var input = Finished(20, 5, 15, 3) with { Ended = ended, TreatmentSessions = sessions };
        Assert.Equal(finished, Classify(input).Finished);
    }

    [Fact]
    public void An_unfinished_course_claims_no_outcome_but_still_has_its_measure_caseness_and_pairing()
    {
        var result = Classify(Finished(20, 5, 15, 3) with { Ended = false });
        Assert.False(result.Finished);
        Assert.Null(result.Recovered);
        Assert.Null(result.ReliableImprovement);
        Assert.Null(result.ReliableDeterioration);
        Assert.Null(result.NoReliableChange);
        Assert.Null(result.ReliableRecovery);
        Assert.Equal(ClinicalOutcomes.None, result.Outcomes);
        Assert.Equal(MeasureKeys.Gad7, result.AnxietyMeasure.Key);
        Assert.Equal(CasenessAtStart.Case, result.CasenessAtStart);
        Assert.True(result.Paired);
    }

    [Theory]
    [InlineData(20, null, 15, 3)]
    [InlineData(null, 5, 15, 3)]
    [InlineData(20, 5, 15, null)]
    [InlineData(20, 5, null, null)]
    public void A_finished_course_without_paired_scores_has_every_outcome_false(int? phq9First, int? phq9Last, int? gad7First, int? gad7Last)
    {
        var result = Classify(Finished(phq9First, phq9Last, gad7First, gad7Last));
        Assert.True(result.Finished);
        Assert.False(result.Paired);
        Assert.False(result.Recovered);
        Assert.False(result.ReliableImprovement);
        Assert.False(result.ReliableDeterioration);
        Assert.False(result.NoReliableChange);
        Assert.False(result.ReliableRecovery);
    }

    [Theory]
    [InlineData(12, null, CasenessAtStart.Case)] // PHQ-9 at caseness decides alone
    [InlineData(null, 9, CasenessAtStart.Case)] // GAD-7 at caseness decides alone
    [InlineData(5, null, CasenessAtStart.Unknown)] // PHQ-9 below, GAD-7 missing
    [InlineData(null, 3, CasenessAtStart.Unknown)]
    [InlineData(null, null, CasenessAtStart.Unknown)]
    [InlineData(5, 3, CasenessAtStart.NotCase)]
    public void Caseness_at_start_is_unknown_only_when_a_first_score_below_caseness_lacks_its_partner(
        int? phq9First, int? gad7First, CasenessAtStart expected)
    {
        Assert.Equal(expected, Classify(Finished(phq9First, 0, gad7First, 0)).CasenessAtStart);
    }

    [Fact]
    public void A_referral_not_at_caseness_at_the_start_cannot_recover_but_can_reliably_improve()
    {
        var result = Classify(Finished(9, 2, 7, 0));
        Assert.Equal(CasenessAtStart.NotCase, result.CasenessAtStart);
        Assert.False(result.Recovered);
        Assert.True(result.ReliableImprovement);
        Assert.False(result.ReliableRecovery);
    }

    [Fact]
    public void A_reliable_fall_on_one_measure_and_a_reliable_rise_on_the_other_is_no_reliable_change()
    {
        var result = Classify(Finished(20, 10, 5, 12));
        Assert.False(result.ReliableImprovement);
        Assert.False(result.ReliableDeterioration);
        Assert.True(result.NoReliableChange);
    }

    [Fact]
    public void The_ADSM_is_the_anxiety_measure_when_it_is_paired()
    {
        var input = FinishedOn(MeasureKeys.Spin, 15, 5, 40, 10) with { Gad7 = Pair(MeasureKeys.Gad7, 15, 15) };
        var result = Classify(input);
        Assert.Equal(MeasureKeys.Spin, result.AnxietyMeasure.Key);
        Assert.True(result.Recovered);
        Assert.Equal(DataQualityIssues.None, result.DataQuality);
    }

    [Theory]
    [InlineData(40, null)]
    [InlineData(null, 10)]
    [InlineData(null, null)]
    public void GAD7_is_used_and_the_ADSM_flagged_when_the_ADSM_pair_is_missing(int? spinFirst, int? spinLast)
    {
        var input = new OutcomeInput
        {
            Descriptor = ProblemDescriptor.SocialAnxietyDisorder,
            TreatmentSessions = 4,
            Ended = true,
            Phq9 = Pair(MeasureKeys.Phq9, 15, 5),
            Gad7 = Pair(MeasureKeys.Gad7, 12, 4),
            Adsm = Pair(MeasureKeys.Spin, spinFirst, spinLast),
        };
        var result = Classify(input);
        Assert.Equal(MeasureKeys.Gad7, result.AnxietyMeasure.Key);
        Assert.True(result.Recovered);
        Assert.Equal(DataQualityIssues.AdsmNotPaired, result.DataQuality);
    }

    [Fact]
    public void Scores_on_an_ADSM_the_descriptor_does_not_call_for_are_ignored()
    {
        var input = Finished(15, 5, 12, 4, ProblemDescriptor.ObsessiveCompulsiveDisorder) with
        {
            Adsm = Pair(MeasureKeys.Spin, 40, 10),
        };
        var result = Classify(input);
        Assert.Equal(MeasureKeys.Gad7, result.AnxietyMeasure.Key);
        Assert.Equal(DataQualityIssues.AdsmNotPaired, result.DataQuality);
    }

    [Theory]
    [InlineData(ProblemDescriptor.BodyDysmorphicDisorder)]
    [InlineData(ProblemDescriptor.IrritableBowelSyndrome)]
    [InlineData(ProblemDescriptor.ChronicFatigueSyndrome)]
    [InlineData(ProblemDescriptor.MedicallyUnexplainedSymptoms)]
    public void A_starred_measure_is_not_used_and_not_flagged_under_manual_v4(ProblemDescriptor descriptor)
    {
        var result = Classify(Finished(15, 5, 12, 4, descriptor));
        Assert.Equal(MeasureKeys.Gad7, result.AnxietyMeasure.Key);
        Assert.Equal(DataQualityIssues.None, result.DataQuality);
    }

    [Fact]
    public void No_problem_descriptor_is_flagged()
    {
        var result = Classify(Finished(15, 5, 12, 4, ProblemDescriptor.None));
        Assert.Equal(DataQualityIssues.NoProblemDescriptor, result.DataQuality);
        Assert.Equal(MeasureKeys.Gad7, result.AnxietyMeasure.Key);
    }

    [Theory]
    [InlineData(10, 8, true)] // both at caseness: both disorders meet criteria
    [InlineData(9, 8, false)]
    [InlineData(10, 7, false)]
    [InlineData(10, null, false)]
    public void Mixed_anxiety_and_depression_is_flagged_when_both_first_scores_are_at_caseness(
        int phq9First, int? gad7First, bool flagged)
    {
        var result = Classify(Finished(phq9First, 0, gad7First, 0, ProblemDescriptor.MixedAnxietyAndDepression));
        Assert.Equal(flagged, (result.DataQuality & DataQualityIssues.MixedAnxietyDepressionAtCaseness) != 0);
    }

    [Fact]
    public void A_score_on_the_wrong_measure_in_the_PHQ9_slot_is_a_programmer_error()
    {
        var input = Finished(15, 5, 12, 4) with { Phq9 = Pair(MeasureKeys.Gad7, 15, 5) };
        Assert.Throws<ArgumentException>(() => Classify(input));
    }

    [Fact]
    public void A_negative_session_count_is_a_programmer_error()
    {
        Assert.Throws<ArgumentException>(() => new OutcomeInput { TreatmentSessions = -1 });
    }

    [Fact]
    public void A_rule_set_can_require_more_sessions_for_a_course()
    {
        var rules = RuleSet.ManualV4 with
        {
            Outcomes = new OutcomeRules { MinimumTreatmentSessions = new Sourced<int>(3, new Source("LOCAL", "protocol")) },
        };
        var classifier = new OutcomeClassifier(rules);
        Assert.False(classifier.Classify(Finished(20, 5, 15, 3)).Finished);
        Assert.True(classifier.Classify(Finished(20, 5, 15, 3) with { TreatmentSessions = 3 }).Finished);
        Assert.Same(rules, classifier.Classify(Finished(20, 5, 15, 3)).RuleSet);
    }

    [Fact]
    public void The_result_says_which_rule_set_produced_it()
    {
        Assert.Same(RuleSet.ManualV4, Classify(Finished(20, 5, 15, 3)).RuleSet);
    }
}

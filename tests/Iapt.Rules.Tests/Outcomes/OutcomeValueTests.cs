using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using static Iapt.Rules.Tests.Outcomes.Referral;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Tests.Outcomes;

/// <summary>The small values outcomes are made of: pairs, results, rates, and scores from another rule set.</summary>
public class OutcomeValueTests
{
    [Fact]
    public void Pairs_are_equal_only_when_both_scores_are()
    {
        var pair = Pair(MeasureKeys.Phq9, 18, 6);
        Assert.True(pair == Pair(MeasureKeys.Phq9, 18, 6));
        Assert.True(pair != Pair(MeasureKeys.Phq9, 18, 7));
        Assert.True(pair != Pair(MeasureKeys.Phq9, 17, 6));
        Assert.True(pair != Pair(MeasureKeys.Phq9, 18, null));
        Assert.False(pair.Equals(Pair(MeasureKeys.Phq9, 17, 7)));
    }

    [Fact]
    public void A_pair_reads_as_its_first_and_last_scores()
    {
        Assert.Equal("phq9 18 -> phq9 6", Pair(MeasureKeys.Phq9, 18, 6).ToString());
        Assert.Equal("- -> gad7 4", Pair(MeasureKeys.Gad7, null, 4).ToString());
        Assert.Equal("gad7 9 -> -", Pair(MeasureKeys.Gad7, 9, null).ToString());
    }

    [Fact]
    public void A_result_reads_as_its_finish_measure_caseness_pairing_and_outcomes()
    {
        var classifier = new OutcomeClassifier(RuleSet.ManualV4);
        Assert.Equal("finished gad7 Case paired Recovered, ReliableImprovement, ReliableRecovery",
            classifier.Classify(Finished(18, 6, 12, 5)).ToString());
        Assert.Equal("not_finished gad7 Case unpaired None",
            classifier.Classify(Finished(18, null, 12, null) with { TreatmentSessions = 1 }).ToString());
    }

    [Fact]
    public void Results_are_equal_when_they_say_the_same_and_differ_otherwise()
    {
        var classifier = new OutcomeClassifier(RuleSet.ManualV4);
        var recovered = classifier.Classify(Finished(18, 6, 12, 5));
        Assert.True(recovered == classifier.Classify(Finished(17, 5, 11, 4)));
        Assert.True(recovered != classifier.Classify(Finished(18, 12, 12, 5)));
        Assert.True(recovered != classifier.Classify(Finished(18, 6, 12, 5) with { Descriptor = ProblemDescriptor.GeneralisedAnxietyDisorder }));
        Assert.True(recovered != new OutcomeClassifier(RuleSet.ManualV4 with { Version = "local" }).Classify(Finished(18, 6, 12, 5)));
        Assert.False(recovered.Equals(default(OutcomeResult)));
    }

    [Fact]
    public void A_rate_is_its_count_over_its_denominator()
    {
        Assert.Equal(0.25m, new OutcomeRate(1, 4).Value);
        Assert.Equal(1.5m, new OutcomeRate(3, 2).Value);
        Assert.Null(new OutcomeRate(0, 0).Value);
    }

    [Fact]
    public void Rates_counted_apart_add_up_every_count()
    {
        var a = new OutcomeRates();
        a.Add(new OutcomeClassifier(RuleSet.ManualV4).Classify(Finished(18, 6, 12, 5)));
        var b = new OutcomeRates();
        b.Add(new OutcomeClassifier(RuleSet.ManualV4).Classify(Finished(17, 5, 11, 4)));
        b.Add(new OutcomeClassifier(RuleSet.ManualV4).Classify(Finished(9, 2, 7, 1)));
        a.Add(b);
        Assert.Equal((3L, 2L, 3L, 2L, 1L), (a.Finished, a.Recovered, a.ReliablyImproved, a.ReliablyRecovered, a.FinishedNotAtCaseness));
    }

    [Fact]
    public void Scores_made_with_another_instance_of_the_same_measure_are_accepted()
    {
        // A custom rule set that re-words GAD-7 holds a different instance with the same key and numbers.
        var rules = RuleSet.ManualV4.WithMeasure(RuleSet.ManualV4.Measures[MeasureKeys.Gad7] with { Name = "GAD-7 (local wording)" });
        var classifier = new OutcomeClassifier(rules);
        Assert.NotSame(RuleSet.ManualV4.Measures[MeasureKeys.Gad7], classifier.DefaultAnxietyMeasure);
        var result = classifier.Classify(Finished(18, 6, 12, 5));
        Assert.True(result.Paired);
        Assert.True(result.Recovered);
    }

    [Fact]
    public void A_default_score_in_a_pair_is_reported_as_a_score_on_the_wrong_measure()
    {
        var input = Finished(18, 6, 12, 5) with { Gad7 = new ScorePair(default(Score), Score(MeasureKeys.Gad7, 5)) };
        Assert.Throws<ArgumentException>(() => new OutcomeClassifier(RuleSet.ManualV4).Classify(input));
    }

    [Fact]
    public void A_value_outside_the_descriptors_is_a_programmer_error()
    {
        var outside = (ProblemDescriptor)Enum.GetValues<ProblemDescriptor>().Length;
        Assert.Throws<ArgumentOutOfRangeException>(() => new OutcomeClassifier(RuleSet.ManualV4).RecommendedMeasure(outside));
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleSet.ManualV4.Descriptors[outside]);
    }
}

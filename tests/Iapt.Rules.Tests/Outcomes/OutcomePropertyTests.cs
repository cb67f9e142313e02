using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Tests.Outcomes;

/// <summary>Invariants of the outcome definitions (reference §4) over any referral.</summary>
public class OutcomePropertyTests
{
    private static readonly OutcomeClassifier Classifier = new OutcomeClassifier(RuleSet.ManualV4);

    /// <summary>A valid score on a measure: a whole total in range, or an MI mean in hundredths from 1.00 to 5.00.</summary>
    private static Gen<Score?> ScoreOn(MeasureDefinition measure) =>
        measure.Method == ScoringMethod.ItemMean
            ? Gen.Choose(100, 500).Select(h => (Score?)measure.ScoreTotal(h / 100m).AsT0)
            : Gen.Choose((int)measure.TotalMinimum!.Value, (int)measure.TotalMaximum!.Value)
                .Select(t => (Score?)measure.ScoreTotal(t).AsT0);

    private static Gen<Score?> MaybeScoreOn(MeasureDefinition measure) =>
        Gen.Frequency((1, Gen.Constant<Score?>(null)), (5, ScoreOn(measure)));

    private static Gen<ScorePair> PairOn(MeasureDefinition measure) =>
        MaybeScoreOn(measure).Two().Select(p => new ScorePair(p.Item1, p.Item2));

    /// <summary>Any referral: any descriptor, 0-4 sessions, ended or not, scores present or missing on PHQ-9, GAD-7 and the descriptor's measure.</summary>
    private static Gen<OutcomeInput> Referrals() =>
        from descriptor in Gen.Elements(Enum.GetValues<ProblemDescriptor>())
        from sessions in Gen.Choose(0, 4)
        from ended in Gen.Elements(true, false)
        from phq9 in PairOn(Classifier.DepressionMeasure)
        from gad7 in PairOn(Classifier.DefaultAnxietyMeasure)
        from adsm in Classifier.CallsForAdsm(descriptor)
            ? PairOn(Classifier.RecommendedMeasure(descriptor))
            : Gen.Constant(ScorePair.None)
        select new OutcomeInput
        {
            Descriptor = descriptor,
            TreatmentSessions = sessions,
            Ended = ended,
            Phq9 = phq9,
            Gad7 = gad7,
            Adsm = adsm,
        };

    /// <summary>Finished referrals with every score present.</summary>
    private static Gen<OutcomeInput> FinishedPairedReferrals() =>
        Referrals().Select(r => r with
        {
            Ended = true,
            TreatmentSessions = Math.Max(2, r.TreatmentSessions),
        }).Where(r => Classifier.Classify(r).Paired);

    private static ScorePair Swap(ScorePair pair) => new(pair.Last, pair.First);

    [Property]
    public Property Reliable_recovery_implies_recovery_and_reliable_improvement() =>
        Prop.ForAll(Referrals().ToArbitrary(), input =>
        {
            var result = Classifier.Classify(input);
            return result.ReliableRecovery != true || (result.Recovered == true && result.ReliableImprovement == true);
        });

    [Property]
    public Property Reliable_improvement_and_reliable_deterioration_never_both_hold() =>
        Prop.ForAll(Referrals().ToArbitrary(), input =>
        {
            var result = Classifier.Classify(input);
            return !(result.ReliableImprovement == true && result.ReliableDeterioration == true);
        });

    [Property]
    public Property Recovery_implies_caseness_at_the_start() =>
        Prop.ForAll(Referrals().ToArbitrary(), input =>
        {
            var result = Classifier.Classify(input);
            return result.Recovered != true || result.CasenessAtStart == CasenessAtStart.Case;
        });

    [Property]
    public Property Unpaired_scores_give_no_outcome() =>
        Prop.ForAll(Referrals().ToArbitrary(), input =>
        {
            var result = Classifier.Classify(input);
            return result.Paired || result.Outcomes == ClinicalOutcomes.None;
        });

    [Property]
    public Property An_unfinished_course_claims_no_outcome() =>
        Prop.ForAll(Referrals().ToArbitrary(), input =>
        {
            var result = Classifier.Classify(input);
            return result.Finished
                   || (result.Recovered is null && result.ReliableImprovement is null && result.ReliableDeterioration is null
                       && result.NoReliableChange is null && result.ReliableRecovery is null);
        });

    [Property]
    public Property Swapping_first_and_last_scores_turns_improvement_into_deterioration() =>
        Prop.ForAll(Referrals().ToArbitrary(), input =>
        {
            var result = Classifier.Classify(input);
            var swapped = Classifier.Classify(input with { Phq9 = Swap(input.Phq9), Gad7 = Swap(input.Gad7), Adsm = Swap(input.Adsm) });
            return result.ReliableImprovement == swapped.ReliableDeterioration
                   && result.ReliableDeterioration == swapped.ReliableImprovement
                   && result.NoReliableChange == swapped.NoReliableChange;
        });

    [Property]
    public Property Every_finished_paired_referral_is_exactly_one_of_improved_deteriorated_or_unchanged() =>
        Prop.ForAll(FinishedPairedReferrals().ToArbitrary(), input =>
        {
            var result = Classifier.Classify(input);
            int count = (result.ReliableImprovement == true ? 1 : 0)
                        + (result.ReliableDeterioration == true ? 1 : 0)
                        + (result.NoReliableChange == true ? 1 : 0);
            return result.Finished && result.Paired && count == 1;
        });

    [Property]
    public Property The_anxiety_measure_is_the_descriptors_measure_exactly_when_that_is_paired_and_counts() =>
        Prop.ForAll(Referrals().ToArbitrary(), input =>
        {
            var result = Classifier.Classify(input);
            var expected = RuleSet.ManualV4.ChooseAnxietyMeasure(input.Descriptor, input.Adsm.IsPaired);
            return ReferenceEquals(expected, result.AnxietyMeasure);
        });

    [Property]
    public Property An_explanation_always_agrees_with_the_classification() =>
        Prop.ForAll(Referrals().ToArbitrary(), input =>
            Classifier.Explain(input).Result == Classifier.Classify(input));
}

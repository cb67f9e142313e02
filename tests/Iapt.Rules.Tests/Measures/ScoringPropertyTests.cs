using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Measures;

/// <summary>Invariants of scoring that hold for every valid set of answers.</summary>
public class ScoringPropertyTests
{
    private static readonly MeasureDefinition[] Summed =
        [.. RuleSet.ManualV4.Measures.Where(m => m.IsScorable && m.Method == ScoringMethod.Sum)];

    /// <summary>A summed measure of the catalogue and a valid set of answers for it.</summary>
    private static Arbitrary<(MeasureDefinition Measure, int[] Items)> ValidAnswers() =>
        Gen.Elements(Summed)
            .SelectMany(m => Gen.Choose(m.ItemMinimum, m.ItemMaximum).ArrayOf(m.ItemCount!.Value), (m, items) => (m, items))
            .ToArbitrary();

    [Property]
    public Property The_total_is_the_sum_of_the_items() =>
        Prop.ForAll(ValidAnswers(), input =>
            input.Measure.ScoreItems(input.Items).AsT0.Value == input.Items.Sum());

    [Property]
    public Property Permuting_the_items_never_changes_the_total_of_a_summed_measure() =>
        Prop.ForAll(
            ValidAnswers().Generator
                .SelectMany(input => Gen.Shuffle(input.Items), (input, shuffled) => (input.Measure, input.Items, Shuffled: shuffled))
                .ToArbitrary(),
            input => input.Measure.ScoreItems(input.Items).AsT0.Value == input.Measure.ScoreItems(input.Shuffled).AsT0.Value);

    [Property]
    public Property Caseness_is_monotone_in_the_total() =>
        Prop.ForAll(
            Gen.Elements(Summed.Where(m => m.Caseness is not null).ToArray())
                .SelectMany(m => Gen.Two(Gen.Choose(0, (int)m.TotalMaximum!.Value)), (m, pair) => (m, Low: Math.Min(pair.Item1, pair.Item2), High: Math.Max(pair.Item1, pair.Item2)))
                .ToArbitrary(),
            input => !(input.m.ScoreTotal(input.Low).AsT0.IsCase == true) || input.m.ScoreTotal(input.High).AsT0.IsCase == true);

    [Property]
    public Property Scoring_from_items_and_from_the_recorded_total_agree_on_caseness_and_severity() =>
        Prop.ForAll(ValidAnswers(), input =>
        {
            var fromItems = input.Measure.ScoreItems(input.Items).AsT0;
            var fromTotal = input.Measure.ScoreTotal(input.Items.Sum()).AsT0;
            return fromItems.IsCase == fromTotal.IsCase && fromItems.Severity == fromTotal.Severity;
        });

    /// <summary>TryScoreTotal is ScoreTotal(int) without the error: the same score when in range, false exactly when ScoreTotal fails.</summary>
    [Property]
    public Property Trying_a_whole_total_agrees_with_scoring_it() =>
        Prop.ForAll(
            Gen.Elements(RuleSet.ManualV4.Measures.ToArray())
                .SelectMany(_ => Gen.Choose(-5, 600), (m, total) => (m, total))
                .ToArbitrary(),
            input =>
            {
                var scored = input.m.ScoreTotal(input.total);
                bool tried = input.m.TryScoreTotal(input.total, out var score);
                return tried ? scored.IsT0 && scored.AsT0.Equals(score) : scored.IsT1 && score.Equals(default(Score));
            });

    [Property]
    public Property Any_answers_give_a_score_or_a_typed_error_never_an_exception() =>
        Prop.ForAll(
            Gen.Elements(RuleSet.ManualV4.Measures.ToArray())
                .SelectMany(_ => Gen.Choose(-2, 120).ArrayOf(), (m, items) => (m, items))
                .ToArbitrary(),
            input =>
            {
                var result = input.m.ScoreItems(input.items);
                return result.Match(
                    score => score.Value >= input.m.TotalMinimum && score.Value <= input.m.TotalMaximum,
                    error => error.Message.StartsWith(error.Field, StringComparison.Ordinal));
            });

    [Property]
    public Property The_MI_score_is_the_exact_item_mean() =>
        Prop.ForAll(
            Gen.Choose(1, 5).ArrayOf(27).ToArbitrary(),
            items => RuleSet.ManualV4.Measures[MeasureKeys.Mi].ScoreItems(items).AsT0.Value == (decimal)items.Sum() / 27);
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.Measures;

/// <summary>Invariants of not-applicable items, item answers and measure names, for every input.</summary>
public class NotApplicablePropertyTests
{
    private static readonly MeasureDefinition[] WithRule =
        [.. RuleSet.ManualV4.Measures.Where(m => m.NotApplicable is not null)];

    private static readonly MeasureDefinition[] Scorable = [.. RuleSet.ManualV4.Measures.Where(m => m.IsScorable)];

    /// <summary>A measure with a not-applicable rule and valid answers, the allowed item marked not applicable.</summary>
    private static Arbitrary<(MeasureDefinition Measure, int[] Items, int Position)> WithNotApplicable() =>
        Gen.Elements(WithRule)
            .SelectMany(m => Gen.Choose(m.ItemMinimum, m.ItemMaximum).ArrayOf(m.ItemCount!.Value), (m, items) => (m, items, m.NotApplicable!.Positions[0]))
            .ToArbitrary();

    private static ItemAnswer[] Answers(int[] items, int position, ItemAnswer at) =>
        [.. items.Select((value, i) => i + 1 == position ? at : (ItemAnswer)value)];

    [Property]
    public Property Not_applicable_always_scores_where_allowed_and_missing_never_does() =>
        Prop.ForAll(WithNotApplicable(), x =>
            x.Measure.ScoreItems(Answers(x.Items, x.Position, ItemAnswer.NotApplicable)).IsT0
            && x.Measure.ScoreItems(Answers(x.Items, x.Position, ItemAnswer.Missing)).AsT1.Kind == ScoringErrorKind.MissingItems);

    [Property]
    public Property The_total_without_the_item_is_the_sum_of_the_others_and_reads_the_same_bands() =>
        Prop.ForAll(WithNotApplicable(), x =>
        {
            var score = x.Measure.ScoreItems(Answers(x.Items, x.Position, ItemAnswer.NotApplicable)).AsT0;
            int others = x.Items.Where((_, i) => i + 1 != x.Position).Sum();
            return score.WholeValue == others && score.Severity == x.Measure.ScoreTotal(others).AsT0.Severity && score.NotApplicableItems == 1;
        });

    [Property]
    public Property Not_applicable_never_scores_more_than_answering_the_item() =>
        Prop.ForAll(WithNotApplicable(), x =>
            x.Measure.ScoreItems(Answers(x.Items, x.Position, ItemAnswer.NotApplicable)).AsT0.Value
                <= x.Measure.ScoreItems(x.Items).AsT0.Value);

    [Property]
    public Property Permuting_the_applicable_items_never_changes_the_total() =>
        Prop.ForAll(
            WithNotApplicable().Generator
                .SelectMany(x => Gen.Shuffle(x.Items.Where((_, i) => i + 1 != x.Position).ToArray()), (x, shuffled) => (x.Measure, x.Items, x.Position, Shuffled: shuffled))
                .ToArbitrary(),
            x =>
            {
                var shuffled = x.Shuffled.ToList();
                shuffled.Insert(x.Position - 1, 0);
                return x.Measure.ScoreItems(Answers(x.Items, x.Position, ItemAnswer.NotApplicable)).AsT0.Value
                    == x.Measure.ScoreItems(Answers([.. shuffled], x.Position, ItemAnswer.NotApplicable)).AsT0.Value;
            });

    [Property]
    public Property Prorating_is_the_nearest_whole_number_to_the_scaled_sum() =>
        Prop.ForAll(WithNotApplicable(), x =>
        {
            var prorated = x.Measure with
            {
                NotApplicable = x.Measure.NotApplicable! with
                {
                    Scoring = new Sourced<NotApplicableScoring>(NotApplicableScoring.ProratedToAllItems, new Source("LOCAL", "x")),
                },
            };
            int count = x.Measure.ItemCount!.Value;
            int others = x.Items.Where((_, i) => i + 1 != x.Position).Sum();
            decimal exact = (decimal)others * count / (count - 1);
            decimal total = prorated.ScoreItems(Answers(x.Items, x.Position, ItemAnswer.NotApplicable)).AsT0.Value;
            return total == Math.Round(exact, 0, MidpointRounding.AwayFromZero) && total <= x.Measure.TotalMaximum;
        });

    [Property]
    public Property Fully_answered_items_score_the_same_as_plain_numbers() =>
        Prop.ForAll(
            Gen.Elements(Scorable)
                .SelectMany(m => Gen.Choose(m.ItemMinimum - 1, m.ItemMaximum + 1).ArrayOf(m.ItemCount!.Value), (m, items) => (m, items))
                .ToArbitrary(),
            x =>
            {
                var plain = x.m.ScoreItems(x.items);
                var answers = x.m.ScoreItems([.. x.items.Select(i => (ItemAnswer)i)]);
                return plain.IsT0
                    ? answers.IsT0 && answers.AsT0 == plain.AsT0
                    : answers.IsT1 && answers.AsT1.Kind == plain.AsT1.Kind && answers.AsT1.Message == plain.AsT1.Message;
            });

    /// <summary>Any key, in any case, with dashes, underscores, dots or spaces between its characters, finds its measure.</summary>
    [Property]
    public Property A_key_written_with_any_case_and_punctuation_finds_its_measure() =>
        Prop.ForAll(
            Gen.Elements(RuleSet.ManualV4.Measures.ToArray())
                .SelectMany(m => Gen.Elements("", "", "-", "_", " ", ".").ArrayOf(m.Key.Length), (m, separators) => (m, separators))
                .SelectMany(x => Gen.Elements(true, false).ArrayOf(x.m.Key.Length), (x, upper) => (x.m, x.separators, upper))
                .ToArbitrary(),
            x =>
            {
                string written = string.Concat(x.m.Key.Select((c, i) => (x.upper[i] ? char.ToUpperInvariant(c) : c) + x.separators[i]));
                return RuleSet.ManualV4.Measures.TryGet(written, out var found) && ReferenceEquals(found, x.m);
            });

    [Property]
    public Property The_MI_mean_is_written_with_two_decimals_within_half_a_hundredth_of_its_value() =>
        Prop.ForAll(Gen.Choose(1, 5).ArrayOf(27).ToArbitrary(), items =>
        {
            var score = RuleSet.ManualV4.Measures[MeasureKeys.Mi].ScoreItems(items).AsT0;
            string written = score.FormatValue();
            decimal value = decimal.Parse(written, System.Globalization.CultureInfo.InvariantCulture);
            return written.Length == 4 && written[1] == '.' && Math.Abs(value - score.Value) <= 0.005m;
        });
}

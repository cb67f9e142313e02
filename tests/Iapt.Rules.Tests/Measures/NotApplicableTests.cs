using System.Collections.Immutable;
using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.Measures;

/// <summary>Not-applicable items (WSAS item 1, PHQ-15 item 4): allowed positions, the total and bands, errors, custom rules.</summary>
public class NotApplicableTests
{
    private static readonly MeasureDefinition Wsas = RuleSet.ManualV4.Measures[MeasureKeys.Wsas];
    private static readonly MeasureDefinition Phq15 = RuleSet.ManualV4.Measures[MeasureKeys.Phq15];
    private static readonly ItemAnswer NA = ItemAnswer.NotApplicable;

    [Theory]
    [InlineData(2, 2, 2, 3, 9, "subclinical")]
    [InlineData(2, 2, 3, 3, 10, "significant")]
    [InlineData(5, 5, 5, 5, 20, "significant")]
    [InlineData(5, 5, 5, 6, 21, "moderately_severe")]
    [InlineData(8, 8, 8, 8, 32, "moderately_severe")]
    [InlineData(0, 0, 0, 0, 0, "subclinical")]
    public void WSAS_without_work_is_the_sum_of_the_other_four_read_on_the_usual_bands(int a, int b, int c, int d, int total, string band)
    {
        var score = Wsas.ScoreItems([NA, a, b, c, d]).AsT0;
        Assert.Equal((total, band, 1), (score.WholeValue, score.Severity?.Key, score.NotApplicableItems));
        Assert.Equal(ScoreOrigin.Items, score.Origin);
    }

    [Theory]
    [InlineData(1, 14, "medium")]
    [InlineData(2, 15, "high")]
    public void PHQ15_for_a_man_is_the_sum_of_the_other_14_read_on_the_usual_bands(int item1, int total, string band)
    {
        // Item 1 as given, items 2, 3 and 5-15 answered 1, item 4 (menstrual problems) not applicable.
        ItemAnswer[] items = [item1, 1, 1, NA, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
        var score = Phq15.ScoreItems(items).AsT0;
        Assert.Equal((total, band, 1), (score.WholeValue, score.Severity?.Key, score.NotApplicableItems));
    }

    [Fact]
    public void Not_applicable_where_the_measure_does_not_allow_it_names_the_positions()
    {
        var error = Wsas.ScoreItems([1, NA, 1, NA, 1]).AsT1;
        Assert.Equal(ScoringErrorKind.NotApplicableNotAllowed, error.Kind);
        Assert.Equal([2, 4], error.Positions.ToArray());
        Assert.Equal("items: items 2, 4 are marked not applicable, but wsas allows that only for item 1", error.Message);
    }

    [Fact]
    public void Only_the_disallowed_positions_are_named_when_the_allowed_one_is_not_applicable_too()
    {
        var error = Wsas.ScoreItems([NA, NA, 1, 1, 1]).AsT1;
        Assert.Equal([2], error.Positions.ToArray());
    }

    [Fact]
    public void Not_applicable_on_a_measure_without_a_rule_is_an_error()
    {
        var gad7 = RuleSet.ManualV4.Measures[MeasureKeys.Gad7];
        var error = gad7.ScoreItems([NA, 1, 1, 1, 1, 1, 1]).AsT1;
        Assert.Equal((ScoringErrorKind.NotApplicableNotAllowed, "items: item 1 is marked not applicable, but every gad7 item applies to everyone"), (error.Kind, error.Message));
    }

    [Fact]
    public void Errors_come_in_order_out_of_range_then_not_applicable_then_missing()
    {
        Assert.Equal(ScoringErrorKind.ItemOutOfRange, Wsas.ScoreItems([NA, 9, NA, ItemAnswer.Missing, 1]).AsT1.Kind);
        Assert.Equal(ScoringErrorKind.NotApplicableNotAllowed, Wsas.ScoreItems([NA, 1, NA, ItemAnswer.Missing, 1]).AsT1.Kind);
        var missing = Wsas.ScoreItems([NA, 1, ItemAnswer.Missing, ItemAnswer.Missing, 1]).AsT1;
        Assert.Equal((ScoringErrorKind.MissingItems, "items: items 3, 4 are missing, so wsas has no score (no prorating)"), (missing.Kind, missing.Message));
        Assert.Equal(ScoringErrorKind.WrongItemCount, Wsas.ScoreItems([NA, 1, 1, 1]).AsT1.Kind);
    }

    [Fact]
    public void Missing_is_not_not_applicable()
    {
        Assert.Equal(ScoringErrorKind.MissingItems, Wsas.ScoreItems([ItemAnswer.Missing, 4, 4, 4, 4]).AsT1.Kind);
        Assert.Equal(16, Wsas.ScoreItems([NA, 4, 4, 4, 4]).AsT0.WholeValue);
        Assert.Equal(ItemAnswer.Missing, default);
    }

    [Theory]
    [InlineData("n/a 4 4 4 4")]
    [InlineData("N/A 4 4 4 4")]
    [InlineData("N/a\t4 4 4 4")]
    public void Item_text_writes_not_applicable_as_n_a_in_any_case(string items) =>
        Assert.Equal(16, Wsas.ScoreText(items, null).AsT0.WholeValue);

    [Theory]
    [InlineData("n/a 4 4 4 4", "16", true)]
    [InlineData("n/a 4 4 4 4", "20", false)]
    public void Items_with_not_applicable_and_a_recorded_total_must_agree(string items, string total, bool agree) =>
        Assert.Equal(agree, Wsas.ScoreText(items, total).IsT0);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]   // 1.25 -> 1
    [InlineData(2, 3)]   // 2.5 -> 3 (half up)
    [InlineData(3, 4)]   // 3.75 -> 4
    [InlineData(13, 16)] // 16.25 -> 16
    [InlineData(14, 18)] // 17.5 -> 18
    [InlineData(32, 40)]
    public void A_custom_rule_set_can_prorate_to_every_item(int sumOfFour, int expected)
    {
        var prorated = Wsas with
        {
            NotApplicable = Wsas.NotApplicable! with
            {
                Scoring = new Sourced<NotApplicableScoring>(NotApplicableScoring.ProratedToAllItems, new Source("LOCAL", "protocol")),
            },
        };
        int[] four = [Math.Min(sumOfFour, 8), Math.Clamp(sumOfFour - 8, 0, 8), Math.Clamp(sumOfFour - 16, 0, 8), Math.Clamp(sumOfFour - 24, 0, 8)];
        Assert.Equal(expected, prorated.ScoreItems([NA, four[0], four[1], four[2], four[3]]).AsT0.WholeValue);
        Assert.Equal(sumOfFour, Wsas.ScoreItems([NA, four[0], four[1], four[2], four[3]]).AsT0.WholeValue);
    }

    [Fact]
    public void A_mean_scored_measure_takes_the_mean_of_the_applicable_items()
    {
        var mi = RuleSet.ManualV4.Measures[MeasureKeys.Mi];
        var mine = mi with { NotApplicable = new NotApplicableRule([1], "test", new Source("LOCAL", "x"), new Sourced<NotApplicableScoring>(NotApplicableScoring.SumOfApplicableItems, new Source("LOCAL", "x"))) };
        ItemAnswer[] items = [NA, .. Enumerable.Repeat((ItemAnswer)3, 26)];
        var score = mine.ScoreItems(items).AsT0;
        Assert.Equal((3m, 1), (score.Value, score.NotApplicableItems));
    }

    [Fact]
    public void The_rules_say_which_items_when_and_on_what_source()
    {
        var wsas = Wsas.NotApplicable!;
        Assert.Equal([1], wsas.Positions.ToArray());
        Assert.Equal("item 1", wsas.ToString());
        Assert.True(wsas.Scoring.Source.Unconfirmed);
        Assert.Equal(NotApplicableScoring.SumOfApplicableItems, wsas.Scoring.Value);
        var phq15 = Phq15.NotApplicable!;
        Assert.Equal([4], phq15.Positions.ToArray());
        Assert.True(phq15.Allows(4));
        Assert.False(phq15.Allows(1));
        Assert.True(phq15.Scoring.Source.Unconfirmed);
        Assert.Equal("items 1, 4", (wsas with { Positions = [1, 4] }).ToString());
    }

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 0 })]
    [InlineData(new[] { 6 })]
    [InlineData(new[] { 1, 1 })]
    [InlineData(new[] { 1, 2, 3, 4, 5 })]
    public void An_inconsistent_rule_is_a_programmer_error(int[] positions) =>
        Assert.Throws<ArgumentException>(() => (Wsas with { NotApplicable = Wsas.NotApplicable! with { Positions = [.. positions] } }).Validate());

    [Fact]
    public void The_risk_item_cannot_be_not_applicable()
    {
        var phq9 = RuleSet.ManualV4.Measures[MeasureKeys.Phq9];
        Assert.Throws<ArgumentException>(() => (phq9 with { NotApplicable = Wsas.NotApplicable! with { Positions = [9] } }).Validate());
    }

    [Fact]
    public void Answers_read_as_text()
    {
        Assert.Equal(["3", "NA", "n/a"], new[] { ItemAnswer.Of(3), ItemAnswer.Missing, NA }.Select(a => a.ToString()));
        Assert.Equal((ItemAnswerKind.Answered, 3), (ItemAnswer.Of(3).Kind, ItemAnswer.Of(3).Value));
    }

    [Fact]
    public void Scores_with_and_without_a_not_applicable_item_differ_even_at_the_same_total()
    {
        var withoutWork = Wsas.ScoreItems([NA, 4, 4, 4, 4]).AsT0;
        var withWork = Wsas.ScoreItems([0, 4, 4, 4, 4]).AsT0;
        Assert.Equal(withWork.Value, withoutWork.Value);
        Assert.NotEqual(withWork, withoutWork);
        Assert.Equal(0, withWork.NotApplicableItems);
    }

    [Fact]
    public void Scoring_with_a_not_applicable_item_allocates_nothing()
    {
        ItemAnswer[] items = [NA, 4, 4, 4, 4];
        int sink = Wsas.ScoreItems(items).AsT0.WholeValue!.Value + Wsas.ScoreText("n/a 4 4 4 4", null).AsT0.WholeValue!.Value;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1_000; i++)
        {
            sink += Wsas.ScoreItems(items).AsT0.WholeValue!.Value;
            sink += Wsas.ScoreText("n/a 4 4 4 4", null).AsT0.WholeValue!.Value;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(32 * 1_001, sink);
    }
}

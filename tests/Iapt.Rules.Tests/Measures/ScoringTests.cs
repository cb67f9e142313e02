using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Measures;

/// <summary>Scoring from items, from totals and from text; typed errors for bad data; the PHQ-9 risk item.</summary>
public class ScoringTests
{
    private static readonly MeasureDefinition Phq9 = RuleSet.ManualV4.Measures[MeasureKeys.Phq9];
    private static readonly MeasureDefinition Gad7 = RuleSet.ManualV4.Measures[MeasureKeys.Gad7];
    private static readonly MeasureDefinition Mi = RuleSet.ManualV4.Measures[MeasureKeys.Mi];

    [Fact]
    public void PHQ9_item_9_above_zero_raises_the_risk_signal()
    {
        Assert.Equal(RiskSignal.Raised, Phq9.ScoreItems([0, 0, 0, 0, 0, 0, 0, 0, 1]).AsT0.Risk);
        Assert.Equal(RiskSignal.NotRaised, Phq9.ScoreItems([3, 3, 3, 3, 3, 3, 3, 3, 0]).AsT0.Risk);
    }

    [Fact]
    public void A_recorded_PHQ9_total_cannot_tell_the_risk_item()
    {
        Assert.Equal(RiskSignal.NotAssessed, Phq9.ScoreTotal(20).AsT0.Risk);
        Assert.Equal(ScoreOrigin.RecordedTotal, Phq9.ScoreTotal(20).AsT0.Origin);
    }

    [Fact]
    public void Measures_without_a_risk_item_never_raise_one()
    {
        Assert.Equal(RiskSignal.NotAssessed, Gad7.ScoreItems([3, 3, 3, 3, 3, 3, 3]).AsT0.Risk);
    }

    [Fact]
    public void Missing_items_give_no_score_and_name_every_missing_position()
    {
        var error = Phq9.ScoreItems([1, null, 2, 1, null, 1, 1, 1, 0]).AsT1;
        Assert.Equal(ScoringErrorKind.MissingItems, error.Kind);
        Assert.Equal([2, 5], error.Positions.ToArray());
        Assert.Equal("items", error.Field);
        Assert.Contains("items 2, 5 are missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_answers_are_reported_by_position_and_never_clamped()
    {
        var error = Gad7.ScoreItems([4, 0, 0, -1, 0, 0, 0]).AsT1;
        Assert.Equal(ScoringErrorKind.ItemOutOfRange, error.Kind);
        Assert.Equal([1, 4], error.Positions.ToArray());
    }

    [Fact]
    public void A_wrong_number_of_answers_is_an_error_naming_both_counts()
    {
        var error = Phq9.ScoreItems([1, 1, 1]).AsT1;
        Assert.Equal(ScoringErrorKind.WrongItemCount, error.Kind);
        Assert.Equal("items: phq9 has 9 items but 3 answers were given", error.Message);
    }

    [Theory]
    [InlineData("1 2 1 2 1 1 1 1 0", "", 10)]
    [InlineData("  1\t2 1 2 1 1 1 1 0  ", null, 10)]
    [InlineData("", "14", 14)]
    [InlineData("1 2 1 2 1 1 1 1 0", "10", 10)]
    [InlineData(null, " 12 ", 12)]
    public void Text_is_scored_from_items_a_total_or_both(string? items, string? total, int expected)
    {
        Assert.Equal(expected, Phq9.ScoreText(items, total).AsT0.Value);
    }

    [Theory]
    [InlineData("1 2 1 2 1 1 1 1 0", "11", ScoringErrorKind.ItemsAndTotalDisagree, "total")]
    [InlineData("1 2 1 2 1 1 1 1", "", ScoringErrorKind.WrongItemCount, "items")]
    [InlineData("1 2 1 2 1.5 1 1 1 0", "", ScoringErrorKind.NotInteger, "items")]
    [InlineData("1 2 1 two 1 1 1 1 0", "", ScoringErrorKind.Malformed, "items")]
    [InlineData("1 2 NA 2 1 . 1 1 0", "", ScoringErrorKind.MissingItems, "items")]
    [InlineData("", "ten", ScoringErrorKind.Malformed, "total")]
    [InlineData("", "10.5", ScoringErrorKind.NotInteger, "total")]
    [InlineData("", "-1", ScoringErrorKind.TotalOutOfRange, "total")]
    [InlineData("", "28", ScoringErrorKind.TotalOutOfRange, "total")]
    [InlineData("", "", ScoringErrorKind.NoInput, "items")]
    public void Bad_text_is_a_typed_error_naming_the_field(string items, string total, ScoringErrorKind kind, string field)
    {
        var error = Phq9.ScoreText(items, total).AsT1;
        Assert.Equal(kind, error.Kind);
        Assert.Equal(field, error.Field);
        Assert.StartsWith(field + ":", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_messages_never_repeat_the_answers_given()
    {
        var error = Phq9.ScoreText("1 2 1 2 1 1 1 1 0", "19").AsT1;
        Assert.DoesNotContain("19", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("10", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2.30", true)] // item mean 62/27 = 2.2963 rounds to 2.30
    [InlineData("2.3", true)]
    [InlineData("2.296", true)]
    [InlineData("2.29", false)]
    [InlineData("2.31", false)]
    public void A_recorded_MI_mean_agrees_with_the_items_when_it_is_their_mean_rounded_to_its_own_places(string recorded, bool agrees)
    {
        var items = string.Join(' ', CasenessBoundaryTests.MiItemsWithSum(62));
        var result = Mi.ScoreText(items, recorded);
        Assert.Equal(agrees, result.IsT0);
        if (agrees)
        {
            Assert.Equal(ScoreOrigin.Items, result.AsT0.Origin);
            Assert.Equal(62m / 27, result.AsT0.Value);
        }
    }

    [Fact]
    public void An_unknown_measure_is_a_typed_error_not_an_exception()
    {
        var error = RuleSet.ManualV4.Measures.Find("phq10").AsT1;
        Assert.Equal(ScoringErrorKind.UnknownMeasure, error.Kind);
        Assert.Equal("measure", error.Field);
    }

    [Theory]
    [InlineData("PHQ9")]
    [InlineData(" phq9 ")]
    [InlineData("Phq9")]
    public void Measure_keys_are_found_in_any_case_and_with_spaces(string key)
    {
        Assert.Same(Phq9, RuleSet.ManualV4.Measures.Find(key).AsT0);
    }

    [Fact]
    public void Scores_compare_by_measure_and_value()
    {
        Assert.Equal(Phq9.ScoreTotal(10).AsT0, Phq9.ScoreTotal(10).AsT0);
        Assert.NotEqual(Phq9.ScoreTotal(10).AsT0, Phq9.ScoreTotal(11).AsT0);
        Assert.NotEqual(Phq9.ScoreTotal(10).AsT0, Gad7.ScoreTotal(10).AsT0);
        Assert.Equal("phq9 10", Phq9.ScoreTotal(10).AsT0.ToString());
    }
}

using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Measures;

/// <summary>Errors name every item position at fault, whichever way the answers arrive.</summary>
public class ScoringPositionTests
{
    private static readonly MeasureDefinition Phq9 = RuleSet.ManualV4.Measures[MeasureKeys.Phq9];
    private static readonly MeasureDefinition Mi = RuleSet.ManualV4.Measures[MeasureKeys.Mi];

    [Fact]
    public void With_answers_missing_and_out_of_range_the_error_is_out_of_range_naming_only_those_positions()
    {
        int?[] answers = [0, 4, null, 1, -1, 2, 3, null, 0];
        var error = Phq9.ScoreItems(answers).AsT1;
        Assert.Equal(ScoringErrorKind.ItemOutOfRange, error.Kind);
        Assert.Equal([2, 5], error.Positions.ToArray());
    }

    [Fact]
    public void Answers_at_both_ends_of_the_item_range_with_one_missing_are_missing_not_out_of_range()
    {
        int?[] answers = [0, 3, null, 0, 3, 0, 3, 0, 3];
        var error = Phq9.ScoreItems(answers).AsT1;
        Assert.Equal(ScoringErrorKind.MissingItems, error.Kind);
        Assert.Equal([3], error.Positions.ToArray());
    }

    [Fact]
    public void Every_answer_that_is_not_a_number_is_named()
    {
        var error = Phq9.ScoreText("1 x 2 y 0 0 0 0 0", null).AsT1;
        Assert.Equal(ScoringErrorKind.Malformed, error.Kind);
        Assert.Equal([2, 4], error.Positions.ToArray());
    }

    [Fact]
    public void Every_answer_that_is_not_whole_is_named()
    {
        var error = Phq9.ScoreText("1 1.5 2 2.5 0 0 0 0 0", null).AsT1;
        Assert.Equal(ScoringErrorKind.NotInteger, error.Kind);
        Assert.Equal([2, 4], error.Positions.ToArray());
    }

    [Fact]
    public void The_27_MI_answers_as_text_with_one_missing_have_no_score()
    {
        string answers = string.Join(' ', Enumerable.Repeat("2", 26)) + " NA";
        var error = Mi.ScoreText(answers, null).AsT1;
        Assert.Equal(ScoringErrorKind.MissingItems, error.Kind);
        Assert.Equal([27], error.Positions.ToArray());
    }

    [Theory]
    [InlineData("2.3000000000", "2.3")] // trailing zeros beyond nine places are not precision
    [InlineData("2.123456789", "2.123456789")] // nine decimal places are held exactly
    public void A_recorded_MI_mean_keeps_up_to_nine_significant_decimal_places(string recorded, string value)
    {
        var score = Mi.ScoreTotal(decimal.Parse(recorded, System.Globalization.CultureInfo.InvariantCulture)).AsT0;
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), score.Value);
    }

    [Fact]
    public void A_recorded_MI_mean_with_ten_significant_decimal_places_is_malformed()
    {
        Assert.Equal(ScoringErrorKind.Malformed, Mi.ScoreTotal(2.1234567891m).AsT1.Kind);
    }

    [Fact]
    public void A_recorded_total_of_whole_tenths_is_the_whole_total()
    {
        var score = Phq9.ScoreTotal(12.0m).AsT0;
        Assert.Equal(12, score.WholeValue);
        Assert.Equal("moderate", score.Severity!.Key);
    }

    /// <summary>A message names one missing item in the singular and several in a list, and never echoes answers.</summary>
    [Fact]
    public void Messages_name_one_position_or_list_several()
    {
        var one = Phq9.ScoreItems([0, 1, null, 1, 2, 2, 3, 0, 0]).AsT1;
        Assert.Equal("items: item 3 is missing, so phq9 has no score (no prorating)", one.Message);

        var several = Phq9.ScoreItems([null, 1, null, 1, 2, 2, 3, 0, null]).AsT1;
        Assert.Equal("items: items 1, 3, 9 are missing, so phq9 has no score (no prorating)", several.Message);
    }

    /// <summary>An error about the input as a whole names no positions (an empty list, never a default one).</summary>
    [Fact]
    public void An_error_about_the_whole_input_names_no_positions()
    {
        var error = Phq9.ScoreItems([0, 1, 2]).AsT1;
        Assert.Equal(ScoringErrorKind.WrongItemCount, error.Kind);
        Assert.Empty(error.Positions);
        Assert.Equal("items: phq9 has 9 items but 3 answers were given", error.Message);
    }

    /// <summary>A key the rule set does not know is reported as such, naming the field.</summary>
    [Fact]
    public void An_unknown_measure_is_reported_on_the_measure_field()
    {
        var error = RuleSet.ManualV4.Measures.Find("phq10").AsT1;
        Assert.Equal(ScoringErrorKind.UnknownMeasure, error.Kind);
        Assert.Equal(ScoringError.MeasureField, error.Field);
        Assert.Equal(
            "measure: not a measure of this rule set (valid keys: phq9, gad7, wsas, spin, pcl5, mi, oci, pdss, hai, biq, ibs, cfq, phq15, iesr, gad2, minispin, whooley)",
            error.Message);
        Assert.DoesNotContain("phq10", error.Message, StringComparison.Ordinal);
    }

    /// <summary>An answer outside the item range is named by position with the measure's range, not by its value.</summary>
    [Fact]
    public void An_out_of_range_answer_is_named_by_position_with_the_range()
    {
        var error = Phq9.ScoreItems([0, 4, 1, 1, 2, 2, 3, 0, 0]).AsT1;
        Assert.Equal(ScoringErrorKind.ItemOutOfRange, error.Kind);
        Assert.Equal("items: item 2 is outside the phq9 item range 0-3", error.Message);
    }
}

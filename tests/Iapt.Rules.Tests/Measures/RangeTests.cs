using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Measures;

/// <summary>Item counts, item ranges and total ranges of every measure: the minimum and maximum score, and one beyond.</summary>
public class RangeTests
{
    private static readonly MeasureCatalogue Catalogue = RuleSet.ManualV4.Measures;

    [Theory]
    [InlineData("phq9", 9, 0, 3)]
    [InlineData("gad7", 7, 0, 3)]
    [InlineData("wsas", 5, 0, 8)]
    [InlineData("spin", 17, 0, 4)]
    [InlineData("pcl5", 20, 0, 4)]
    [InlineData("mi", 27, 1, 5)]
    [InlineData("oci", 42, 0, 4)]
    [InlineData("pdss", 7, 0, 4)]
    [InlineData("hai", 18, 0, 3)]
    [InlineData("ibs", 5, 0, 100)]
    [InlineData("cfq", 11, 0, 3)]
    [InlineData("phq15", 15, 0, 2)]
    [InlineData("gad2", 2, 0, 3)]
    [InlineData("minispin", 3, 0, 4)]
    [InlineData("whooley", 2, 0, 1)]
    public void Items_score_from_all_minimum_to_all_maximum_and_no_further(string measure, int count, int min, int max)
    {
        var definition = Catalogue[measure];
        bool mean = definition.Method == ScoringMethod.ItemMean;

        var lowest = definition.ScoreItems(Enumerable.Repeat(min, count).ToArray()).AsT0;
        var highest = definition.ScoreItems(Enumerable.Repeat(max, count).ToArray()).AsT0;
        Assert.Equal(mean ? min : count * min, lowest.Value);
        Assert.Equal(mean ? max : count * max, highest.Value);

        var below = Enumerable.Repeat(min, count).ToArray();
        below[count - 1] = min - 1;
        var above = Enumerable.Repeat(max, count).ToArray();
        above[0] = max + 1;
        var belowError = definition.ScoreItems(below).AsT1;
        var aboveError = definition.ScoreItems(above).AsT1;
        Assert.Equal(ScoringErrorKind.ItemOutOfRange, belowError.Kind);
        Assert.Equal([count], belowError.Positions.ToArray());
        Assert.Equal(ScoringErrorKind.ItemOutOfRange, aboveError.Kind);
        Assert.Equal([1], aboveError.Positions.ToArray());

        Assert.Equal(ScoringErrorKind.WrongItemCount, definition.ScoreItems(Enumerable.Repeat(min, count - 1).ToArray()).AsT1.Kind);
        Assert.Equal(ScoringErrorKind.WrongItemCount, definition.ScoreItems(Enumerable.Repeat(min, count + 1).ToArray()).AsT1.Kind);
    }

    [Theory]
    [InlineData("phq9", 0, 27)]
    [InlineData("gad7", 0, 21)]
    [InlineData("wsas", 0, 40)]
    [InlineData("spin", 0, 68)]
    [InlineData("pcl5", 0, 80)]
    [InlineData("mi", 1, 5)]
    [InlineData("oci", 0, 168)]
    [InlineData("pdss", 0, 28)]
    [InlineData("hai", 0, 54)]
    [InlineData("ibs", 0, 500)]
    [InlineData("cfq", 0, 33)]
    [InlineData("phq15", 0, 30)]
    [InlineData("gad2", 0, 6)]
    [InlineData("minispin", 0, 12)]
    [InlineData("whooley", 0, 2)]
    public void Recorded_totals_are_accepted_within_the_range_and_rejected_outside_it(string measure, int min, int max)
    {
        var definition = Catalogue[measure];
        Assert.Equal(min, definition.ScoreTotal(min).AsT0.Value);
        Assert.Equal(max, definition.ScoreTotal(max).AsT0.Value);
        Assert.Equal(ScoringErrorKind.TotalOutOfRange, definition.ScoreTotal(min - 1).AsT1.Kind);
        Assert.Equal(ScoringErrorKind.TotalOutOfRange, definition.ScoreTotal(max + 1).AsT1.Kind);
        Assert.Equal(min, definition.TotalMinimum);
        Assert.Equal(max, definition.TotalMaximum);

        // The same range without building an error: TryScoreTotal gives ScoreTotal's score, or false.
        Assert.True(definition.TryScoreTotal(min, out var lowest));
        Assert.Equal(definition.ScoreTotal(min).AsT0, lowest);
        Assert.True(definition.TryScoreTotal(max, out var highest));
        Assert.Equal(definition.ScoreTotal(max).AsT0, highest);
        Assert.False(definition.TryScoreTotal(min - 1, out var below));
        Assert.Equal(default, below);
        Assert.False(definition.TryScoreTotal(max + 1, out _));
    }

    [Fact]
    public void A_fraction_is_not_a_total_of_a_summed_measure()
    {
        var error = Catalogue[MeasureKeys.Pdss].ScoreTotal(7.5m).AsT1;
        Assert.Equal(ScoringErrorKind.NotInteger, error.Kind);
        Assert.Equal("total", error.Field);
    }

    [Fact]
    public void A_whole_number_written_with_decimals_is_a_valid_total()
    {
        Assert.Equal(12m, Catalogue[MeasureKeys.Phq9].ScoreTotal(12.0m).AsT0.Value);
    }

    [Fact]
    public void A_recorded_MI_mean_is_kept_exactly()
    {
        Assert.Equal(2.35m, Catalogue[MeasureKeys.Mi].ScoreTotal(2.35m).AsT0.Value);
        Assert.Null(Catalogue[MeasureKeys.Mi].ScoreTotal(2.35m).AsT0.WholeValue);
    }

    [Fact]
    public void A_recorded_mean_with_more_than_nine_decimal_places_is_malformed_not_rounded()
    {
        Assert.Equal(ScoringErrorKind.Malformed, Catalogue[MeasureKeys.Mi].ScoreTotal(2.1234567891m).AsT1.Kind);
    }

    [Fact]
    public void The_BIQ_cannot_be_scored_until_a_rule_set_gives_its_structure()
    {
        var biq = Catalogue[MeasureKeys.Biq];
        Assert.False(biq.IsScorable);
        Assert.Equal(ScoringErrorKind.NotScorable, biq.ScoreTotal(10).AsT1.Kind);
        Assert.False(biq.TryScoreTotal(10, out _));
        Assert.Equal(ScoringErrorKind.NotScorable, biq.ScoreItems([1, 2]).AsT1.Kind);
    }
}

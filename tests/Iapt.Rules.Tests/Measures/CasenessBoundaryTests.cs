using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Measures;

/// <summary>Caseness at and around every cut-off of the default rule set (M4 Table 6, Table 9; LIT for screens).</summary>
public class CasenessBoundaryTests
{
    private static readonly MeasureCatalogue Catalogue = RuleSet.ManualV4.Measures;

    [Theory]
    [InlineData("phq9", 9, false)]
    [InlineData("phq9", 10, true)]
    [InlineData("phq9", 11, true)]
    [InlineData("gad7", 7, false)]
    [InlineData("gad7", 8, true)]
    [InlineData("gad7", 9, true)]
    [InlineData("spin", 18, false)]
    [InlineData("spin", 19, true)]
    [InlineData("spin", 20, true)]
    [InlineData("pcl5", 31, false)]
    [InlineData("pcl5", 32, true)]
    [InlineData("pcl5", 33, true)]
    [InlineData("oci", 39, false)]
    [InlineData("oci", 40, true)]
    [InlineData("oci", 41, true)]
    [InlineData("pdss", 7, false)]
    [InlineData("pdss", 8, true)]
    [InlineData("pdss", 9, true)]
    [InlineData("hai", 17, false)]
    [InlineData("hai", 18, true)]
    [InlineData("hai", 19, true)]
    [InlineData("gad2", 2, false)]
    [InlineData("gad2", 3, true)]
    [InlineData("gad2", 4, true)]
    [InlineData("minispin", 5, false)]
    [InlineData("minispin", 6, true)]
    [InlineData("minispin", 7, true)]
    [InlineData("whooley", 0, false)]
    [InlineData("whooley", 1, true)]
    [InlineData("whooley", 2, true)]
    public void A_total_at_or_above_the_cut_off_is_a_case(string measure, int total, bool expected)
    {
        var score = Catalogue[measure].ScoreTotal(total).AsT0;
        Assert.Equal(expected, score.IsCase);
    }

    [Theory]
    [InlineData("2.2", false)]
    [InlineData("2.29", false)]
    [InlineData("2.3", false)]
    [InlineData("2.30", false)]
    [InlineData("2.31", true)]
    [InlineData("2.4", true)]
    public void The_MI_mean_is_a_case_only_strictly_above_2_3(string mean, bool expected)
    {
        var score = Catalogue[MeasureKeys.Mi].ScoreTotal(decimal.Parse(mean, System.Globalization.CultureInfo.InvariantCulture)).AsT0;
        Assert.Equal(expected, score.IsCase);
    }

    [Theory]
    [InlineData(62, false)] // 62 / 27 = 2.296..., below 2.3
    [InlineData(63, true)] // 63 / 27 = 2.333..., above 2.3
    public void The_MI_item_mean_is_compared_exactly(int itemSum, bool expected)
    {
        var items = MiItemsWithSum(itemSum);
        var score = Catalogue[MeasureKeys.Mi].ScoreItems(items).AsT0;
        Assert.Equal(expected, score.IsCase);
        Assert.Equal((decimal)itemSum / 27, score.Value);
    }

    [Theory]
    [InlineData("wsas")]
    [InlineData("cfq")]
    [InlineData("phq15")]
    [InlineData("ibs")]
    public void Measures_without_a_cut_off_have_no_caseness(string measure)
    {
        var score = Catalogue[measure].ScoreTotal(0).AsT0;
        Assert.Null(score.IsCase);
    }

    internal static int[] MiItemsWithSum(int sum)
    {
        // 27 answers of 1-5 adding up to sum (27 <= sum <= 135): start from all 1s and raise items one by one.
        var items = Enumerable.Repeat(1, 27).ToArray();
        int remaining = sum - 27;
        for (int i = 0; i < items.Length && remaining > 0; i++)
        {
            int raise = Math.Min(4, remaining);
            items[i] += raise;
            remaining -= raise;
        }

        return items;
    }
}

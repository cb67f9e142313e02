using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Measures;

/// <summary>How scores are written: whole totals as they are, the MI mean to two decimal places; comparisons stay exact.</summary>
public class ScoreFormatTests
{
    private static readonly MeasureDefinition Mi = RuleSet.ManualV4.Measures[MeasureKeys.Mi];

    private static Score MiOfSum(int sum)
    {
        // 27 items of 1-5 summing to sum (27-135).
        int[] items = [.. Enumerable.Repeat(1, 27)];
        int rest = sum - 27;
        for (int i = 0; rest > 0; i++)
        {
            int add = Math.Min(4, rest);
            items[i] += add;
            rest -= add;
        }

        return Mi.ScoreItems(items).AsT0;
    }

    [Theory]
    [InlineData(62, "2.30", false)] // 2.2963: written 2.30, and not above 2.3
    [InlineData(63, "2.33", true)]  // 2.3333
    [InlineData(27, "1.00", false)]
    [InlineData(135, "5.00", true)]
    [InlineData(61, "2.26", false)] // 2.2593
    public void The_MI_item_mean_is_written_to_two_places_and_compared_exactly(int sum, string written, bool isCase)
    {
        var score = MiOfSum(sum);
        Assert.Equal((written, isCase), (score.FormatValue(), score.IsCase));
        Assert.Equal($"mi {written}", score.ToString());
    }

    [Theory]
    [InlineData("2.3", "2.30")]
    [InlineData("2.305", "2.31")]
    [InlineData("2.304999999", "2.30")]
    [InlineData("2", "2.00")]
    public void A_recorded_MI_mean_is_written_to_two_places(string recorded, string written) =>
        Assert.Equal(written, Mi.ScoreText(null, recorded).AsT0.FormatValue());

    [Theory]
    [InlineData(MeasureKeys.Phq9, 12, "12")]
    [InlineData(MeasureKeys.Wsas, 0, "0")]
    [InlineData(MeasureKeys.Iesr, 88, "88")]
    public void A_summed_total_is_written_as_a_whole_number(string key, int total, string written) =>
        Assert.Equal(written, RuleSet.ManualV4.Measures[key].ScoreTotal(total).AsT0.FormatValue());

    [Fact]
    public void A_difference_in_MI_units_is_written_to_two_places() =>
        Assert.Equal("0.73", Mi.FormatValue(0.7333333m));

    [Fact]
    public void The_default_score_writes_nothing() => Assert.Equal(string.Empty, default(Score).FormatValue());
}

using Iapt.Rules.Reporting;
using Iapt.Rules.Reporting.Disclosure;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.Reporting;

/// <summary>
/// Step 2 of disclosure control: counts still shown are rounded to the nearest 5. A whole number is never exactly
/// half-way between multiples of 5 (remainders 0-2 go down, 3-4 go up), so no count moves by more than 2.
/// </summary>
public class CountRoundingTests
{
    private static readonly DisclosureRules Rules = DisclosureRules.NationalPublications;

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 5)]
    [InlineData(4, 5)]
    [InlineData(5, 5)]
    [InlineData(6, 5)]
    [InlineData(7, 5)]
    [InlineData(8, 10)]
    [InlineData(10, 10)]
    [InlineData(12, 10)]
    [InlineData(13, 15)]
    [InlineData(14, 15)]
    [InlineData(998, 1000)]
    [InlineData(1002, 1000)]
    [InlineData(1003, 1005)]
    [InlineData(1_499_997, 1_499_995)]
    [InlineData(1_499_998, 1_500_000)]
    public void A_count_is_rounded_to_the_nearest_5(long count, long expected) =>
        Assert.Equal(expected, CountRounding.Round(count, Rules));

    [Theory]
    [InlineData(14, 10)]
    [InlineData(15, 20)]
    [InlineData(25, 30)]
    [InlineData(26, 30)]
    public void With_an_even_base_a_count_half_way_rounds_up(long count, long expected)
    {
        var source = Source.UnconfirmedValue("TEST", "base 10");
        var rules = new DisclosureRules(new Sourced<long>(5, source), new Sourced<long>(10, source));
        Assert.Equal(expected, CountRounding.Round(count, rules));
    }

    [Fact]
    public void A_base_of_1_leaves_counts_exact()
    {
        var source = Source.UnconfirmedValue("TEST", "base 1");
        var rules = new DisclosureRules(new Sourced<long>(0, source), new Sourced<long>(1, source));
        Assert.Equal(13, CountRounding.Round(13, rules));
    }

    [Fact]
    public void A_base_of_0_is_not_a_rule()
    {
        var source = Source.UnconfirmedValue("TEST", "base 0");
        Assert.ThrowsAny<ArgumentException>(() => new DisclosureRules(new Sourced<long>(5, source), new Sourced<long>(0, source)));
    }

    [Fact]
    public void Rounding_a_figure_rounds_both_parts_and_keeps_the_rate_of_the_exact_counts()
    {
        // 7 of 13 is 53.8%; the rounded parts, 5 of 15, would say 33.3%.
        var result = CountRounding.Apply(ReportFigure.Of("x", "X", 7, 13, standard: ReportFixtures.Recovery50), Rules);
        Assert.Equal(5, result.Count);
        Assert.Equal(15, result.Denominator);
        Assert.Equal(7m / 13m, result.Rate);
        Assert.True(result.Met);
        Assert.Equal(DisclosureState.Rounded, result.Disclosure);
        Assert.Equal(FigureParts.None, result.Withheld);
    }

    [Fact]
    public void A_suppressed_figure_stays_suppressed_and_its_shown_part_is_rounded()
    {
        var suppressed = ReportFigure.Of("x", "X", 2, 12) with { Count = null, Disclosure = DisclosureState.Suppressed };
        var result = CountRounding.Apply(suppressed, Rules);
        Assert.Null(result.Count);
        Assert.Equal(10, result.Denominator);
        Assert.Equal(DisclosureState.Suppressed, result.Disclosure);
    }

    [Fact]
    public void A_figure_without_counts_keeps_its_state()
    {
        var figure = ReportFigure.OfValue("effect_size_phq9", "PHQ-9 effect size", 1.4m, string.Empty);
        Assert.Same(figure, CountRounding.Apply(figure, Rules));
    }

    [Fact]
    public void A_negative_count_is_a_programmer_error() =>
        Assert.ThrowsAny<ArgumentException>(() => CountRounding.Round(-3, Rules));
}

using Iapt.Rules.Provenance;
using Iapt.Rules.Reporting;

namespace Iapt.Rules.Tests.Reporting;

/// <summary>
/// <see cref="ReportFigure"/>'s factories: a count's rate comes from the exact counts and is absent without a positive
/// denominator; whether a standard is met is absent without a standard or a denominator (reference §7).
/// </summary>
public class ReportFigureTests
{
    private static readonly ServiceStandard Half = new("half", "Half", 0.5m, StandardComparison.AtLeast, Source.M4("§6.4.3"));

    [Fact]
    public void A_plain_count_has_no_denominator_rate_or_standard()
    {
        var figure = ReportFigure.Of("k", "Label", 7, rule: "M4 §6.4.1");
        Assert.Equal("k", figure.Key);
        Assert.Equal("Label", figure.Label);
        Assert.Equal(7, figure.Count);
        Assert.Null(figure.Denominator);
        Assert.Null(figure.Rate);
        Assert.Null(figure.Value);
        Assert.Null(figure.Standard);
        Assert.Null(figure.Met);
        Assert.Equal("M4 §6.4.1", figure.Rule);
        Assert.Equal(DisclosureState.Exact, figure.Disclosure);
        Assert.Equal(FigureParts.None, figure.Withheld);
    }

    /// <summary>A figure built with an object initializer and no rule cites none: its rule is empty, never null.</summary>
    [Fact]
    public void A_figure_built_without_a_rule_has_an_empty_rule()
    {
        var figure = new ReportFigure { Key = "k", Label = "L" };
        Assert.Equal(string.Empty, figure.Rule);
        Assert.Equal(DisclosureState.Exact, figure.Disclosure);
        Assert.Equal(FigureParts.None, figure.Withheld);
    }

    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 3)]
    [InlineData(0, 5)]
    [InlineData(5, 5)]
    public void A_share_has_the_exact_rate_of_its_counts(long count, long denominator)
    {
        var figure = ReportFigure.Of("k", "L", count, denominator);
        Assert.Equal(denominator, figure.Denominator);
        Assert.Equal((decimal)count / denominator, figure.Rate);
        Assert.Null(figure.Met);
    }

    [Fact]
    public void A_share_of_nothing_has_no_rate_and_its_standard_cannot_be_judged()
    {
        var figure = ReportFigure.Of("k", "L", 0, 0, standard: Half);
        Assert.Equal(0, figure.Denominator);
        Assert.Null(figure.Rate);
        Assert.Same(Half, figure.Standard);
        Assert.Null(figure.Met);
    }

    [Theory]
    [InlineData(4, 10, false)]
    [InlineData(5, 10, true)]
    [InlineData(6, 10, true)]
    public void A_share_with_a_standard_says_whether_it_is_met(long count, long denominator, bool met)
    {
        Assert.Equal(met, ReportFigure.Of("k", "L", count, denominator, standard: Half).Met);
    }

    [Fact]
    public void A_plain_count_with_a_standard_cannot_be_judged()
    {
        var figure = ReportFigure.Of("k", "L", 9, standard: Half);
        Assert.Same(Half, figure.Standard);
        Assert.Null(figure.Rate);
        Assert.Null(figure.Met);
    }

    [Fact]
    public void A_plain_value_has_no_count_rate_or_standard()
    {
        var figure = ReportFigure.OfValue("effect", "Effect", 1.4m, "slides");
        Assert.Equal("effect", figure.Key);
        Assert.Equal("Effect", figure.Label);
        Assert.Equal(1.4m, figure.Value);
        Assert.Null(figure.Count);
        Assert.Null(figure.Denominator);
        Assert.Null(figure.Rate);
        Assert.Null(figure.Met);
        Assert.Equal("slides", figure.Rule);
    }

    [Fact]
    public void A_plain_value_over_a_number_of_people_keeps_the_number_as_its_count()
    {
        var figure = ReportFigure.OfValue("mean", "Mean", 2.83m, 6, "M4 §9.1.2");
        Assert.Equal(2.83m, figure.Value);
        Assert.Equal(6, figure.Count);
        Assert.Null(figure.Denominator);
        Assert.Null(figure.Rate);
        Assert.Equal("M4 §9.1.2", figure.Rule);
    }

    [Fact]
    public void A_value_that_cannot_be_computed_is_null_and_keeps_its_basis()
    {
        var figure = ReportFigure.OfValue("mean", "Mean", null, 0);
        Assert.Null(figure.Value);
        Assert.Equal(0, figure.Count);
        Assert.Equal(string.Empty, figure.Rule);
    }
}

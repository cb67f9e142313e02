using Iapt.Rules.Reporting;
using Iapt.Rules.Reporting.Disclosure;

namespace Iapt.Rules.Tests.Reporting;

/// <summary>
/// Step 4 of disclosure control: a mean or effect size over fewer than 5 people is withheld when the figure says
/// how many it is over; one that does not say is left.
/// </summary>
public class ValueWithholdingTests
{
    private static readonly DisclosureRules Rules = DisclosureRules.NationalPublications;

    [Theory]
    [InlineData(4, null)]
    [InlineData(5, 6.2)]
    public void A_mean_over_fewer_than_5_is_withheld(long basis, double? expected)
    {
        var figure = ReportFigure.OfValue("mean_sessions", "Mean sessions", 6.2m, basis);
        var result = DisclosureControl.Apply(figure, Rules);
        Assert.Equal(expected is double e ? (decimal)e : null, result.Value);
        Assert.Equal(expected is null, result.Withheld.HasFlag(FigureParts.Value));
    }

    [Fact]
    public void A_value_that_does_not_say_what_it_is_over_is_left()
    {
        var figure = ReportFigure.OfValue("effect_size_phq9", "PHQ-9 effect size", 1.4m, string.Empty);
        Assert.Equal(1.4m, DisclosureControl.Apply(figure, Rules).Value);
    }

    [Fact]
    public void A_figure_that_is_not_suppressed_keeps_its_value()
    {
        var figure = ReportFigure.OfValue("mean_sessions", "Mean sessions", 6.2m, 12) with { Disclosure = DisclosureState.Rounded };
        Assert.Equal(6.2m, ValueWithholding.Apply(figure).Value);
    }

    [Fact]
    public void A_suppressed_figure_loses_its_value()
    {
        var figure = ReportFigure.OfValue("mean_sessions", "Mean sessions", 6.2m, 3) with { Disclosure = DisclosureState.Suppressed };
        var result = ValueWithholding.Apply(figure);
        Assert.Null(result.Value);
        Assert.Equal(FigureParts.Value, result.Withheld);
    }
}

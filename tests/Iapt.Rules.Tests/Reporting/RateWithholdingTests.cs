using Iapt.Rules.Reporting;
using Iapt.Rules.Reporting.Disclosure;

namespace Iapt.Rules.Tests.Reporting;

/// <summary>
/// Step 3 of disclosure control: a rate is withheld where its numerator or denominator is suppressed (issue 6), and
/// so is the verdict against the standard; otherwise the rate of the exact counts stays.
/// </summary>
public class RateWithholdingTests
{
    [Fact]
    public void A_suppressed_figure_shows_no_rate_and_no_verdict_but_keeps_its_standard()
    {
        var figure = ReportFigure.Of("recovered", "Recovered", 3, 10, standard: ReportFixtures.Recovery50)
            with { Count = null, Disclosure = DisclosureState.Suppressed, Withheld = FigureParts.Count };
        var result = RateWithholding.Apply(figure);
        Assert.Null(result.Rate);
        Assert.Null(result.Met);
        Assert.Same(ReportFixtures.Recovery50, result.Standard);
        Assert.Equal(FigureParts.Count | FigureParts.Rate | FigureParts.Met, result.Withheld);
    }

    [Fact]
    public void A_suppressed_plain_count_has_no_rate_to_withhold()
    {
        var figure = ReportFigure.Of("referrals", "Referrals", 2) with { Count = null, Disclosure = DisclosureState.Suppressed, Withheld = FigureParts.Count };
        Assert.Equal(FigureParts.Count, RateWithholding.Apply(figure).Withheld);
    }

    [Theory]
    [InlineData(DisclosureState.Exact)]
    [InlineData(DisclosureState.Rounded)]
    public void A_figure_whose_parts_are_shown_keeps_its_rate(DisclosureState state)
    {
        var figure = ReportFigure.Of("x", "X", 6, 9, standard: ReportFixtures.Recovery50) with { Disclosure = state };
        var result = RateWithholding.Apply(figure);
        Assert.Equal(6m / 9m, result.Rate);
        Assert.True(result.Met);
    }
}

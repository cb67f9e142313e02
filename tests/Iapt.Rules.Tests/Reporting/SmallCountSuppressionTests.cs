using Iapt.Rules.Reporting;
using Iapt.Rules.Reporting.Disclosure;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.Reporting;

/// <summary>
/// Step 1 of disclosure control: counts under 5 are suppressed, 0 included (issue 6: "counts under 5 suppressed").
/// </summary>
public class SmallCountSuppressionTests
{
    private static readonly DisclosureRules Rules = DisclosureRules.NationalPublications;

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(6, false)]
    [InlineData(7, false)]
    [InlineData(1_500_000, false)]
    public void A_count_under_5_is_suppressed_and_5_or_more_is_shown(long count, bool suppressed)
    {
        Assert.Equal(suppressed, SmallCountSuppression.IsSuppressed(count, Rules));
        Assert.Equal(suppressed ? null : count, SmallCountSuppression.Suppress(count, Rules));
    }

    [Fact]
    public void No_count_stays_no_count() => Assert.Null(SmallCountSuppression.Suppress(null, Rules));

    [Fact]
    public void A_negative_count_is_a_programmer_error() =>
        Assert.ThrowsAny<ArgumentException>(() => SmallCountSuppression.IsSuppressed(-1, Rules));

    [Fact]
    public void A_small_numerator_is_withheld_and_the_figure_marked_suppressed()
    {
        var figure = ReportFigure.Of("recovered", "Recovered", 4, 20);
        var result = SmallCountSuppression.Apply(figure, Rules);
        Assert.Null(result.Count);
        Assert.Equal(20, result.Denominator);
        Assert.Equal(DisclosureState.Suppressed, result.Disclosure);
        Assert.Equal(FigureParts.Count, result.Withheld);
    }

    [Fact]
    public void A_small_denominator_is_withheld_even_when_the_count_is_not()
    {
        var figure = ReportFigure.Of("x", "X", 6, 4);
        var result = SmallCountSuppression.Apply(figure, Rules);
        Assert.Equal(6, result.Count);
        Assert.Null(result.Denominator);
        Assert.Equal(FigureParts.Denominator, result.Withheld);
        Assert.Equal(DisclosureState.Suppressed, result.Disclosure);
    }

    [Fact]
    public void Zero_out_of_zero_withholds_both_parts()
    {
        var result = SmallCountSuppression.Apply(ReportFigure.Of("x", "X", 0, 0), Rules);
        Assert.Null(result.Count);
        Assert.Null(result.Denominator);
        Assert.Equal(FigureParts.Count | FigureParts.Denominator, result.Withheld);
    }

    [Fact]
    public void This_step_changes_only_counts_so_the_rate_waits_for_the_next_step()
    {
        var result = SmallCountSuppression.Apply(ReportFigure.Of("x", "X", 3, 10, standard: ReportFixtures.Recovery50), Rules);
        Assert.Equal(0.3m, result.Rate);
        Assert.False(result.Met);
    }

    [Fact]
    public void Counts_of_5_and_more_leave_the_figure_as_it_is()
    {
        var figure = ReportFigure.Of("x", "X", 5, 5);
        Assert.Same(figure, SmallCountSuppression.Apply(figure, Rules));
    }

    [Fact]
    public void A_figure_without_counts_is_left_as_it_is()
    {
        var figure = ReportFigure.OfValue("mean_sessions", "Mean sessions", 6.5m, string.Empty);
        Assert.Same(figure, SmallCountSuppression.Apply(figure, Rules));
    }

    [Theory]
    [InlineData(7, true)]
    [InlineData(8, false)]
    public void Custom_rules_move_the_threshold(long count, bool suppressed)
    {
        var source = Source.UnconfirmedValue("TEST", "threshold 8");
        var rules = new DisclosureRules(new Sourced<long>(8, source), new Sourced<long>(5, source));
        Assert.Equal(suppressed, SmallCountSuppression.IsSuppressed(count, rules));
    }
}

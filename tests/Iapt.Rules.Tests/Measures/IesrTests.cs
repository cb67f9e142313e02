using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.Measures;

/// <summary>IES-R: 22 items 0-4, total 0-88, cut-off 33 [unconfirmed], no reliable-change value, not for recovery.</summary>
public class IesrTests
{
    private static readonly MeasureDefinition Iesr = RuleSet.ManualV4.Measures[MeasureKeys.Iesr];

    [Fact]
    public void IES_R_has_22_items_of_0_to_4_and_a_total_of_0_to_88()
    {
        Assert.Equal((22, 0, 4), (Iesr.ItemCount, Iesr.ItemMinimum, Iesr.ItemMaximum));
        Assert.Equal((0m, 88m), (Iesr.TotalMinimum, Iesr.TotalMaximum));
        Assert.Equal(MeasureRole.Outcome, Iesr.Role);
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(0, false)]
    [InlineData(32, false)]
    [InlineData(33, true)]
    [InlineData(88, true)]
    [InlineData(89, null)]
    public void The_cut_off_is_at_or_above_33_and_the_range_is_checked(int total, bool? isCase)
    {
        var result = Iesr.ScoreTotal(total);
        if (isCase is null)
        {
            Assert.Equal(ScoringErrorKind.TotalOutOfRange, result.AsT1.Kind);
        }
        else
        {
            Assert.Equal(isCase, result.AsT0.IsCase);
        }
    }

    [Fact]
    public void The_cut_off_is_an_unconfirmed_parameter_and_there_is_no_reliable_change_value()
    {
        Assert.True(Iesr.Caseness!.Source.Unconfirmed);
        Assert.Null(Iesr.ReliableChange);
        Assert.False(Iesr.CountsForRecovery.Value);
        Assert.Null(Iesr.Severity);
        Assert.Null(Iesr.NotApplicable);
    }

    [Fact]
    public void IES_R_scores_from_items()
    {
        int[] items = [.. Enumerable.Repeat(1, 11), .. Enumerable.Repeat(2, 11)];
        var score = Iesr.ScoreItems(items).AsT0;
        Assert.Equal((33, true), (score.WholeValue, score.IsCase));
        Assert.Equal(ScoringErrorKind.WrongItemCount, Iesr.ScoreItems([.. Enumerable.Repeat(1, 21)]).AsT1.Kind);
        Assert.Equal(ScoringErrorKind.ItemOutOfRange, Iesr.ScoreItems([5, .. Enumerable.Repeat(1, 21)]).AsT1.Kind);
    }
}

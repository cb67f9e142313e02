using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Specifications.Measures;

/// <summary>
/// The IES-R (Impact of Event Scale - Revised; Weiss and Marmar 1997), the PTSD measure of older extracts: 22 items
/// rated 0 (not at all) to 4 (extremely), total 0-88 (LIT). M4 Table 6 names the PCL-5 for PTSD, so the IES-R does
/// not count for recovery. Its cut-off of 33 (Creamer, Bell and Failla 2003) is widely cited but was not checked, so
/// it is an [unconfirmed] parameter; no reliable-change value is confirmed, so it has none.
/// </summary>
public class LIT_ImpactOfEventScaleRevised
{
    private static readonly MeasureDefinition Iesr = RuleSet.ManualV4.Measures[MeasureKeys.Iesr];

    /// <summary>LIT: 22 items of 0-4, total 0-88.</summary>
    [Fact]
    public void IES_R_has_22_items_of_0_to_4()
    {
        Assert.Equal((22, 0, 4), (Iesr.ItemCount, Iesr.ItemMinimum, Iesr.ItemMaximum));
        Assert.Equal((0m, 88m), (Iesr.TotalMinimum, Iesr.TotalMaximum));
        Assert.Equal(ScoringErrorKind.ItemOutOfRange, Iesr.ScoreItems([5, .. Enumerable.Repeat(0, 21)]).AsT1.Kind);
    }

    /// <summary>LIT [unconfirmed]: a total of 33 or more is probable PTSD.</summary>
    [Theory]
    [InlineData(32, false)]
    [InlineData(33, true)]
    public void The_cut_off_is_33_or_more(int total, bool isCase)
    {
        Assert.Equal(isCase, Iesr.ScoreTotal(total).AsT0.IsCase);
        Assert.True(Iesr.Caseness!.Source.Unconfirmed);
    }

    /// <summary>M4 Table 6 names the PCL-5 for PTSD; no reliable-change value for the IES-R is confirmed.</summary>
    [Fact]
    public void IES_R_does_not_count_for_recovery_and_has_no_reliable_change_value()
    {
        Assert.False(Iesr.CountsForRecovery.Value);
        Assert.Null(Iesr.ReliableChange);
    }

    /// <summary>The name as extracts write it, IES-R, finds the measure.</summary>
    [Fact]
    public void IES_R_as_written_finds_the_measure() =>
        Assert.Same(Iesr, RuleSet.ManualV4.Measures.Find("IES-R").AsT0);
}

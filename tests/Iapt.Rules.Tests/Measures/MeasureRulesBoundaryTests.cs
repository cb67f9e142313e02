using System.Collections.Immutable;
using Iapt.Rules.Measures;
using Iapt.Rules.Provenance;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Measures;

/// <summary>
/// The edges of the measure rules around scoring: caseness decided exactly for values and cut-offs beyond the 2^31
/// bound of its integer fast path, what a catalogue and a definition reject and how they say so, severity scales
/// without bands, and a score's whole value and packed fields.
/// </summary>
public class MeasureRulesBoundaryTests
{
    private static readonly Source LocalSource = new("LOCAL", "boundary test");

    private static readonly MeasureDefinition Phq9 = RuleSet.ManualV4.Measures[MeasureKeys.Phq9];

    private static readonly MeasureDefinition Mi = RuleSet.ManualV4.Measures[MeasureKeys.Mi];

    private const decimal TwoToThe62 = 4_611_686_018_427_387_904m;

    private static CasenessRule AtOrAbove(decimal cutOff) => new(cutOff, CasenessComparison.AtOrAbove, LocalSource);

    // Caseness: a cut-off or value of 2^62 against a half, where either cross product would overflow 64 bits.
    [Fact]
    public void A_half_is_not_a_case_against_a_cut_off_of_2_to_the_62()
    {
        Assert.False(AtOrAbove(TwoToThe62).IsCase(0.5m));
    }

    [Fact]
    public void A_value_of_2_to_the_62_is_a_case_against_a_cut_off_of_a_half()
    {
        Assert.True(AtOrAbove(0.5m).IsCase(TwoToThe62));
    }

    [Fact]
    public void A_value_of_2_to_the_62_is_a_case_at_a_cut_off_of_2_to_the_62_and_one_less_is_not()
    {
        Assert.True(AtOrAbove(TwoToThe62).IsCase(TwoToThe62));
        Assert.False(AtOrAbove(TwoToThe62).IsCase(TwoToThe62 - 1m));
    }

    [Fact]
    public void At_the_2_to_the_31_bound_a_value_equal_to_the_cut_off_is_a_case_and_strictly_above_is_not()
    {
        const decimal IntMax = int.MaxValue;
        Assert.True(AtOrAbove(IntMax).IsCase(IntMax));
        Assert.False(AtOrAbove(IntMax).IsCase(IntMax - 0.5m));
        Assert.False(new CasenessRule(IntMax, CasenessComparison.StrictlyAbove, LocalSource).IsCase(IntMax));
        Assert.True(new CasenessRule(IntMax, CasenessComparison.StrictlyAbove, LocalSource).IsCase(IntMax + 0.000000001m));
    }

    // A catalogue: a repeated key is reported as repeated, and its key list is in listing order, comma separated.
    [Fact]
    public void A_catalogue_with_a_key_twice_says_the_key_appears_twice()
    {
        var error = Assert.Throws<ArgumentException>(() => new MeasureCatalogue([Phq9, Mi, Phq9]));
        Assert.Contains("'phq9' appears twice", error.Message);
    }

    [Fact]
    public void A_catalogue_lists_its_keys_in_order_separated_by_a_comma_and_a_space()
    {
        Assert.Equal("mi, phq9", new MeasureCatalogue([Mi, Phq9]).Keys);
    }

    // A definition: no items means not scorable; not-applicable positions must all be items, the last included.
    [Fact]
    public void A_measure_of_zero_items_is_not_scorable()
    {
        Assert.False((Phq9 with { ItemCount = 0 }).IsScorable);
        Assert.False((Phq9 with { ItemCount = null }).IsScorable);
        Assert.True((Phq9 with { ItemCount = 1, RiskItem = null }).IsScorable);
    }

    private static NotApplicableRule NotApplicableAt(params int[] positions) => new(
        [.. positions], "test", LocalSource, new Sourced<NotApplicableScoring>(NotApplicableScoring.SumOfApplicableItems, LocalSource));

    [Fact]
    public void The_last_item_may_be_not_applicable()
    {
        var measure = Phq9 with { RiskItem = null, NotApplicable = NotApplicableAt(9) };
        measure.Validate();
        ItemAnswer[] items = [1, 1, 1, 1, 1, 1, 1, 1, ItemAnswer.NotApplicable];
        Assert.Equal(8, measure.ScoreItems(items).AsT0.WholeValue);
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(0, 2)]
    [InlineData(10, 3)]
    public void Not_applicable_positions_one_of_which_is_not_an_item_are_rejected(int first, int second)
    {
        var measure = Phq9 with { RiskItem = null, NotApplicable = NotApplicableAt(first, second) };
        Assert.Throws<ArgumentException>(measure.Validate);
    }

    // A severity scale needs a band.
    [Fact]
    public void A_severity_scale_without_bands_is_rejected_as_having_no_band()
    {
        var measure = Phq9 with { Severity = new SeverityScale([], LocalSource) };
        var error = Assert.Throws<ArgumentException>(measure.Validate);
        Assert.Contains("at least one band", error.Message);
    }

    [Fact]
    public void A_severity_scale_with_default_bands_is_rejected_as_an_argument_error()
    {
        var measure = Phq9 with { Severity = new SeverityScale(default(ImmutableArray<SeverityBand>), LocalSource) };
        var error = Assert.Throws<ArgumentException>(measure.Validate);
        Assert.Contains("at least one band", error.Message);
    }

    // A score: a whole mean held as a fraction (MI: 27 answers of 2 = 54/27) is the whole number 2.
    [Fact]
    public void A_whole_item_mean_has_the_whole_value_of_the_mean()
    {
        var score = Mi.ScoreItems([.. Enumerable.Repeat(2, 27)]).AsT0;
        Assert.Equal(27, score.Ratio.Denominator);
        Assert.Equal(2, score.WholeValue);
        Assert.Equal(2m, score.Value);
    }

    [Fact]
    public void A_fractional_item_mean_has_no_whole_value()
    {
        int[] items = [.. Enumerable.Repeat(2, 26), 3];
        Assert.Null(Mi.ScoreItems(items).AsT0.WholeValue);
    }

    // A score packs origin, risk and not-applicable count into small fields and never wraps them silently.
    [Fact]
    public void A_score_rejects_an_origin_that_does_not_fit_its_field()
    {
        Assert.Throws<OverflowException>(() => new Score(Phq9, 0, 1, (ScoreOrigin)256, RiskSignal.NotAssessed));
    }

    [Fact]
    public void A_score_rejects_a_risk_signal_that_does_not_fit_its_field()
    {
        Assert.Throws<OverflowException>(() => new Score(Phq9, 0, 1, ScoreOrigin.Items, (RiskSignal)256));
    }

    [Fact]
    public void A_score_rejects_a_not_applicable_count_that_does_not_fit_its_field()
    {
        Assert.Throws<OverflowException>(() => new Score(Phq9, 0, 1, ScoreOrigin.Items, RiskSignal.NotAssessed, ushort.MaxValue + 1));
        Assert.Equal(ushort.MaxValue, new Score(Phq9, 0, 1, ScoreOrigin.Items, RiskSignal.NotAssessed, ushort.MaxValue).NotApplicableItems);
    }
}

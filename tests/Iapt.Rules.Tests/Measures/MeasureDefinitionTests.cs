using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.Measures;

/// <summary>
/// Custom measure definitions: how a definition is checked, and how one whose items do not start at 0 is scored (a
/// summed measure of three items scored 1-5 has totals 3-15, not 1-15).
/// </summary>
public class MeasureDefinitionTests
{
    private static readonly Source Local = new("LOCAL", "test measure");

    /// <summary>Three items scored 1-5, summed: totals 3 to 15.</summary>
    private static MeasureDefinition OneToFive(string key = "local3") => new()
    {
        Key = key,
        Name = "A local three-item measure",
        Role = MeasureRole.Outcome,
        ItemCount = 3,
        ItemMinimum = 1,
        ItemMaximum = 5,
        StructureSource = Local,
        CountsForRecovery = new Sourced<bool>(false, Local),
    };

    [Fact]
    public void A_summed_measure_whose_items_start_at_1_has_a_total_range_of_items_times_1_to_items_times_5()
    {
        var measure = OneToFive();
        Assert.Equal(3m, measure.TotalMinimum);
        Assert.Equal(15m, measure.TotalMaximum);
        Assert.Equal(ScoringErrorKind.TotalOutOfRange, measure.ScoreTotal(2).AsT1.Kind);
        Assert.Equal(3m, measure.ScoreTotal(3).AsT0.Value);
        Assert.Equal(15m, measure.ScoreTotal(15).AsT0.Value);
        Assert.Equal(ScoringErrorKind.TotalOutOfRange, measure.ScoreTotal(16).AsT1.Kind);
    }

    [Theory]
    [InlineData(" local3")]
    [InlineData("Local3")]
    [InlineData("")]
    public void A_key_that_is_not_lower_case_and_trimmed_is_rejected(string key)
    {
        Assert.Throws<ArgumentException>(() => (OneToFive() with { Key = key }).Validate());
    }

    [Fact]
    public void A_measure_with_no_items_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => (OneToFive() with { ItemCount = 0 }).Validate());
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(3, true)]
    [InlineData(0, false)]
    [InlineData(4, false)]
    public void The_risk_item_must_be_one_of_the_items(int riskItem, bool valid)
    {
        var measure = OneToFive() with { RiskItem = riskItem };
        if (valid)
        {
            measure.Validate();
            Assert.Equal(RiskSignal.Raised, measure.ScoreItems([1, 1, 1]).AsT0.Risk);
        }
        else
        {
            Assert.Throws<ArgumentException>(measure.Validate);
        }
    }

    [Fact]
    public void Severity_bands_are_checked_against_the_total_range()
    {
        var gap = new SeverityScale([new SeverityBand("low", 3, 8), new SeverityBand("high", 10, 15)], Local);
        var fromZero = new SeverityScale([new SeverityBand("low", 0, 8), new SeverityBand("high", 9, 15)], Local);
        var reversed = new SeverityScale([new SeverityBand("low", 3, 2), new SeverityBand("high", 3, 15)], Local);
        var short_ = new SeverityScale([new SeverityBand("low", 3, 8), new SeverityBand("high", 9, 14)], Local);
        var empty = new SeverityScale([], Local);
        foreach (var scale in new[] { gap, fromZero, reversed, short_, empty })
        {
            Assert.Throws<ArgumentException>(() => (OneToFive() with { Severity = scale }).Validate());
        }

        var single = new SeverityScale([new SeverityBand("low", 3, 3), new SeverityBand("high", 4, 15)], Local);
        (OneToFive() with { Severity = single }).Validate();
        Assert.Equal("low", (OneToFive() with { Severity = single }).ScoreTotal(3).AsT0.Severity!.Key);
    }

    [Fact]
    public void A_catalogue_replaces_a_measure_in_its_place_and_adds_a_new_one_at_the_end()
    {
        var catalogue = RuleSet.ManualV4.Measures;
        var phq9 = catalogue[MeasureKeys.Phq9] with { Name = "PHQ-9, local wording" };
        Assert.Equal(MeasureKeys.Phq9, catalogue[0].Key);

        var replaced = catalogue.With(phq9);
        Assert.Equal(catalogue.Count, replaced.Count);
        Assert.Equal("PHQ-9, local wording", replaced[0].Name);
        Assert.Equal(catalogue[1].Key, replaced[1].Key);

        var added = catalogue.With(OneToFive());
        Assert.Equal(catalogue.Count + 1, added.Count);
        Assert.Equal("local3", added[added.Count - 1].Key);
    }

    [Fact]
    public void Scores_on_equal_definitions_are_equal_and_scores_that_differ_are_not()
    {
        var phq9 = RuleSet.ManualV4.Measures[MeasureKeys.Phq9];
        var copy = phq9 with { };
        Assert.False(ReferenceEquals(phq9, copy));
        Assert.True(phq9.ScoreTotal(12).AsT0 == copy.ScoreTotal(12).AsT0);
        Assert.True(phq9.ScoreTotal(12).AsT0 != phq9.ScoreTotal(13).AsT0);
        Assert.True(phq9.ScoreTotal(12).AsT0 != RuleSet.ManualV4.Measures[MeasureKeys.Gad7].ScoreTotal(12).AsT0);
        Assert.True(default(Score) == default(Score));
        Assert.False(default(Score) == phq9.ScoreTotal(0).AsT0);
    }

    [Fact]
    public void A_severity_band_reads_as_its_key_and_range()
    {
        Assert.Equal("moderate (10-14)", RuleSet.ManualV4.Measures[MeasureKeys.Phq9].ScoreTotal(12).AsT0.Severity!.ToString());
    }
}

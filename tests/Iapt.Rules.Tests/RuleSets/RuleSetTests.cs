using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.RuleSets;

/// <summary>Rule sets: the default, provenance, and custom rule sets built without forking.</summary>
public class RuleSetTests
{
    [Fact]
    public void The_default_rule_set_is_the_IAPT_Manual_v4_of_March_2020()
    {
        var rules = RuleSet.ManualV4;
        Assert.Equal("IAPT Manual v4", rules.Name);
        Assert.Equal(new NodaTime.LocalDate(2020, 3, 1), rules.EffectiveDate);
        Assert.Contains(rules.Sources, s => s.StartsWith("M4:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("phq9", "wsas", "gad7", "spin", "pcl5", "mi", "oci", "pdss", "hai", "biq", "ibs", "cfq", "phq15", "iesr", "gad2", "minispin", "whooley")]
    public void The_catalogue_holds_every_measure_of_the_reference(params string[] keys)
    {
        Assert.Equal(keys.Order(), RuleSet.ManualV4.Measures.Select(m => m.Key).Order());
    }

    [Theory]
    [InlineData("spin", false, true)]
    [InlineData("pcl5", false, true)]
    [InlineData("mi", false, true)]
    [InlineData("oci", false, true)]
    [InlineData("pdss", false, true)]
    [InlineData("hai", true, true)]
    [InlineData("phq9", false, false)]
    [InlineData("gad7", false, false)]
    public void Unconfirmed_values_say_so_in_their_source(string key, bool cutOffUnconfirmed, bool reliableChangeUnconfirmed)
    {
        var measure = RuleSet.ManualV4.Measures[key];
        Assert.Equal(cutOffUnconfirmed, measure.Caseness!.Source.Unconfirmed);
        Assert.Equal(reliableChangeUnconfirmed, measure.ReliableChange!.Value.Source.Unconfirmed);
        Assert.Equal(reliableChangeUnconfirmed, measure.ReliableChange!.Value.Source.ToString().EndsWith("[unconfirmed]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_service_can_use_the_OCI_R_in_place_of_the_OCI_without_forking()
    {
        var ociR = RuleSet.ManualV4.Measures[MeasureKeys.Oci] with
        {
            Name = "OCI-R (18 items)",
            ItemCount = 18,
            Caseness = new CasenessRule(21m, CasenessComparison.AtOrAbove, new Source("LOCAL", "service protocol")),
        };
        var mine = RuleSet.ManualV4.WithMeasure(ociR) with { Name = "Our service", Version = "2026.1" };

        Assert.Equal(72m, mine.Measures[MeasureKeys.Oci].TotalMaximum);
        Assert.True(mine.Measures[MeasureKeys.Oci].ScoreTotal(21).AsT0.IsCase);
        Assert.False(RuleSet.ManualV4.Measures[MeasureKeys.Oci].ScoreTotal(21).AsT0.IsCase);
        Assert.Equal(RuleSet.ManualV4.Measures.Count, mine.Measures.Count);
        Assert.Equal("Our service (2026.1)", mine.ToString());
    }

    [Fact]
    public void A_rule_set_can_switch_on_a_starred_measure_for_recovery()
    {
        var cfq = RuleSet.ManualV4.Measures[MeasureKeys.Cfq] with
        {
            Caseness = new CasenessRule(19m, CasenessComparison.AtOrAbove, new Source("LOCAL", "example")),
            ReliableChange = new Sourced<Iapt.Rules.Numerics.Threshold>(5m, new Source("LOCAL", "example")),
            CountsForRecovery = new Sourced<bool>(true, new Source("LOCAL", "example")),
        };
        var rules = RuleSet.ManualV4.WithMeasure(cfq);
        Assert.True(rules.Measures[MeasureKeys.Cfq].CountsForRecovery.Value);
    }

    [Fact]
    public void An_inconsistent_definition_is_refused_when_the_rule_set_is_built()
    {
        var broken = RuleSet.ManualV4.Measures[MeasureKeys.Gad7] with { Caseness = null };
        Assert.Throws<ArgumentException>(() => RuleSet.ManualV4.WithMeasure(broken));
        var reversed = RuleSet.ManualV4.Measures[MeasureKeys.Gad7] with { ItemMinimum = 3, ItemMaximum = 0, Severity = null };
        Assert.Throws<ArgumentException>(() => RuleSet.ManualV4.WithMeasure(reversed));
    }

    [Fact]
    public void Duplicate_keys_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new MeasureCatalogue([ManualV4Measures.Phq9, ManualV4Measures.Phq9]));
    }
}

using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Specifications.Measures;

/// <summary>
/// M4 Table 6 (outcome measures by problem descriptor, with cut-offs) and Table 9 (definitions), as the default rule
/// set encodes them. One case per measure row: the cut-off, whether the cut-off itself is a case, the
/// reliable-change value, and whether the measure counts for recovery under M4.
/// Source: seeds/001_a2cac0063d4a7b45.txt, Table 6; reference fact sheet §2.
/// </summary>
public class M4_Table6_OutcomeMeasures
{
    /// <summary>M4 Table 6 "Key and cut-off scores" (PHQ-9 10 and above ... MI above an item average of 2.3) with the NHSD reliable-change values; one case per measure.</summary>
    [Theory]
    [InlineData("phq9", "10", "at or above", "6", true)]
    [InlineData("gad7", "8", "at or above", "4", true)]
    [InlineData("spin", "19", "at or above", "10", true)]
    [InlineData("pcl5", "32", "at or above", "10", true)]
    [InlineData("mi", "2.3", "strictly above", "0.73", true)]
    [InlineData("oci", "40", "at or above", "32", true)]
    [InlineData("pdss", "8", "at or above", "5", true)]
    [InlineData("hai", "18", "at or above", "4", true)]
    public void Table_6_measure_row_has_its_cut_off_and_reliable_change_and_counts_for_recovery(
        string measure, string cutOff, string comparison, string reliableChange, bool countsForRecovery)
    {
        var definition = RuleSet.ManualV4.Measures[measure];
        Assert.Equal(cutOff, definition.Caseness!.CutOff.ToString());
        Assert.StartsWith(comparison, definition.Caseness.ToString(), StringComparison.Ordinal);
        Assert.Equal(reliableChange, definition.ReliableChange!.Value.Value.ToString());
        Assert.Equal(countsForRecovery, definition.CountsForRecovery.Value);
    }

    /// <summary>M4 Table 6 "*": "These measures will not currently be used for recovery and paired scores calculations."</summary>
    [Theory]
    [InlineData("biq")]
    [InlineData("ibs")]
    [InlineData("cfq")]
    [InlineData("phq15")]
    public void Table_6_starred_measure_is_not_used_for_recovery_yet(string measure)
    {
        var definition = RuleSet.ManualV4.Measures[measure];
        Assert.False(definition.CountsForRecovery.Value);
        Assert.Null(definition.Caseness);
        Assert.Null(definition.ReliableChange);
    }

    /// <summary>M4 §6.2 and Table 9: the WSAS is the main measure of disability; it has no caseness.</summary>
    [Fact]
    public void Table_9_WSAS_is_the_disability_measure_and_has_no_caseness()
    {
        var wsas = RuleSet.ManualV4.Measures[MeasureKeys.Wsas];
        Assert.Equal(MeasureRole.Disability, wsas.Role);
        Assert.Null(wsas.Caseness);
        Assert.False(wsas.CountsForRecovery.Value);
    }

    /// <summary>M4 Table 9: caseness is a score at or above the clinical cut-off (PHQ-9 10, GAD-7 8), so the cut-off itself is a case.</summary>
    [Theory]
    [InlineData("phq9", 9, 10)]
    [InlineData("gad7", 7, 8)]
    public void Table_9_caseness_is_a_score_at_or_above_the_cut_off(string measure, int below, int at)
    {
        var definition = RuleSet.ManualV4.Measures[measure];
        Assert.False(definition.ScoreTotal(below).AsT0.IsCase);
        Assert.True(definition.ScoreTotal(at).AsT0.IsCase);
    }

    /// <summary>M4 Table 6: MI "above an item average of 2.3", strictly: 2.3 itself is not a case.</summary>
    [Fact]
    public void Table_6_MI_caseness_is_a_mean_strictly_above_2_3()
    {
        var mi = RuleSet.ManualV4.Measures[MeasureKeys.Mi];
        Assert.False(mi.ScoreTotal(2.3m).AsT0.IsCase);
        Assert.True(mi.ScoreTotal(2.31m).AsT0.IsCase);
    }

    /// <summary>
    /// Table 6 writes the measures as PHQ-9, GAD-7, WSAS, SPIN, PCL-5, MI, OCI, PDSS, HAI, BIQ and PHQ-15 (§6.2 and
    /// Table 10 too); written that way, in any case, each finds its measure. One case per name as M4 writes it.
    /// </summary>
    [Theory]
    [InlineData("PHQ-9", "phq9")]
    [InlineData("GAD-7", "gad7")]
    [InlineData("WSAS", "wsas")]
    [InlineData("SPIN", "spin")]
    [InlineData("PCL-5", "pcl5")]
    [InlineData("MI", "mi")]
    [InlineData("OCI", "oci")]
    [InlineData("PDSS", "pdss")]
    [InlineData("HAI", "hai")]
    [InlineData("BIQ", "biq")]
    [InlineData("PHQ-15", "phq15")]
    [InlineData("GAD-2", "gad2")]      // §7.3.1
    [InlineData("Mini-SPIN", "minispin")] // §7.3.1 "Mini-Social Phobia Inventory", as the fact sheet §2 abbreviates it
    public void A_measure_as_M4_writes_it_finds_its_key(string written, string key)
    {
        Assert.Equal(key, RuleSet.ManualV4.Measures.Find(written).AsT0.Key);
        Assert.Equal(key, RuleSet.ManualV4.Measures.Find(written.ToLowerInvariant()).AsT0.Key);
    }
}

using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Measures;

/// <summary>Measure names as people write them resolve to keys; unknown names list the valid keys.</summary>
public class MeasureNameTests
{
    private static readonly MeasureCatalogue Catalogue = RuleSet.ManualV4.Measures;

    [Theory]
    [InlineData("PHQ-9", "phq9")]
    [InlineData("phq9", "phq9")]
    [InlineData("Phq 9", "phq9")]
    [InlineData("GAD7", "gad7")]
    [InlineData("GAD-7", "gad7")]
    [InlineData("pcl-5", "pcl5")]
    [InlineData("PCL_5", "pcl5")]
    [InlineData("IES-R", "iesr")]
    [InlineData("ies-r", "iesr")]
    [InlineData("Mini-SPIN", "minispin")]
    [InlineData("PHQ-15", "phq15")]
    [InlineData("  WSAS ", "wsas")]
    [InlineData("M.I.", "mi")]
    public void A_name_as_written_resolves(string name, string key)
    {
        Assert.True(Catalogue.TryGet(name, out var measure));
        Assert.Equal(key, measure.Key);
        Assert.Equal(key, Catalogue.Find(name).AsT0.Key);
        Assert.Equal(key, Catalogue[name].Key);
    }

    [Theory]
    [InlineData("phq10")]
    [InlineData("PHQ-99")]
    [InlineData("")]
    [InlineData("-")]
    public void An_unknown_name_is_an_error_listing_the_valid_keys(string name)
    {
        var error = Catalogue.Find(name).AsT1;
        Assert.Equal(ScoringErrorKind.UnknownMeasure, error.Kind);
        Assert.EndsWith($"(valid keys: {Catalogue.Keys})", error.Message, StringComparison.Ordinal);
        var thrown = Assert.Throws<KeyNotFoundException>(() => Catalogue[name]);
        Assert.Contains(Catalogue.Keys, thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_keys_are_listed_in_catalogue_order() =>
        Assert.Equal(string.Join(", ", Catalogue.Select(m => m.Key)), Catalogue.Keys);

    [Theory]
    [InlineData("PHQ-9", "phq9")]
    [InlineData("I E S - R", "iesr")]
    [InlineData("", "")]
    [InlineData("Ünï-1", "ünï1")]
    public void The_canonical_form_keeps_letters_and_digits_in_lower_case(string name, string canonical) =>
        Assert.Equal(canonical, MeasureKeys.Canonical(name));

    [Fact]
    public void Two_keys_that_differ_only_in_punctuation_cannot_share_a_catalogue()
    {
        var ociR = ManualV4Measures.Oci with { Key = "oci_r" };
        var ocir = ManualV4Measures.Oci with { Key = "ocir" };
        Assert.Throws<ArgumentException>(() => new MeasureCatalogue([ociR, ocir]));
    }

    [Fact]
    public void A_custom_key_with_punctuation_resolves_from_its_written_forms()
    {
        var rules = RuleSet.ManualV4.WithMeasure(ManualV4Measures.Oci with { Key = "oci_r", Name = "OCI-R" });
        Assert.Equal("oci_r", rules.Measures.Find("OCI-R").AsT0.Key);
        Assert.Equal("oci_r", rules.Measures.Find("oci_r").AsT0.Key);
    }
}

using Iapt.Rules.Measures;
using Iapt.Rules.Numerics;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.ProblemDescriptors;

/// <summary>The descriptor table as rule-set data: custom tables, validation and the anxiety-measure choice.</summary>
public class DescriptorTableTests
{
    private static readonly Source Local = new("LOCAL", "service protocol");

    [Fact]
    public void A_service_can_record_dysthymia_as_depression_in_its_own_rule_set()
    {
        var table = RuleSet.ManualV4.Descriptors.WithCode(new Icd10Group("F34.1", ProblemDescriptor.Depression, Local));
        Assert.Equal(ProblemDescriptor.Depression, table.Parse("F34.1").AsT0);
        Assert.True(RuleSet.ManualV4.Descriptors.Parse("F34.1").IsT1);
    }

    [Fact]
    public void A_service_can_add_its_own_key()
    {
        var table = RuleSet.ManualV4.Descriptors.WithKey(new DescriptorKey("82423001", ProblemDescriptor.ChronicPain, Local));
        Assert.Equal(ProblemDescriptor.ChronicPain, table.Parse("82423001").AsT0);
    }

    [Theory]
    [InlineData("F4")]
    [InlineData("F45.3-F46.2")]
    [InlineData("F45.9-F45.3")]
    [InlineData("F48-F40")]
    [InlineData("F40-K58")]
    [InlineData("F40-F41.1")]
    public void An_ICD10_group_that_is_not_a_category_subdivision_or_range_is_refused(string codes)
    {
        Assert.Throws<ArgumentException>(() => new Icd10Group(codes, ProblemDescriptor.Depression, Local));
    }

    [Fact]
    public void A_table_needs_exactly_one_row_per_descriptor()
    {
        var table = RuleSet.ManualV4.Descriptors;
        Assert.Throws<ArgumentException>(() => new DescriptorTable(table.DepressionMeasure, table.DefaultAnxietyMeasure,
            table.Rows.Skip(1), table.Codes, table.Keys));
        Assert.Throws<ArgumentException>(() => new DescriptorTable(table.DepressionMeasure, table.DefaultAnxietyMeasure,
            table.Rows.Append(table.Rows[0]), table.Codes, table.Keys));
    }

    [Fact]
    public void A_repeated_key_is_refused()
    {
        var table = RuleSet.ManualV4.Descriptors;
        Assert.Throws<ArgumentException>(() => new DescriptorTable(table.DepressionMeasure, table.DefaultAnxietyMeasure,
            table.Rows, table.Codes, table.Keys.Append(new DescriptorKey("BDD", ProblemDescriptor.ChronicPain, Local))));
    }

    [Fact]
    public void Switching_on_a_starred_measure_makes_it_the_anxiety_measure_when_paired()
    {
        var cfq = RuleSet.ManualV4.Measures[MeasureKeys.Cfq] with
        {
            Caseness = new CasenessRule(19m, CasenessComparison.AtOrAbove, Local),
            ReliableChange = new Sourced<Threshold>(5m, Local),
            CountsForRecovery = new Sourced<bool>(true, Local),
        };
        var rules = RuleSet.ManualV4.WithMeasure(cfq);
        Assert.Equal(MeasureKeys.Cfq, rules.ChooseAnxietyMeasure(ProblemDescriptor.ChronicFatigueSyndrome, true).Key);
        Assert.Equal(MeasureKeys.Gad7, RuleSet.ManualV4.ChooseAnxietyMeasure(ProblemDescriptor.ChronicFatigueSyndrome, true).Key);
        Assert.True(new OutcomeClassifier(rules).CallsForAdsm(ProblemDescriptor.ChronicFatigueSyndrome));
        Assert.False(new OutcomeClassifier(RuleSet.ManualV4).CallsForAdsm(ProblemDescriptor.ChronicFatigueSyndrome));
    }

    [Fact]
    public void A_service_can_change_a_row_of_table_6()
    {
        var rules = RuleSet.ManualV4 with
        {
            Descriptors = RuleSet.ManualV4.Descriptors.WithRow(
                new DescriptorRow(ProblemDescriptor.SpecificPhobia, MeasureKeys.Spin, Local)),
        };
        Assert.Equal(MeasureKeys.Spin, rules.ChooseAnxietyMeasure(ProblemDescriptor.SpecificPhobia, true).Key);
        Assert.Equal(MeasureKeys.Gad7, RuleSet.ManualV4.ChooseAnxietyMeasure(ProblemDescriptor.SpecificPhobia, true).Key);
    }

    [Fact]
    public void A_classifier_refuses_a_table_that_names_a_measure_the_catalogue_lacks()
    {
        var rules = RuleSet.ManualV4 with
        {
            Descriptors = RuleSet.ManualV4.Descriptors.WithRow(
                new DescriptorRow(ProblemDescriptor.SpecificPhobia, "fq", Local)),
        };
        Assert.Throws<ArgumentException>(() => new OutcomeClassifier(rules));
    }

    [Fact]
    public void An_undefined_descriptor_value_is_a_programmer_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleSet.ManualV4.Descriptors[(ProblemDescriptor)99]);
    }

    /// <summary>A range of categories covers every category from its first to its last, and nothing outside.</summary>
    [Theory]
    [InlineData("F50", true)]
    [InlineData("F51.2", true)]
    [InlineData("F52", true)]
    [InlineData("F49", false)]
    [InlineData("F53", false)]
    public void A_range_of_categories_covers_its_first_to_its_last_category(string code, bool covered)
    {
        var table = RuleSet.ManualV4.Descriptors.WithCode(new Icd10Group("F50-F52", ProblemDescriptor.Depression, Local));
        Assert.Equal(covered, table.Parse(code).IsT0);
    }

    /// <summary>A range of subdivisions of one category covers those subdivisions only.</summary>
    [Theory]
    [InlineData("F51.1", false)]
    [InlineData("F51.2", true)]
    [InlineData("F51.4", true)]
    [InlineData("F51.5", false)]
    public void A_range_of_subdivisions_covers_its_first_to_its_last_subdivision(string code, bool covered)
    {
        var table = RuleSet.ManualV4.Descriptors.WithCode(new Icd10Group("F51.2-F51.4", ProblemDescriptor.Depression, Local));
        Assert.Equal(covered, table.Parse(code).IsT0);
    }
}

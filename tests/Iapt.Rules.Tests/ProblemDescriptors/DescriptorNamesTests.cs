using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.ProblemDescriptors;

/// <summary>The descriptor vocabulary's names for people, with the codes that record each group (M4 Table 6; reference §3, §8).</summary>
public class DescriptorNamesTests
{
    private static readonly DescriptorTable Table = DescriptorTable.ManualV4;

    [Theory]
    [InlineData("depression", "Depression (F32, F33)")]
    [InlineData("generalised_anxiety_disorder", "Generalised anxiety disorder (F41.1)")]
    [InlineData("GENERALISED_ANXIETY_DISORDER", "Generalised anxiety disorder (F41.1)")]
    [InlineData("mixed_anxiety_and_depression", "Mixed anxiety and depressive disorder (F41.2)")]
    [InlineData("chronic_fatigue_syndrome", "Chronic fatigue syndrome (G93.3)")]
    [InlineData("irritable_bowel_syndrome", "Irritable bowel syndrome (K58)")]
    [InlineData("medically_unexplained_symptoms", "Medically unexplained symptoms not otherwise specified (F45.0-F45.1, F45.3-F45.9)")]
    [InlineData("body_dysmorphic_disorder", "Body dysmorphic disorder (SNOMED CT 83482000)")]
    [InlineData("chronic_pain", "Chronic pain")]
    [InlineData("other_anxiety_or_stress_related", "Other anxiety (other F40 to F43)")]
    [InlineData("other_mental_health_problems", "Other mental health problems")]
    [InlineData("invalid_data_supplied", "Invalid data supplied")]
    [InlineData("none", "No problem descriptor (Unspecified)")]
    [InlineData("a_local_group", "a local group")]
    public void A_group_key_reads_as_its_name_with_its_codes(string key, string name) => Assert.Equal(name, Table.DisplayName(key));

    [Fact]
    public void Every_group_of_the_national_breakdown_has_a_name_with_no_underscore() =>
        Assert.All(Table.Groups, g => Assert.DoesNotContain('_', Table.DisplayName(g.Key)));

    [Fact]
    public void A_renamed_group_is_named_by_the_new_table()
    {
        var local = Table.WithGroup(Table.FindGroup("depression")! with { Name = "Low mood", Source = new Source("local", "service naming") });
        Assert.Equal("Low mood (F32, F33)", local.DisplayName("depression"));
        Assert.Equal("Depression (F32, F33)", Table.DisplayName("depression"));
    }

    [Fact]
    public void A_code_a_service_adds_shows_with_the_group()
    {
        var local = Table.WithCode(new Icd10Group("F34.1", ProblemDescriptor.Depression, new Source("local", "dysthymia as depression")));
        Assert.Equal("F34.1, F32, F33", local.CodesOf(local.FindGroup("depression")!));
    }

    [Fact]
    public void The_national_groups_of_other_codes_show_no_codes_even_when_a_table_maps_codes_to_other()
    {
        var local = Table.WithCode(new Icd10Group("F99", ProblemDescriptor.Other, new Source("local", "unspecified mental disorder as other")));
        Assert.Equal("", local.CodesOf(local.FindGroup("other_mental_health_problems")!));
        Assert.Equal("Other mental health problems", local.DisplayName("other_mental_health_problems"));
    }

    [Fact]
    public void Finding_a_group_ignores_case_and_spaces_and_returns_null_for_no_group()
    {
        Assert.Equal("panic_disorder", Table.FindGroup(" Panic_Disorder ")!.Key);
        Assert.Null(Table.FindGroup("panic"));
        Assert.Null(Table.FindGroup(null));
    }
}

using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.ProblemDescriptors;

/// <summary>Reading recorded problem descriptors in every form services send (reference §3; M4 §5.1.3).</summary>
public class DescriptorParsingTests
{
    private static readonly DescriptorTable Table = RuleSet.ManualV4.Descriptors;

    [Theory]
    [InlineData("F41.1")]
    [InlineData("F411")]
    [InlineData("f41.1")]
    [InlineData("f411")]
    [InlineData(" F41.1 ")]
    [InlineData("\tF411\t")]
    public void Every_form_of_an_ICD10_code_reads_as_the_same_descriptor(string text)
    {
        Assert.Equal(ProblemDescriptor.GeneralisedAnxietyDisorder, Table.Parse(text).AsT0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    public void Nothing_recorded_is_no_problem_descriptor(string? text)
    {
        Assert.Equal(ProblemDescriptor.None, Table.Parse(text).AsT0);
    }

    [Theory]
    [InlineData("F4")]
    [InlineData("41.1")]
    [InlineData("F41.")]
    [InlineData("F41.123")]
    [InlineData("FF41")]
    [InlineData("F41-1")]
    [InlineData("F41.1.")]
    [InlineData("F4.11")]
    [InlineData("F 41.1")]
    [InlineData("F41.X1")]
    [InlineData("F41.1x")]
    [InlineData("depressed")]
    [InlineData("12345")]
    [InlineData("none")]
    public void Text_that_is_no_code_is_a_malformed_error_not_no_descriptor(string text)
    {
        var result = Table.Parse(text);
        Assert.True(result.IsT1);
        Assert.Equal(ProblemDescriptorErrorKind.Malformed, result.AsT1.Kind);
        Assert.Equal("problem_descriptor", result.AsT1.Field);
    }

    [Theory]
    [InlineData("F31.0")] // bipolar affective disorder
    [InlineData("F20")] // schizophrenia
    [InlineData("F10.2")] // alcohol dependence
    [InlineData("F34.1")] // dysthymia: not in the M4 Table 6 groups
    [InlineData("F50.0")] // anorexia nervosa
    [InlineData("F39")] // just below F40
    [InlineData("F44.1")] // F44 and F48 are other mental health problems (reference §8)
    [InlineData("F48.0")]
    [InlineData("F45")] // F45 with no subdivision: neither health anxiety nor MUS can be told
    [InlineData("F49")]
    [InlineData("G93.1")] // G93 but not G93.3
    [InlineData("G93")] // the whole of G93 is not chronic fatigue syndrome
    [InlineData("K59")] // next to K58
    [InlineData("Z73.0")]
    [InlineData("123456789")] // a SNOMED CT id the rule set does not map
    public void A_well_formed_code_outside_the_table_is_not_an_IAPT_problem_descriptor(string text)
    {
        var result = Table.Parse(text);
        Assert.True(result.IsT1);
        Assert.Equal(ProblemDescriptorErrorKind.NotAnIaptProblemDescriptor, result.AsT1.Kind);
    }

    [Theory]
    [InlineData("F31.0")]
    [InlineData("F2O")]
    public void Error_messages_name_the_field_and_never_repeat_the_code(string text)
    {
        var error = Table.Parse(text).AsT1;
        Assert.StartsWith("problem_descriptor: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(text, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("F32", ProblemDescriptor.Depression)]
    [InlineData("F32.X", ProblemDescriptor.Depression)]
    [InlineData("F32x", ProblemDescriptor.Depression)]
    [InlineData("F33.9", ProblemDescriptor.Depression)]
    [InlineData("F42", ProblemDescriptor.ObsessiveCompulsiveDisorder)]
    [InlineData("K58.0", ProblemDescriptor.IrritableBowelSyndrome)]
    [InlineData("F41", ProblemDescriptor.OtherAnxietyOrStressRelated)]
    [InlineData("F43", ProblemDescriptor.OtherAnxietyOrStressRelated)] // the last category of F40-F43
    [InlineData("F40.X", ProblemDescriptor.OtherAnxietyOrStressRelated)]
    public void A_whole_category_reads_as_its_descriptor_only_when_the_whole_category_maps_to_one(
        string text, ProblemDescriptor expected)
    {
        Assert.Equal(expected, Table.Parse(text).AsT0);
    }

    [Theory]
    [InlineData("F40.01", ProblemDescriptor.Agoraphobia)]
    [InlineData("F4001", ProblemDescriptor.Agoraphobia)]
    [InlineData("F41.00", ProblemDescriptor.PanicDisorder)]
    [InlineData("F32.11", ProblemDescriptor.Depression)]
    public void A_fifth_character_is_read_by_its_first_subdivision(string text, ProblemDescriptor expected)
    {
        Assert.Equal(expected, Table.Parse(text).AsT0);
    }

    [Theory]
    [InlineData("83482000", ProblemDescriptor.BodyDysmorphicDisorder)]
    [InlineData(" 83482000 ", ProblemDescriptor.BodyDysmorphicDisorder)]
    [InlineData("bdd", ProblemDescriptor.BodyDysmorphicDisorder)]
    [InlineData("BDD", ProblemDescriptor.BodyDysmorphicDisorder)]
    [InlineData("body_dysmorphic_disorder", ProblemDescriptor.BodyDysmorphicDisorder)]
    [InlineData("chronic_pain", ProblemDescriptor.ChronicPain)]
    [InlineData("Chronic_Pain", ProblemDescriptor.ChronicPain)]
    public void Descriptors_without_their_own_ICD10_code_are_given_by_key(string text, ProblemDescriptor expected)
    {
        Assert.Equal(expected, Table.Parse(text).AsT0);
    }

    [Fact]
    public void F45_2_alone_is_health_anxiety_not_body_dysmorphic_disorder()
    {
        Assert.Equal(ProblemDescriptor.HealthAnxiety, Table.Parse("F45.2").AsT0);
    }

    [Fact]
    public void A_span_reads_the_same_as_a_string()
    {
        var line = "x,F40.1,y".AsSpan();
        Assert.Equal(ProblemDescriptor.SocialAnxietyDisorder, Table.Parse(line[2..7]).AsT0);
    }
}

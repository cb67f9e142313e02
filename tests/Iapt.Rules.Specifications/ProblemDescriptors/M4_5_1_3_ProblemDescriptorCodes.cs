using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Specifications.ProblemDescriptors;

/// <summary>
/// M4 §5.1.3 (the problem descriptor is the ICD-10 code of the leading problem) and the ICD-10 groups of the rows of
/// M4 Table 6 (NHSD; reference fact sheet §3). One case per row of the reference table; codes arrive as
/// <c>F41.1</c>, <c>F411</c> or <c>f41.1</c>, and <see cref="DescriptorTable.Parse(string)"/> reports a malformed or
/// unknown code as an error, never "no descriptor" (the groups such codes resolve to are in
/// <see cref="NHSD_8_DescriptorGroups"/>).
/// Source: seeds/001_a2cac0063d4a7b45.txt §5.1.3, Table 6; reference §3.
/// </summary>
public class M4_5_1_3_ProblemDescriptorCodes
{
    private static ProblemDescriptor Read(string code) => RuleSet.ManualV4.Descriptors.Parse(code).AsT0;

    /// <summary>Reference §3 (NHSD groups of the Table 6 rows): one case per row, a subdivision for each category row.</summary>
    [Theory]
    [InlineData("F32.0", ProblemDescriptor.Depression)] // F32.x
    [InlineData("F33.1", ProblemDescriptor.Depression)] // F33.x
    [InlineData("F41.1", ProblemDescriptor.GeneralisedAnxietyDisorder)]
    [InlineData("F41.2", ProblemDescriptor.MixedAnxietyAndDepression)]
    [InlineData("F40.1", ProblemDescriptor.SocialAnxietyDisorder)]
    [InlineData("F43.1", ProblemDescriptor.PostTraumaticStressDisorder)]
    [InlineData("F40.0", ProblemDescriptor.Agoraphobia)]
    [InlineData("F42.1", ProblemDescriptor.ObsessiveCompulsiveDisorder)] // F42.x
    [InlineData("F41.0", ProblemDescriptor.PanicDisorder)]
    [InlineData("F45.2", ProblemDescriptor.HealthAnxiety)]
    [InlineData("K58.9", ProblemDescriptor.IrritableBowelSyndrome)] // K58.x
    [InlineData("G93.3", ProblemDescriptor.ChronicFatigueSyndrome)]
    [InlineData("F45.0", ProblemDescriptor.MedicallyUnexplainedSymptoms)]
    [InlineData("F45.1", ProblemDescriptor.MedicallyUnexplainedSymptoms)]
    [InlineData("F45.3", ProblemDescriptor.MedicallyUnexplainedSymptoms)]
    [InlineData("F45.9", ProblemDescriptor.MedicallyUnexplainedSymptoms)]
    [InlineData("F40.2", ProblemDescriptor.SpecificPhobia)]
    [InlineData("F43.2", ProblemDescriptor.OtherAnxietyOrStressRelated)] // reference §8: other F40 to F43
    [InlineData("F40.8", ProblemDescriptor.OtherAnxietyOrStressRelated)]
    [InlineData("F41.3", ProblemDescriptor.OtherAnxietyOrStressRelated)]
    public void Reference_3_row_ICD10_code_records_its_descriptor(string code, ProblemDescriptor descriptor)
    {
        Assert.Equal(descriptor, Read(code));
    }

    /// <summary>Reference §3: "Codes arrive as F41.1, F411 or f41.1; all must parse to the same descriptor."</summary>
    [Theory]
    [InlineData("F41.1")]
    [InlineData("F411")]
    [InlineData("f41.1")]
    [InlineData(" F41.1 ")]
    public void Every_form_services_send_reads_as_the_same_descriptor(string code)
    {
        Assert.Equal(ProblemDescriptor.GeneralisedAnxietyDisorder, Read(code));
    }

    /// <summary>Body dysmorphic disorder shares F45.2 with health anxiety; NHSD records it as SNOMED CT 83482000.</summary>
    [Fact]
    public void Body_dysmorphic_disorder_is_given_by_SNOMED_83482000()
    {
        Assert.Equal(ProblemDescriptor.BodyDysmorphicDisorder, Read("83482000"));
        Assert.Equal(ProblemDescriptor.HealthAnxiety, Read("F45.2"));
    }

    /// <summary>Chronic pain in the context of anxiety or depression has no ICD-10 code of its own in Table 6.</summary>
    [Fact]
    public void Chronic_pain_is_given_by_its_key()
    {
        Assert.Equal(ProblemDescriptor.ChronicPain, Read("chronic_pain"));
    }

    /// <summary>M4 Table 6 row "No problem descriptor": nothing recorded is that row, not an error.</summary>
    [Fact]
    public void Nothing_recorded_is_no_problem_descriptor()
    {
        Assert.Equal(ProblemDescriptor.None, Read(""));
    }

    /// <summary>Reference §3: "an unknown or malformed code is an error, not 'no descriptor'".</summary>
    [Theory]
    [InlineData("F4x.1", ProblemDescriptorErrorKind.Malformed)]
    [InlineData("F41.", ProblemDescriptorErrorKind.Malformed)]
    [InlineData("F31.0", ProblemDescriptorErrorKind.NotAnIaptProblemDescriptor)] // bipolar affective disorder
    [InlineData("F20", ProblemDescriptorErrorKind.NotAnIaptProblemDescriptor)] // schizophrenia
    [InlineData("F48.0", ProblemDescriptorErrorKind.NotAnIaptProblemDescriptor)] // reference §8: F48 is not other anxiety
    public void A_malformed_or_unknown_code_is_an_error_never_no_descriptor(string code, ProblemDescriptorErrorKind kind)
    {
        var result = RuleSet.ManualV4.Descriptors.Parse(code);
        Assert.True(result.IsT1);
        Assert.Equal(kind, result.AsT1.Kind);
    }
}

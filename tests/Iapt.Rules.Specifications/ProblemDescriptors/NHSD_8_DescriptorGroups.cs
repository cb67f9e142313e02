using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using static Iapt.Rules.Specifications.Outcomes.Referrals;

namespace Iapt.Rules.Specifications.ProblemDescriptors;

/// <summary>
/// Reference fact sheet §8 (NHSD; NHS England's public Talking Therapies SQL): no referral is lost to its problem
/// descriptor. A code outside the table or a malformed one resolves to a national group (other mental health
/// problems, other recorded problems, invalid data supplied; nothing recorded is "no problem descriptor"), uses GAD-7
/// and counts in every figure. "Other anxiety" is F40-F43 codes not named in §3; F44 and F48 are other mental health
/// problems; F45 other than F45.2 stays medically unexplained symptoms (M4 Table 6). One named case per row.
/// </summary>
public class NHSD_8_DescriptorGroups
{
    private static string GroupOf(string text) => RuleSet.ManualV4.Descriptors.Resolve(text).GroupKey;

    /// <summary>§8 "other ICD-10 chapter F codes (for example F31.0, F34.1, F50.0, F10.2, F60.3; also F44 and F48) are other mental health problems".</summary>
    [Theory]
    [InlineData("F31.0")] // bipolar affective disorder
    [InlineData("F34.1")] // dysthymia
    [InlineData("F50.0")] // anorexia nervosa
    [InlineData("F10.2")] // alcohol dependence
    [InlineData("F60.3")] // emotionally unstable personality disorder
    [InlineData("F44.1")] // F44 dissociative disorders
    [InlineData("F48.0")] // F48 other neurotic disorders (neurasthenia)
    public void Reference_8_chapter_F_code_outside_the_table_is_other_mental_health_problems(string code)
    {
        Assert.Equal("other_mental_health_problems", GroupOf(code));
        Assert.Equal(ProblemDescriptor.Other, RuleSet.ManualV4.Descriptors.Resolve(code).Descriptor);
    }

    /// <summary>§8 "well-formed codes outside chapter F (Z63.0, R45.8, M79.7) are other recorded problems".</summary>
    [Theory]
    [InlineData("Z63.0")] // problems in relationship with spouse or partner
    [InlineData("R45.8")] // other symptoms involving emotional state
    [InlineData("M79.7")] // fibromyalgia
    public void Reference_8_well_formed_code_outside_chapter_F_is_other_recorded_problems(string code)
    {
        Assert.Equal("other_recorded_problems", GroupOf(code));
    }

    /// <summary>§8 "a code that is neither well-formed ICD-10 nor a known SNOMED CT concept is invalid data supplied".</summary>
    [Theory]
    [InlineData("F4x.1")]
    [InlineData("F41.")]
    [InlineData("depression")]
    public void Reference_8_text_that_is_no_code_is_invalid_data_supplied(string text)
    {
        Assert.Equal("invalid_data_supplied", GroupOf(text));
        Assert.False(RuleSet.ManualV4.Descriptors.Resolve(text).IsValidCode);
    }

    /// <summary>§8 "Unspecified (no code recorded)": the Table 6 row "No problem descriptor", as before.</summary>
    [Fact]
    public void Reference_8_nothing_recorded_is_no_problem_descriptor()
    {
        var resolved = RuleSet.ManualV4.Descriptors.Resolve("");
        Assert.Equal(ProblemDescriptor.None, resolved.Descriptor);
        Assert.Equal("none", resolved.GroupKey);
        Assert.True(resolved.IsValidCode);
    }

    /// <summary>§8: NHS England's "other anxiety" is F40-F43 codes not named in §3 ("Other F40 to 43").</summary>
    [Theory]
    [InlineData("F40.8")]
    [InlineData("F41.3")]
    [InlineData("F43.2")]
    public void Reference_8_F40_to_F43_code_not_in_the_table_is_other_anxiety(string code)
    {
        Assert.Equal("other_anxiety_or_stress_related", GroupOf(code));
    }

    /// <summary>§8: "F45.x other than F45.2 stays medically unexplained symptoms (M4 Table 6)".</summary>
    [Fact]
    public void Reference_8_F45_other_than_F45_2_stays_medically_unexplained_symptoms()
    {
        Assert.Equal("medically_unexplained_symptoms", GroupOf("F45.8"));
        Assert.Equal("health_anxiety", GroupOf("F45.2"));
    }

    /// <summary>§8 "All of them use GAD-7 as the anxiety measure and count in every outcome ... figure".</summary>
    [Theory]
    [InlineData("F34.1")]
    [InlineData("Z63.0")]
    [InlineData("F4x.1")]
    public void Reference_8_every_other_code_is_classified_on_GAD7(string text)
    {
        var descriptor = RuleSet.ManualV4.Descriptors.Resolve(text).Descriptor;
        var outcome = Outcome(Course(18, 6, 12, 5, descriptor: descriptor));
        Assert.Equal(MeasureKeys.Gad7, outcome.AnxietyMeasure.Key);
        Assert.True(outcome.Finished);
        Assert.True(outcome.Recovered);
        Assert.Equal(DataQualityIssues.None, outcome.DataQuality);
    }
}

using Iapt.Rules.Episodes;

namespace Iapt.Rules.Tests.Episodes;

/// <summary>
/// Intervention names, as explanations show them: each names the therapy in M4 Table 2's words (the phrases below are
/// typed from seeds/001_a2cac0063d4a7b45.txt, §3.2 Table 2, §8 for group CBT and §9.1.1), no two are alike, and the
/// unrecorded intervention and values outside the enumeration have a key and a name of their own.
/// </summary>
public class InterventionNamesTests
{
    /// <summary>Each intervention's name contains the manual's wording for it (case-insensitive).</summary>
    [Theory]
    [InlineData(Intervention.GuidedSelfHelp, "guided self-help based on CBT")]
    [InlineData(Intervention.NonGuidedSelfHelp, "self-help")]
    [InlineData(Intervention.ComputerisedCbt, "computerised CBT")]
    [InlineData(Intervention.BehaviouralActivation, "behavioural activation")]
    [InlineData(Intervention.StructuredGroupPhysicalActivity, "structured group physical activity programme")]
    [InlineData(Intervention.PsychoeducationalGroup, "psycho-educational groups")]
    [InlineData(Intervention.Cbt, "CBT (individual")]
    [InlineData(Intervention.GroupCbt, "group CBT")]
    [InlineData(Intervention.InterpersonalPsychotherapy, "IPT")]
    [InlineData(Intervention.CoupleTherapy, "couple therapy")]
    [InlineData(Intervention.Counselling, "counselling for depression")]
    [InlineData(Intervention.BriefPsychodynamicTherapy, "brief psychodynamic therapy")]
    [InlineData(Intervention.MindfulnessBasedCognitiveTherapy, "mindfulness-based cognitive therapy")]
    [InlineData(Intervention.AppliedRelaxation, "applied relaxation")]
    [InlineData(Intervention.TraumaFocusedCbt, "trauma-focused CBT")]
    [InlineData(Intervention.Emdr, "eye movement desensitisation and reprocessing")]
    [InlineData(Intervention.CbtForSocialAnxietyDisorder, "CBT specific for social anxiety disorder")]
    [InlineData(Intervention.CbtWithExposureAndResponsePrevention, "exposure and response prevention")]
    [InlineData(Intervention.SpecialisedCbt, "CBT")]
    [InlineData(Intervention.GradedExerciseTherapy, "graded exercise therapy")]
    [InlineData(Intervention.Other, "Table 2")]
    public void The_name_uses_the_manuals_wording(Intervention intervention, string wording) =>
        Assert.Contains(wording, intervention.Name(), StringComparison.OrdinalIgnoreCase);

    /// <summary>No two interventions share a name, and none shares the unrecorded intervention's name.</summary>
    [Fact]
    public void Names_are_distinct_and_differ_from_the_unrecorded_name()
    {
        var names = Interventions.All.Select(i => i.Name()).Append(Intervention.Unknown.Name()).ToArray();
        Assert.Equal(names.Length, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, name => Assert.False(string.IsNullOrWhiteSpace(name)));
    }

    /// <summary>
    /// <see cref="Intervention.Unknown"/> and a value outside the enumeration have the key <c>unknown</c> (as
    /// documented) and the unrecorded intervention's name, which says that none was recorded.
    /// </summary>
    [Theory]
    [InlineData(Intervention.Unknown)]
    [InlineData((Intervention)999)]
    public void An_unrecorded_or_undefined_intervention_is_unknown(Intervention intervention)
    {
        Assert.Equal("unknown", intervention.Key());
        Assert.Contains("unrecorded", intervention.Name(), StringComparison.OrdinalIgnoreCase);
    }
}

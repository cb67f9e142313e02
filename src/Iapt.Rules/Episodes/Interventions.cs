using System.Diagnostics.CodeAnalysis;

namespace Iapt.Rules.Episodes;

/// <summary>
/// Text keys and names of <see cref="Intervention"/> members. A key is lower case with underscores, for example
/// <c>guided_self_help</c>, and is how files and the command line name an intervention.
/// </summary>
public static class Interventions
{
    private static readonly Intervention[] Known = [.. Enum.GetValues<Intervention>().Where(i => i != Intervention.Unknown)];

    /// <summary>Every intervention except <see cref="Intervention.Unknown"/>, in declaration order.</summary>
    public static IReadOnlyList<Intervention> All { get; } = Array.AsReadOnly(Known);

    /// <summary>The text key of an intervention, for example <c>cbt_erp</c>.</summary>
    /// <param name="intervention">The intervention.</param>
    /// <returns>The key; <c>unknown</c> for <see cref="Intervention.Unknown"/> or a value outside the enumeration.</returns>
    public static string Key(this Intervention intervention) => intervention switch
    {
        Intervention.GuidedSelfHelp => "guided_self_help",
        Intervention.NonGuidedSelfHelp => "non_guided_self_help",
        Intervention.ComputerisedCbt => "computerised_cbt",
        Intervention.BehaviouralActivation => "behavioural_activation",
        Intervention.StructuredGroupPhysicalActivity => "group_physical_activity",
        Intervention.PsychoeducationalGroup => "psychoeducational_group",
        Intervention.Cbt => "cbt",
        Intervention.GroupCbt => "group_cbt",
        Intervention.InterpersonalPsychotherapy => "ipt",
        Intervention.CoupleTherapy => "couple_therapy",
        Intervention.Counselling => "counselling",
        Intervention.BriefPsychodynamicTherapy => "brief_psychodynamic",
        Intervention.MindfulnessBasedCognitiveTherapy => "mbct",
        Intervention.AppliedRelaxation => "applied_relaxation",
        Intervention.TraumaFocusedCbt => "trauma_focused_cbt",
        Intervention.Emdr => "emdr",
        Intervention.CbtForSocialAnxietyDisorder => "cbt_social_anxiety",
        Intervention.CbtWithExposureAndResponsePrevention => "cbt_erp",
        Intervention.SpecialisedCbt => "specialised_cbt",
        Intervention.GradedExerciseTherapy => "graded_exercise",
        Intervention.Other => "other",
        _ => "unknown",
    };

    /// <summary>The intervention's name as M4 Table 2 words it, lower case, for explanations.</summary>
    /// <param name="intervention">The intervention.</param>
    /// <returns>The name, for example <c>guided self-help based on CBT</c>.</returns>
    public static string Name(this Intervention intervention) => intervention switch
    {
        Intervention.GuidedSelfHelp => "guided self-help based on CBT",
        Intervention.NonGuidedSelfHelp => "non-guided (pure) self-help",
        Intervention.ComputerisedCbt => "computerised CBT",
        Intervention.BehaviouralActivation => "behavioural activation",
        Intervention.StructuredGroupPhysicalActivity => "structured group physical activity programme",
        Intervention.PsychoeducationalGroup => "psycho-educational groups",
        Intervention.Cbt => "CBT (individual)",
        Intervention.GroupCbt => "group CBT",
        Intervention.InterpersonalPsychotherapy => "interpersonal psychotherapy (IPT)",
        Intervention.CoupleTherapy => "couple therapy",
        Intervention.Counselling => "counselling for depression",
        Intervention.BriefPsychodynamicTherapy => "brief psychodynamic therapy",
        Intervention.MindfulnessBasedCognitiveTherapy => "mindfulness-based cognitive therapy (MBCT)",
        Intervention.AppliedRelaxation => "applied relaxation",
        Intervention.TraumaFocusedCbt => "trauma-focused CBT",
        Intervention.Emdr => "eye movement desensitisation and reprocessing (EMDR)",
        Intervention.CbtForSocialAnxietyDisorder => "CBT specific for social anxiety disorder",
        Intervention.CbtWithExposureAndResponsePrevention => "CBT including exposure and response prevention",
        Intervention.SpecialisedCbt => "a specialised form of CBT (IAPT-LTC)",
        Intervention.GradedExerciseTherapy => "graded exercise therapy",
        Intervention.Other => "an intervention not in Table 2",
        _ => "an unrecorded intervention",
    };

    /// <summary>
    /// Reads an intervention from its key, ignoring case and surrounding spaces. <c>unknown</c> and an empty key are
    /// not accepted: an unrecorded intervention is left as <see cref="Intervention.Unknown"/> by the caller.
    /// </summary>
    /// <param name="key">The key, for example <c>Guided_Self_Help</c>.</param>
    /// <param name="intervention">The intervention read, or <see cref="Intervention.Unknown"/> when the key is not known.</param>
    /// <returns><see langword="true"/> when the key names an intervention.</returns>
    public static bool TryParse([NotNullWhen(true)] string? key, out Intervention intervention)
    {
        intervention = Intervention.Unknown;
        if (key is null)
        {
            return false;
        }

        var trimmed = key.AsSpan().Trim();
        foreach (var candidate in Known)
        {
            if (trimmed.Equals(candidate.Key(), StringComparison.OrdinalIgnoreCase))
            {
                intervention = candidate;
                return true;
            }
        }

        return false;
    }
}

using Iapt.Rules.ProblemDescriptors;

namespace Iapt.Rules.Stepping;

/// <summary>Words for explanations: problem descriptors as M4 Table 2 and Table 6 name them.</summary>
internal static class SteppingText
{
    public static string Descriptor(ProblemDescriptor descriptor) => descriptor switch
    {
        ProblemDescriptor.None => "no problem descriptor",
        ProblemDescriptor.Depression => "depression",
        ProblemDescriptor.GeneralisedAnxietyDisorder => "generalised anxiety disorder",
        ProblemDescriptor.MixedAnxietyAndDepression => "mixed anxiety and depressive disorder",
        ProblemDescriptor.SocialAnxietyDisorder => "social anxiety disorder",
        ProblemDescriptor.PostTraumaticStressDisorder => "post-traumatic stress disorder",
        ProblemDescriptor.Agoraphobia => "agoraphobia",
        ProblemDescriptor.ObsessiveCompulsiveDisorder => "obsessive-compulsive disorder",
        ProblemDescriptor.PanicDisorder => "panic disorder",
        ProblemDescriptor.HealthAnxiety => "health anxiety",
        ProblemDescriptor.BodyDysmorphicDisorder => "body dysmorphic disorder",
        ProblemDescriptor.IrritableBowelSyndrome => "irritable bowel syndrome",
        ProblemDescriptor.ChronicFatigueSyndrome => "chronic fatigue syndrome",
        ProblemDescriptor.ChronicPain => "chronic pain",
        ProblemDescriptor.MedicallyUnexplainedSymptoms => "MUS not otherwise specified",
        ProblemDescriptor.SpecificPhobia => "specific phobia",
        ProblemDescriptor.OtherAnxietyOrStressRelated => "another anxiety or stress-related disorder",
        _ => "an unknown problem descriptor",
    };

    public static string Step(CareStep step) => step switch
    {
        CareStep.PrimaryCare => "step 1 (primary care)",
        CareStep.LowIntensity => "step 2 (low intensity)",
        CareStep.HighIntensity => "step 3 (high intensity)",
        CareStep.Specialist => "step 4 (specialist)",
        _ => "an unknown step",
    };
}

namespace Iapt.Rules.ProblemDescriptors;

/// <summary>
/// The main mental health problem a referral is treated for (the primary problem descriptor), as the rows of
/// M4 Table 6 name them. Recorded as an ICD-10 code (M4 §5.1.3); <see cref="None"/> when none was recorded.
/// </summary>
public enum ProblemDescriptor
{
    /// <summary>No problem descriptor recorded (M4 Table 6 "No problem descriptor"; a data-quality flag, M4 Table 7).</summary>
    None,

    /// <summary>Depression: ICD-10 F32.x (depressive episode) and F33.x (recurrent depressive disorder).</summary>
    Depression,

    /// <summary>Generalised anxiety disorder: ICD-10 F41.1.</summary>
    GeneralisedAnxietyDisorder,

    /// <summary>Mixed anxiety and depressive disorder: ICD-10 F41.2 (not to be used when both are at caseness, M4 §5.1.3).</summary>
    MixedAnxietyAndDepression,

    /// <summary>Social anxiety disorder (social phobia): ICD-10 F40.1.</summary>
    SocialAnxietyDisorder,

    /// <summary>Post-traumatic stress disorder: ICD-10 F43.1.</summary>
    PostTraumaticStressDisorder,

    /// <summary>Agoraphobia: ICD-10 F40.0.</summary>
    Agoraphobia,

    /// <summary>Obsessive-compulsive disorder: ICD-10 F42.x.</summary>
    ObsessiveCompulsiveDisorder,

    /// <summary>Panic disorder: ICD-10 F41.0.</summary>
    PanicDisorder,

    /// <summary>Health anxiety (hypochondriasis): ICD-10 F45.2.</summary>
    HealthAnxiety,

    /// <summary>Body dysmorphic disorder: shares ICD-10 F45.2 with health anxiety, so it is given explicitly (NHSD SNOMED 83482000).</summary>
    BodyDysmorphicDisorder,

    /// <summary>Irritable bowel syndrome: ICD-10 K58.x.</summary>
    IrritableBowelSyndrome,

    /// <summary>Chronic fatigue syndrome: ICD-10 G93.3.</summary>
    ChronicFatigueSyndrome,

    /// <summary>Chronic pain in the context of anxiety or depression: no single ICD-10 code, so it is given explicitly.</summary>
    ChronicPain,

    /// <summary>Medically unexplained symptoms not otherwise specified: ICD-10 F45.0, F45.1, F45.3-F45.9.</summary>
    MedicallyUnexplainedSymptoms,

    /// <summary>Specific (isolated) phobia: ICD-10 F40.2 (no ADSM in M4 Table 6).</summary>
    SpecificPhobia,

    /// <summary>
    /// Any other anxiety or stress-related disorder of ICD-10 F40-F43 not named above: NHS England's "other F40 to 43"
    /// group. F44 and F48 are other mental health problems (<see cref="Other"/>); F45 other than F45.2 is
    /// <see cref="MedicallyUnexplainedSymptoms"/>.
    /// </summary>
    OtherAnxietyOrStressRelated,

    /// <summary>
    /// A descriptor was recorded but is none of the above: a well-formed code of another condition (for example
    /// F34.1 dysthymia, F50.0 or Z63.0), or text that is not a code at all. The referral is never lost: GAD-7 is its
    /// anxiety measure and it counts in every figure. Its <see cref="DescriptorGroup"/> says which national group it
    /// falls in (other mental health problems, other recorded problems, invalid data supplied); see
    /// <see cref="DescriptorTable.Resolve(ReadOnlySpan{char})"/>.
    /// </summary>
    Other,
}

using Iapt.Rules.Measures;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.ProblemDescriptors;

public sealed partial class DescriptorTable
{
    private static readonly Source Table6 = Source.M4("Table 6");
    private static readonly Source NotInTable6 = new("M4", "§6.2.1",
        Note: "not a row of Table 6: GAD-7 is the default anxiety measure (reference §3)");
    private static readonly Source IcdGroups = Source.Nhsd("ICD-10 codes of the problem descriptors (M4 §5.1.3, Table 6)");
    private static readonly Source OtherAnxiety = new("NHSD", "other ICD-10 F40-F43 anxiety disorders",
        Note: "NHS England's dashboards label the group \"Other F40 to 43\"; F44 and F48 are other mental health problems (reference §8)");
    private static readonly Source OtherCodes = new("NHSD", "descriptor groups of the public Talking Therapies SQL",
        Note: "every other recorded code uses GAD-7 and counts in every figure (reference §8)");
    private static readonly Source GroupNames = Source.Nhsd("descriptor groups of the public Talking Therapies SQL (names)");
    private static readonly Source MentalHealthChapterSource = new("NHSD", "ICD-10 chapter V (F00-F99): mental and behavioural disorders",
        Unconfirmed: true,
        Note: "the national group boundaries are not published with their names; the engine's documented rule (reference §8)");
    private static readonly Source OtherMentalHealth = Source.UnconfirmedValue("NHSD",
        "Other Mental Health problems: ICD-10 chapter F codes outside the table (for example F31.0, F34.1, F50.0, F44, F48)",
        "the boundary is not published with the name; the engine's documented rule (reference §8)");
    private static readonly Source OtherRecorded = Source.UnconfirmedValue("NHSD",
        "Other recorded problems: well-formed codes outside chapter F (Z63.0, R45.8, M79.7) and unmapped SNOMED CT ids",
        "the boundary is not published with the name; the engine's documented rule (reference §8)");
    private static readonly Source InvalidData = Source.UnconfirmedValue("NHSD",
        "Invalid Data supplied: neither a well-formed ICD-10 code nor a SNOMED CT id",
        "the boundary is not published with the name; the engine's documented rule (reference §8)");

    /// <summary>
    /// The groups of the national breakdown (reference §3 and §8): one per descriptor of the table, then the groups of
    /// every other code. Declared before <see cref="ManualV4"/>, which reads it.
    /// </summary>
    private static readonly DescriptorGroup[] ManualV4Groups =
    [
        Group(ProblemDescriptor.Depression, "depression", "Depression"),
        Group(ProblemDescriptor.GeneralisedAnxietyDisorder, "generalised_anxiety_disorder", "Generalised anxiety disorder"),
        Group(ProblemDescriptor.MixedAnxietyAndDepression, "mixed_anxiety_and_depression", "Mixed anxiety and depressive disorder"),
        Group(ProblemDescriptor.SocialAnxietyDisorder, "social_anxiety_disorder", "Social anxiety disorder"),
        Group(ProblemDescriptor.PostTraumaticStressDisorder, "post_traumatic_stress_disorder", "Post-traumatic stress disorder"),
        Group(ProblemDescriptor.Agoraphobia, "agoraphobia", "Agoraphobia"),
        Group(ProblemDescriptor.ObsessiveCompulsiveDisorder, "obsessive_compulsive_disorder", "Obsessive-compulsive disorder"),
        Group(ProblemDescriptor.PanicDisorder, "panic_disorder", "Panic disorder"),
        Group(ProblemDescriptor.HealthAnxiety, "health_anxiety", "Health anxiety"),
        Group(ProblemDescriptor.BodyDysmorphicDisorder, "body_dysmorphic_disorder", "Body dysmorphic disorder"),
        Group(ProblemDescriptor.IrritableBowelSyndrome, "irritable_bowel_syndrome", "Irritable bowel syndrome"),
        Group(ProblemDescriptor.ChronicFatigueSyndrome, "chronic_fatigue_syndrome", "Chronic fatigue syndrome"),
        Group(ProblemDescriptor.ChronicPain, "chronic_pain", "Chronic pain"),
        Group(ProblemDescriptor.MedicallyUnexplainedSymptoms, "medically_unexplained_symptoms", "Medically unexplained symptoms not otherwise specified"),
        Group(ProblemDescriptor.SpecificPhobia, "specific_phobia", "Specific phobia"),
        new("other_anxiety_or_stress_related", "Other anxiety (other F40 to F43)", DescriptorGroupKind.Descriptor,
            ProblemDescriptor.OtherAnxietyOrStressRelated, OtherAnxiety),
        new("other_mental_health_problems", "Other mental health problems", DescriptorGroupKind.OtherMentalHealthProblems,
            ProblemDescriptor.Other, OtherMentalHealth),
        new("other_recorded_problems", "Other recorded problems", DescriptorGroupKind.OtherRecordedProblems,
            ProblemDescriptor.Other, OtherRecorded),
        new("invalid_data_supplied", "Invalid data supplied", DescriptorGroupKind.InvalidDataSupplied,
            ProblemDescriptor.Other, InvalidData),
        new("none", "No problem descriptor (Unspecified)", DescriptorGroupKind.Descriptor, ProblemDescriptor.None, GroupNames),
    ];

    /// <summary>The ICD-10 chapter of mental and behavioural disorders: F (F00-F99).</summary>
    private static readonly Sourced<char> ManualV4MentalHealthChapter = new('F', MentalHealthChapterSource);
    private static readonly Source Snomed = Source.Nhsd("SNOMED CT 83482000 body dysmorphic disorder");
    private static readonly Source NamedKey = new("Iapt.Rules", "named descriptor keys",
        Note: "for descriptors with no ICD-10 code of their own (M4 Table 6 rows BDD and chronic pain)");

    /// <summary>
    /// The IAPT Manual v4 table: PHQ-9 for depression, GAD-7 as the default anxiety measure, the recommended measure
    /// of every row of M4 Table 6, the ICD-10 groups of the reference fact sheet §3 (other anxiety is F40-F43), the
    /// explicit keys for body dysmorphic disorder (<c>83482000</c>, <c>bdd</c>, <c>body_dysmorphic_disorder</c>) and
    /// chronic pain (<c>chronic_pain</c>), and the national descriptor groups of §8 (other mental health problems:
    /// other chapter F codes; other recorded problems; invalid data supplied).
    /// </summary>
    public static DescriptorTable ManualV4 { get; } = new(
        new Sourced<string>(MeasureKeys.Phq9, Source.M4("§6.2.1, Table 6: the depression measure for all patients")),
        new Sourced<string>(MeasureKeys.Gad7, Source.M4("§6.2.1, Table 6: the default measure for anxiety")),
        [
            new(ProblemDescriptor.Depression, MeasureKeys.Gad7, Table6),
            new(ProblemDescriptor.GeneralisedAnxietyDisorder, MeasureKeys.Gad7, Table6),
            new(ProblemDescriptor.MixedAnxietyAndDepression, MeasureKeys.Gad7, Table6),
            new(ProblemDescriptor.None, MeasureKeys.Gad7, Table6),
            new(ProblemDescriptor.SocialAnxietyDisorder, MeasureKeys.Spin, Table6),
            new(ProblemDescriptor.PostTraumaticStressDisorder, MeasureKeys.Pcl5, Table6),
            new(ProblemDescriptor.Agoraphobia, MeasureKeys.Mi, Table6),
            new(ProblemDescriptor.ObsessiveCompulsiveDisorder, MeasureKeys.Oci, Table6),
            new(ProblemDescriptor.PanicDisorder, MeasureKeys.Pdss, Table6),
            new(ProblemDescriptor.HealthAnxiety, MeasureKeys.Hai, Table6),
            new(ProblemDescriptor.BodyDysmorphicDisorder, MeasureKeys.Biq, Table6),
            new(ProblemDescriptor.IrritableBowelSyndrome, MeasureKeys.Ibs, Table6),
            new(ProblemDescriptor.ChronicFatigueSyndrome, MeasureKeys.Cfq, Table6),
            new(ProblemDescriptor.ChronicPain, MeasureKeys.Gad7, Table6),
            new(ProblemDescriptor.MedicallyUnexplainedSymptoms, MeasureKeys.Phq15, Table6),
            new(ProblemDescriptor.SpecificPhobia, MeasureKeys.Gad7, NotInTable6),
            new(ProblemDescriptor.OtherAnxietyOrStressRelated, MeasureKeys.Gad7, NotInTable6),
            new(ProblemDescriptor.Other, MeasureKeys.Gad7, OtherCodes),
        ],
        [
            new("F32", ProblemDescriptor.Depression, IcdGroups),
            new("F33", ProblemDescriptor.Depression, IcdGroups),
            new("F41.0", ProblemDescriptor.PanicDisorder, IcdGroups),
            new("F41.1", ProblemDescriptor.GeneralisedAnxietyDisorder, IcdGroups),
            new("F41.2", ProblemDescriptor.MixedAnxietyAndDepression, IcdGroups),
            new("F40.0", ProblemDescriptor.Agoraphobia, IcdGroups),
            new("F40.1", ProblemDescriptor.SocialAnxietyDisorder, IcdGroups),
            new("F40.2", ProblemDescriptor.SpecificPhobia, IcdGroups),
            new("F42", ProblemDescriptor.ObsessiveCompulsiveDisorder, IcdGroups),
            new("F43.1", ProblemDescriptor.PostTraumaticStressDisorder, IcdGroups),
            new("F45.2", ProblemDescriptor.HealthAnxiety, IcdGroups),
            new("F45.0-F45.1", ProblemDescriptor.MedicallyUnexplainedSymptoms, IcdGroups),
            new("F45.3-F45.9", ProblemDescriptor.MedicallyUnexplainedSymptoms, IcdGroups),
            new("K58", ProblemDescriptor.IrritableBowelSyndrome, IcdGroups),
            new("G93.3", ProblemDescriptor.ChronicFatigueSyndrome, IcdGroups),
            new("F40-F43", ProblemDescriptor.OtherAnxietyOrStressRelated, OtherAnxiety),
        ],
        [
            new("83482000", ProblemDescriptor.BodyDysmorphicDisorder, Snomed),
            new("bdd", ProblemDescriptor.BodyDysmorphicDisorder, NamedKey),
            new("body_dysmorphic_disorder", ProblemDescriptor.BodyDysmorphicDisorder, NamedKey),
            new("chronic_pain", ProblemDescriptor.ChronicPain, NamedKey),
        ],
        ManualV4Groups,
        ManualV4MentalHealthChapter);

    private static DescriptorGroup Group(ProblemDescriptor descriptor, string key, string name) =>
        new(key, name, DescriptorGroupKind.Descriptor, descriptor, Table6);
}

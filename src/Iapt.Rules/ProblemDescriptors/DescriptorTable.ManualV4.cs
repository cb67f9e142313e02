using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.ProblemDescriptors;

public sealed partial class DescriptorTable
{
    private static readonly Source Table6 = Source.M4("Table 6");
    private static readonly Source NotInTable6 = new("M4", "§6.2.1",
        Note: "not a row of Table 6: GAD-7 is the default anxiety measure (reference §3)");
    private static readonly Source IcdGroups = Source.Nhsd("ICD-10 codes of the problem descriptors (M4 §5.1.3, Table 6)");
    private static readonly Source OtherAnxiety = Source.Nhsd("other ICD-10 F40-F48 anxiety and stress-related disorders");
    private static readonly Source Snomed = Source.Nhsd("SNOMED CT 83482000 body dysmorphic disorder");
    private static readonly Source NamedKey = new("Iapt.Rules", "named descriptor keys",
        Note: "for descriptors with no ICD-10 code of their own (M4 Table 6 rows BDD and chronic pain)");

    /// <summary>
    /// The IAPT Manual v4 table: PHQ-9 for depression, GAD-7 as the default anxiety measure, the recommended measure
    /// of every row of M4 Table 6, the ICD-10 groups of the reference fact sheet §3 and the explicit keys for body
    /// dysmorphic disorder (<c>83482000</c>, <c>bdd</c>, <c>body_dysmorphic_disorder</c>) and chronic pain
    /// (<c>chronic_pain</c>).
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
            new("F40-F48", ProblemDescriptor.OtherAnxietyOrStressRelated, OtherAnxiety),
        ],
        [
            new("83482000", ProblemDescriptor.BodyDysmorphicDisorder, Snomed),
            new("bdd", ProblemDescriptor.BodyDysmorphicDisorder, NamedKey),
            new("body_dysmorphic_disorder", ProblemDescriptor.BodyDysmorphicDisorder, NamedKey),
            new("chronic_pain", ProblemDescriptor.ChronicPain, NamedKey),
        ]);
}

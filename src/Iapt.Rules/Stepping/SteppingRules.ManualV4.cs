using Iapt.Rules.ProblemDescriptors;
using static Iapt.Rules.Episodes.Intervention;
using Iapt.Rules.Provenance;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Stepping;

public sealed partial record SteppingRules
{
    private static readonly Source Table2Source = Source.M4("Table 2");
    private static readonly Source LeastIntrusiveFirst = Source.M4("§1.3, Table 5");
    private static readonly Source HighIntensityFirst = Source.M4("§1.3, §3.2, Table 5");
    private static readonly Source LowIntensityOnlyWhereEffective = Source.M4("Table 5, Table 2");

    private static readonly Source Table2BySeverity = new(
        "M4", "Table 2",
        Note: "the depression rows' severities read as PHQ-9 bands: 'mild to moderate' = minimal, mild, moderate " +
              "(M4 §3.2 includes persistent sub-threshold symptoms); 'moderate to severe' = moderate, moderately_severe, severe");

    /// <summary>
    /// The stepped-care rules of the IAPT Manual v4 (March 2020), with the session counts of the Outline Service
    /// Specification (OSS 6-7) and the step-up measure of the Minimum Quality Standards (MQS 1).
    /// </summary>
    public static SteppingRules ManualV4 { get; } = new()
    {
        Table2 = new NiceInterventionTable(ManualV4Table2(), Table2Source),
        InitialSteps = new InitialStepTable(ManualV4InitialSteps(), Source.M4("§1.3, §5.1.3, Table 2, Table 5")),
        SevereDepressionBand = new Sourced<string>("severe", new Source("M4", "§1.3, Table 5", Note: "PHQ-9 severity band severe, 20-27")),
        DescriptorGuidesTreatment = Source.M4("Table 5, §9.1.2"),
        StepUpTo = new Sourced<CareStep>(CareStep.HighIntensity, Source.M4("Table 5")),
        StepUpWhenNoImprovement = Source.M4("Table 5"),
        NoStepUpWhenRecovered = Source.M4("§1.3, Table 5"),
        ReviewAfterSessions = new Sourced<int>(6, new Source("M4", "§9.1.2", Note: "\"an initial number of sessions (around 6) followed by a review\"")),
        Step2TrialMinimumSessions = new Sourced<int>(2, new Source("M4", "Table 7, §6.4.3", Note: "a trial at step 2 read as a course: at least two low-intensity treatment sessions")),
        ShortCourseBelowSessions = new Sourced<int>(6, new Source("M4", "Table 7, §9.1.2", Note: "well short: ended before the review point of about 6 sessions")),
        LowIntensityDose = new SessionRange(1, 6, 4m, new Source("OSS", "6")),
        ComputerisedCbtDose = new SessionRange(8, 8, null, new Source("OSS", "6")),
        Step2IndividualCbtDose = new SessionRange(6, 8, 7m, new Source("OSS", "6")),
        HighIntensityCbtDose = new SessionRange(8, 20, 12m, new Source("OSS", "7")),
        GroupCbtDose = new SessionRange(1, 12, null, new Source("OSS", "7", Note: "up to 12 two-hour sessions for 6-10 people")),
        HighIntensityDose = new SessionRange(12, 20, null, Source.M4("§9.1.2")),
        NiceOfferUpTo = new SessionRange(14, 20, null, new Source("M4", "Table 5", Note: "up to 14 to 20 sessions depending on the presenting problem")),
        ServiceOptimumAverage = new SessionRange(9, 10, null, Source.M4("§9.1.2")),
        WorsePractice = Source.M4("Table 7"),
        NiceRecommendedIntervention = Source.M4("Table 5, Table 2"),
        Mqs1 = new Source("MQS", "1"),
    };

    /// <summary>
    /// M4's initial step of every descriptor, in the order of M4 Table 6. Least intrusive first (step 2) where
    /// Table 2 gives a low-intensity intervention; high intensity first for PTSD and social anxiety disorder, for
    /// severe depression, and where Table 2 gives none (low intensity only where it is effective); mixed anxiety and
    /// depressive disorder, the mildest presentation by definition, at step 2.
    /// </summary>
    private static InitialStepRow[] ManualV4InitialSteps() =>
    [
        Initial(ProblemDescriptor.None, CareStep.Unknown, InitialStepReason.NoProblemDescriptor, Source.M4("Table 5, §9.1.2")),
        Initial(ProblemDescriptor.Depression, CareStep.LowIntensity, InitialStepReason.LeastIntrusiveFirst, LeastIntrusiveFirst) with
        {
            ByDepressionSeverity = true,
        },
        Initial(ProblemDescriptor.GeneralisedAnxietyDisorder, CareStep.LowIntensity, InitialStepReason.LeastIntrusiveFirst, LeastIntrusiveFirst),
        Initial(ProblemDescriptor.MixedAnxietyAndDepression, CareStep.LowIntensity, InitialStepReason.MildestPresentation,
            new Source("M4", "§5.1.3, §1.3, Table 5",
                Note: "mixed anxiety and depressive disorder is \"a mild disorder\" whose symptoms are \"not intense enough\" " +
                      "for a depressive or anxiety disorder (M4 §5.1.3), so the least intrusive step applies although Table 2 has no row for it")),
        Initial(ProblemDescriptor.SocialAnxietyDisorder, CareStep.HighIntensity, InitialStepReason.HighIntensityFirstForDescriptor, HighIntensityFirst),
        Initial(ProblemDescriptor.PostTraumaticStressDisorder, CareStep.HighIntensity, InitialStepReason.HighIntensityFirstForDescriptor, HighIntensityFirst),
        Initial(ProblemDescriptor.Agoraphobia, CareStep.HighIntensity, InitialStepReason.NoLowIntensityInTable2, LowIntensityOnlyWhereEffective),
        Initial(ProblemDescriptor.ObsessiveCompulsiveDisorder, CareStep.LowIntensity, InitialStepReason.LeastIntrusiveFirst, LeastIntrusiveFirst),
        Initial(ProblemDescriptor.PanicDisorder, CareStep.LowIntensity, InitialStepReason.LeastIntrusiveFirst, LeastIntrusiveFirst),
        Initial(ProblemDescriptor.HealthAnxiety, CareStep.HighIntensity, InitialStepReason.NoLowIntensityInTable2, LowIntensityOnlyWhereEffective),
        Initial(ProblemDescriptor.BodyDysmorphicDisorder, CareStep.HighIntensity, InitialStepReason.NoLowIntensityInTable2, LowIntensityOnlyWhereEffective),
        Initial(ProblemDescriptor.IrritableBowelSyndrome, CareStep.HighIntensity, InitialStepReason.NoLowIntensityInTable2, LowIntensityOnlyWhereEffective),
        Initial(ProblemDescriptor.ChronicFatigueSyndrome, CareStep.HighIntensity, InitialStepReason.NoLowIntensityInTable2, LowIntensityOnlyWhereEffective),
        Initial(ProblemDescriptor.ChronicPain, CareStep.HighIntensity, InitialStepReason.NoLowIntensityInTable2, LowIntensityOnlyWhereEffective),
        Initial(ProblemDescriptor.MedicallyUnexplainedSymptoms, CareStep.HighIntensity, InitialStepReason.NoLowIntensityInTable2, LowIntensityOnlyWhereEffective),
        Initial(ProblemDescriptor.SpecificPhobia, CareStep.HighIntensity, InitialStepReason.NoLowIntensityInTable2, LowIntensityOnlyWhereEffective),
        Initial(ProblemDescriptor.OtherAnxietyOrStressRelated, CareStep.HighIntensity, InitialStepReason.NoLowIntensityInTable2, LowIntensityOnlyWhereEffective),
        new InitialStepRow
        {
            Descriptor = null,
            Step = CareStep.HighIntensity,
            Reason = InitialStepReason.NoLowIntensityInTable2,
            Source = LowIntensityOnlyWhereEffective,
        },
    ];

    private static InitialStepRow Initial(ProblemDescriptor descriptor, CareStep step, InitialStepReason reason, Source source) =>
        new() { Descriptor = descriptor, Step = step, Reason = reason, Source = source };

    private static Table2Row[] ManualV4Table2() =>
    [
        // Step 2: low-intensity interventions (delivered by PWP).
        Row(CareStep.LowIntensity, ProblemDescriptor.Depression, "NICE CG90, CG91, CG123",
            [new(GuidedSelfHelp), new(ComputerisedCbt), new(BehaviouralActivation), new(StructuredGroupPhysicalActivity)]),
        Row(CareStep.LowIntensity, ProblemDescriptor.GeneralisedAnxietyDisorder, "NICE CG113, CG123",
            [new(NonGuidedSelfHelp), new(GuidedSelfHelp), new(PsychoeducationalGroup), new(ComputerisedCbt)]),
        Row(CareStep.LowIntensity, ProblemDescriptor.PanicDisorder, "NICE CG113, CG123",
            [new(NonGuidedSelfHelp), new(GuidedSelfHelp), new(PsychoeducationalGroup), new(ComputerisedCbt)]),
        Row(CareStep.LowIntensity, ProblemDescriptor.ObsessiveCompulsiveDisorder, "NICE CG31, CG123",
            [new(GuidedSelfHelp)]),

        // Step 3: high-intensity interventions.
        Row(CareStep.HighIntensity, ProblemDescriptor.Depression, "NICE CG90, CG91, CG123",
            [new(Cbt), new(GroupCbt), new(InterpersonalPsychotherapy), new(BehaviouralActivation),
             new(CoupleTherapy, Table2Footnote.RelationshipMaintainsDepression), new(Counselling), new(BriefPsychodynamicTherapy)]) with
        {
            Condition = "mild to moderate severity, not responded to initial low-intensity interventions",
            Phq9Bands = ["minimal", "mild", "moderate"],
            Source = Table2BySeverity,
        },
        Row(CareStep.HighIntensity, ProblemDescriptor.Depression, "NICE CG90, CG91, CG123",
            [new(Cbt), new(InterpersonalPsychotherapy)]) with
        {
            Condition = "moderate to severe, each with medication",
            Phq9Bands = ["moderate", "moderately_severe", "severe"],
            Source = Table2BySeverity,
        },
        Row(CareStep.HighIntensity, ProblemDescriptor.Depression, "NICE CG90, CG91, CG123",
            [new(Cbt), new(MindfulnessBasedCognitiveTherapy, Table2Footnote.RelapsePreventionOnly)]) with
        {
            Condition = "prevention of relapse",
            Phase = TreatmentPhase.RelapsePrevention,
        },
        Row(CareStep.HighIntensity, ProblemDescriptor.GeneralisedAnxietyDisorder, "NICE CG113, CG123",
            [new(Cbt), new(AppliedRelaxation)]),
        Row(CareStep.HighIntensity, ProblemDescriptor.PanicDisorder, "NICE CG113, CG123",
            [new(Cbt)]),
        Row(CareStep.HighIntensity, ProblemDescriptor.PostTraumaticStressDisorder, "NICE CG26, CG123",
            [new(TraumaFocusedCbt), new(Emdr, Table2Footnote.AlternativeIfNoImprovement)]),
        Row(CareStep.HighIntensity, ProblemDescriptor.SocialAnxietyDisorder, "NICE CG159",
            [new(CbtForSocialAnxietyDisorder, Table2Footnote.ClarkAndWellsOrHeimberg)]),
        Row(CareStep.HighIntensity, ProblemDescriptor.ObsessiveCompulsiveDisorder, "NICE CG31, CG123",
            [new(CbtWithExposureAndResponsePrevention)]),
        Row(CareStep.HighIntensity, ProblemDescriptor.ChronicFatigueSyndrome, "NICE CG53",
            [new(GradedExerciseTherapy), new(SpecialisedCbt, Table2Footnote.SpecialisedFormOfCbt)]),
        Row(CareStep.HighIntensity, ProblemDescriptor.ChronicPain, "NICE NG59; informal consensus of the ETG",
            [new(SpecialisedCbt, Table2Footnote.SpecialisedFormOfCbt)]) with
        {
            Condition = "combined physical and psychological interventions, including CBT* and exercise",
        },
        Row(CareStep.HighIntensity, ProblemDescriptor.IrritableBowelSyndrome, "NICE CG61; informal consensus of the ETG",
            [new(SpecialisedCbt, Table2Footnote.SpecialisedFormOfCbt)]),
        Row(CareStep.HighIntensity, ProblemDescriptor.MedicallyUnexplainedSymptoms, "informal consensus of the ETG",
            [new(SpecialisedCbt, Table2Footnote.SpecialisedFormOfCbt)]),
    ];

    private static Table2Row Row(CareStep step, ProblemDescriptor descriptor, string guidance, Table2Entry[] interventions) =>
        new()
        {
            Step = step,
            Descriptor = descriptor,
            Interventions = [.. interventions],
            Guidance = guidance,
            Source = Table2Source,
        };
}

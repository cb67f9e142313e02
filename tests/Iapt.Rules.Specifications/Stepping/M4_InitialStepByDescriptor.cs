using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Specifications.Stepping;

/// <summary>
/// The initial step of every problem descriptor, one case per row of the rule-set table, each citing its source:
/// M4 §1.3 and Table 5 (least intrusive first; high intensity first for PTSD, social anxiety disorder and severe
/// depression), Table 2 (low-intensity interventions only for depression, GAD, panic disorder and OCD; Table 5: low
/// intensity only where it is effective) and §5.1.3 (mixed anxiety and depressive disorder is "a mild disorder
/// characterised by symptoms of depression and anxiety that are not intense enough to meet criteria for any of the
/// conditions described above"), so it starts at step 2 although Table 2 has no row for it.
/// Source: seeds/001_a2cac0063d4a7b45.txt, §1.3, §3.2, §5.1.3, Table 2, Table 5; reference fact sheet §6.
/// </summary>
public class M4_InitialStepByDescriptor
{
    private static readonly RuleSet Rules = RuleSet.ManualV4;

    private static Score Phq9(int total) => Rules.Measures[MeasureKeys.Phq9].ScoreTotal(total).AsT0;

    /// <summary>One row per descriptor with a PHQ-9 of 12 (moderate): the step, the reason and the source the row cites.</summary>
    [Theory]
    // Table 5, §9.1.2: "treatment choice should be guided by the person's problem descriptor".
    [InlineData(ProblemDescriptor.None, CareStep.Unknown, InitialStepReason.NoProblemDescriptor, "M4 Table 5, §9.1.2")]
    // §1.3, Table 5: least intrusive first; Table 2 lists step 2 interventions (severity: see the next test).
    [InlineData(ProblemDescriptor.Depression, CareStep.LowIntensity, InitialStepReason.LeastIntrusiveFirst, "M4 §1.3, Table 5")]
    // §1.3, Table 5; Table 2 lists step 2 interventions for GAD.
    [InlineData(ProblemDescriptor.GeneralisedAnxietyDisorder, CareStep.LowIntensity, InitialStepReason.LeastIntrusiveFirst, "M4 §1.3, Table 5")]
    // §5.1.3: "a mild disorder ... not intense enough"; §1.3, Table 5: least intrusive first.
    [InlineData(ProblemDescriptor.MixedAnxietyAndDepression, CareStep.LowIntensity, InitialStepReason.MildestPresentation, "M4 §5.1.3, §1.3, Table 5")]
    // §1.3, §3.2, Table 5: high intensity first for social anxiety disorder.
    [InlineData(ProblemDescriptor.SocialAnxietyDisorder, CareStep.HighIntensity, InitialStepReason.HighIntensityFirstForDescriptor, "M4 §1.3, §3.2, Table 5")]
    // §1.3, §3.2, Table 5: high intensity first for PTSD.
    [InlineData(ProblemDescriptor.PostTraumaticStressDisorder, CareStep.HighIntensity, InitialStepReason.HighIntensityFirstForDescriptor, "M4 §1.3, §3.2, Table 5")]
    // Table 5, Table 2: no step 2 row for agoraphobia.
    [InlineData(ProblemDescriptor.Agoraphobia, CareStep.HighIntensity, InitialStepReason.NoLowIntensityInTable2, "M4 Table 5, Table 2")]
    // §1.3, Table 5; Table 2 lists guided self-help at step 2 for OCD.
    [InlineData(ProblemDescriptor.ObsessiveCompulsiveDisorder, CareStep.LowIntensity, InitialStepReason.LeastIntrusiveFirst, "M4 §1.3, Table 5")]
    // §1.3, Table 5; Table 2 lists step 2 interventions for panic disorder.
    [InlineData(ProblemDescriptor.PanicDisorder, CareStep.LowIntensity, InitialStepReason.LeastIntrusiveFirst, "M4 §1.3, Table 5")]
    // Table 5, Table 2: no step 2 row for health anxiety.
    [InlineData(ProblemDescriptor.HealthAnxiety, CareStep.HighIntensity, InitialStepReason.NoLowIntensityInTable2, "M4 Table 5, Table 2")]
    // Table 5, Table 2: no step 2 row for body dysmorphic disorder.
    [InlineData(ProblemDescriptor.BodyDysmorphicDisorder, CareStep.HighIntensity, InitialStepReason.NoLowIntensityInTable2, "M4 Table 5, Table 2")]
    // Table 5, Table 2: IBS has a step 3 row only.
    [InlineData(ProblemDescriptor.IrritableBowelSyndrome, CareStep.HighIntensity, InitialStepReason.NoLowIntensityInTable2, "M4 Table 5, Table 2")]
    // Table 5, Table 2: chronic fatigue syndrome has a step 3 row only.
    [InlineData(ProblemDescriptor.ChronicFatigueSyndrome, CareStep.HighIntensity, InitialStepReason.NoLowIntensityInTable2, "M4 Table 5, Table 2")]
    // Table 5, Table 2: chronic pain has a step 3 row only.
    [InlineData(ProblemDescriptor.ChronicPain, CareStep.HighIntensity, InitialStepReason.NoLowIntensityInTable2, "M4 Table 5, Table 2")]
    // Table 5, Table 2: MUS has a step 3 row only.
    [InlineData(ProblemDescriptor.MedicallyUnexplainedSymptoms, CareStep.HighIntensity, InitialStepReason.NoLowIntensityInTable2, "M4 Table 5, Table 2")]
    // Table 5, Table 2: no row for specific phobia.
    [InlineData(ProblemDescriptor.SpecificPhobia, CareStep.HighIntensity, InitialStepReason.NoLowIntensityInTable2, "M4 Table 5, Table 2")]
    // Table 5, Table 2: no row for other anxiety or stress-related disorders.
    [InlineData(ProblemDescriptor.OtherAnxietyOrStressRelated, CareStep.HighIntensity, InitialStepReason.NoLowIntensityInTable2, "M4 Table 5, Table 2")]
    public void The_initial_step_of_a_descriptor(ProblemDescriptor descriptor, CareStep step, InitialStepReason reason, string source)
    {
        var decision = SteppedCare.InitialStep(Rules, descriptor, Phq9(12));
        Assert.Equal((step, reason, source), (decision.Step, decision.Reason, decision.Source.ToString()));
    }

    /// <summary>§1.3, Table 5: the depression row reads the first PHQ-9; severe (20-27) starts at step 3, and without a PHQ-9 no step is chosen.</summary>
    [Theory]
    [InlineData(19, CareStep.LowIntensity, InitialStepReason.LeastIntrusiveFirst)]
    [InlineData(20, CareStep.HighIntensity, InitialStepReason.SevereDepression)]
    [InlineData(-1, CareStep.Unknown, InitialStepReason.DepressionSeverityUnknown)]
    public void The_depression_row_reads_the_first_PHQ_9(int phq9, CareStep step, InitialStepReason reason)
    {
        var decision = SteppedCare.InitialStep(Rules, ProblemDescriptor.Depression, phq9 < 0 ? null : Phq9(phq9));
        Assert.Equal((step, reason), (decision.Step, decision.Reason));
    }

    /// <summary>§5.1.3: mixed anxiety and depressive disorder is mild by definition, so even a severe first PHQ-9 does not move its row (such a referral is the Table 7 data-quality flag instead).</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(27)]
    public void Mixed_anxiety_and_depression_starts_at_step_2_whatever_the_PHQ_9(int phq9) =>
        Assert.Equal(CareStep.LowIntensity, SteppedCare.InitialStep(Rules, ProblemDescriptor.MixedAnxietyAndDepression, Phq9(phq9)).Step);

    /// <summary>
    /// The whole rule is one table: a row for every descriptor M4 names (the cases above) and one last "otherwise" row
    /// for any other descriptor: high intensity, as Table 5 offers low intensity only where Table 2 shows it effective.
    /// </summary>
    [Fact]
    public void The_rule_is_one_table_ending_with_one_otherwise_row()
    {
        var table = Rules.Stepping.InitialSteps;
        Assert.Single(table, row => row.Descriptor is null);
        Assert.Same(table.Otherwise, table[table.Count - 1]);
        Assert.Equal((CareStep.HighIntensity, InitialStepReason.NoLowIntensityInTable2, "M4 Table 5, Table 2"),
            (table.Otherwise.Step, table.Otherwise.Reason, table.Otherwise.Source.ToString()));
    }
}

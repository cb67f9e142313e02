using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Specifications.Stepping;

/// <summary>
/// M4 Table 5 (key principles of effective treatment and stepped care) with M4 §1.3 and §3.2: offer the least
/// intrusive intervention first; high intensity first for PTSD, social anxiety disorder and severe depression, and
/// wherever Table 2 offers no low-intensity intervention; step up those still at caseness (or not improving) after
/// low intensity to a full high-intensity course in the same episode; never step up someone who has recovered.
/// Source: seeds/001_a2cac0063d4a7b45.txt, §1.3, §3.2, §5.2 Table 5; reference fact sheet §6.
/// </summary>
public class M4_Table5_SteppedCarePrinciples
{
    private static readonly RuleSet Rules = RuleSet.ManualV4;

    private static Score Phq9(int total) => Rules.Measures[MeasureKeys.Phq9].ScoreTotal(total).AsT0;

    /// <summary>Table 5 "offer the least intrusive intervention first": step 2 for the descriptors Table 2 gives low-intensity interventions for.</summary>
    [Theory]
    [InlineData(ProblemDescriptor.Depression, 12)]
    [InlineData(ProblemDescriptor.GeneralisedAnxietyDisorder, 12)]
    [InlineData(ProblemDescriptor.PanicDisorder, 12)]
    [InlineData(ProblemDescriptor.ObsessiveCompulsiveDisorder, 12)]
    public void The_least_intrusive_intervention_is_offered_first(ProblemDescriptor descriptor, int phq9)
    {
        var decision = SteppedCare.InitialStep(Rules, descriptor, Phq9(phq9));
        Assert.Equal(CareStep.LowIntensity, decision.Step);
        Assert.Equal(InitialStepReason.LeastIntrusiveFirst, decision.Reason);
        Assert.Equal("M4 §1.3, Table 5", decision.Source.ToString());
    }

    /// <summary>§1.3, §3.2, Table 5: PTSD and social anxiety disorder receive high intensity first, whatever the PHQ-9.</summary>
    [Theory]
    [InlineData(ProblemDescriptor.PostTraumaticStressDisorder)]
    [InlineData(ProblemDescriptor.SocialAnxietyDisorder)]
    public void PTSD_and_social_anxiety_disorder_receive_high_intensity_first(ProblemDescriptor descriptor)
    {
        var decision = SteppedCare.InitialStep(Rules, descriptor, Phq9(3));
        Assert.Equal(CareStep.HighIntensity, decision.Step);
        Assert.Equal(InitialStepReason.HighIntensityFirstForDescriptor, decision.Reason);
    }

    /// <summary>§1.3, Table 5: severe depression (PHQ-9 severity band severe, 20-27) receives high intensity first; 19 is moderately severe and starts at step 2.</summary>
    [Theory]
    [InlineData(19, CareStep.LowIntensity)]
    [InlineData(20, CareStep.HighIntensity)]
    [InlineData(27, CareStep.HighIntensity)]
    public void Severe_depression_receives_high_intensity_first(int phq9, CareStep expected)
    {
        var decision = SteppedCare.InitialStep(Rules, ProblemDescriptor.Depression, Phq9(phq9));
        Assert.Equal(expected, decision.Step);
        if (expected == CareStep.HighIntensity)
        {
            Assert.Equal(InitialStepReason.SevereDepression, decision.Reason);
        }
    }

    /// <summary>
    /// Table 5: low intensity only where there is evidence of its effectiveness, so every descriptor without a step 2
    /// row in Table 2 starts at step 3, except mixed anxiety and depressive disorder, the mildest presentation by
    /// definition (§5.1.3; see <see cref="M4_InitialStepByDescriptor"/>).
    /// </summary>
    [Theory]
    [InlineData(ProblemDescriptor.Agoraphobia)]
    [InlineData(ProblemDescriptor.HealthAnxiety)]
    [InlineData(ProblemDescriptor.BodyDysmorphicDisorder)]
    [InlineData(ProblemDescriptor.IrritableBowelSyndrome)]
    [InlineData(ProblemDescriptor.ChronicFatigueSyndrome)]
    [InlineData(ProblemDescriptor.ChronicPain)]
    [InlineData(ProblemDescriptor.MedicallyUnexplainedSymptoms)]
    [InlineData(ProblemDescriptor.SpecificPhobia)]
    [InlineData(ProblemDescriptor.OtherAnxietyOrStressRelated)]
    public void Descriptors_without_a_low_intensity_intervention_in_Table_2_start_at_high_intensity(ProblemDescriptor descriptor)
    {
        var decision = SteppedCare.InitialStep(Rules, descriptor, Phq9(8));
        Assert.Equal(CareStep.HighIntensity, decision.Step);
        Assert.Equal(InitialStepReason.NoLowIntensityInTable2, decision.Reason);
    }

    /// <summary>Table 5 "treatment choice should be guided by the person's problem descriptor": without one, no step is chosen.</summary>
    [Fact]
    public void Without_a_problem_descriptor_no_initial_step_is_chosen()
    {
        var decision = SteppedCare.InitialStep(Rules, ProblemDescriptor.None, Phq9(12));
        Assert.Equal(CareStep.Unknown, decision.Step);
        Assert.Equal(InitialStepReason.NoProblemDescriptor, decision.Reason);
    }

    /// <summary>Table 5 "offer an adequate dose": people who do not respond to low intensity and still meet caseness get at least one full dose of high intensity in the same episode.</summary>
    [Fact]
    public void Still_at_caseness_after_low_intensity_is_stepped_up_to_a_full_high_intensity_course()
    {
        var decision = SteppedCare.StepUp(Rules, new CourseOutcome { Recovered = false, AtCasenessAtEnd = true, ReliablyImproved = true });
        Assert.Equal(StepUpVerdict.Recommended, decision.Verdict);
        Assert.Equal(CareStep.HighIntensity, decision.To);
        Assert.Equal(StepUpReason.StillAtCaseness, decision.Reason);
        Assert.Equal("M4 Table 5", decision.Source.ToString());
    }

    /// <summary>Table 5 "appropriate stepping": step up when there is no improvement.</summary>
    [Fact]
    public void No_reliable_improvement_after_low_intensity_is_stepped_up()
    {
        var decision = SteppedCare.StepUp(Rules, new CourseOutcome { Recovered = false, AtCasenessAtEnd = false, ReliablyImproved = false });
        Assert.Equal(StepUpVerdict.Recommended, decision.Verdict);
        Assert.Equal(StepUpReason.NoReliableImprovement, decision.Reason);
    }

    /// <summary>§1.3: those who do not fully recover are stepped up, so someone who recovered is not; Table 5: "unless they have recovered beforehand".</summary>
    [Fact]
    public void Someone_who_recovered_is_never_stepped_up()
    {
        var decision = SteppedCare.StepUp(Rules, new CourseOutcome { Recovered = true, AtCasenessAtEnd = false, ReliablyImproved = false });
        Assert.Equal(StepUpVerdict.NotRecommended, decision.Verdict);
        Assert.Equal(StepUpReason.Recovered, decision.Reason);
    }

    /// <summary>Table 5: NICE recommends offering up to 14 to 20 sessions depending on the presenting problem.</summary>
    [Fact]
    public void NICE_recommends_offering_up_to_14_to_20_sessions()
    {
        var range = Rules.Stepping.NiceOfferUpTo;
        Assert.Equal((14, 20), (range.Minimum, range.Maximum));
        Assert.Equal("M4 Table 5", range.Source.ToString());
    }
}

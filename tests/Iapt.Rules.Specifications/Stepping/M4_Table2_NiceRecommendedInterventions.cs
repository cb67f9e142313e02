using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using static Iapt.Rules.Episodes.Intervention;
using Iapt.Rules.Provenance;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Specifications.Stepping;

/// <summary>
/// M4 Table 2 (NICE-recommended psychological interventions), one test per row of the table, one case per
/// intervention the row lists, then its footnotes (d: couple therapy; e: MBCT) and the non-recommended interventions
/// services still record (M4 §9.1.1). The lists below are typed from the manual, not read from the library's table.
/// Source: seeds/001_a2cac0063d4a7b45.txt, §3.2 Table 2 and §9.1.1; reference fact sheet §6.
/// </summary>
public class M4_Table2_NiceRecommendedInterventions
{
    private static readonly RuleSet Rules = RuleSet.ManualV4;

    private static TreatmentContext Phq9(int total, TreatmentPhase phase = TreatmentPhase.Unknown, bool? relationship = null) =>
        new() { FirstPhq9 = Rules.Measures[MeasureKeys.Phq9].ScoreTotal(total).AsT0, Phase = phase, RelationshipMaintainsDepression = relationship };

    private static ConcordanceResult Judge(
        ProblemDescriptor descriptor, Intervention intervention, CareStep step, TreatmentContext context = default) =>
        SteppedCare.Concordance(Rules, descriptor, intervention, step, context);

    private static void AssertRecommended(ConcordanceResult result, string guidance)
    {
        Assert.Equal(ConcordanceVerdict.Recommended, result.Verdict);
        Assert.Equal(ConcordanceReason.ListedInTable2, result.Reason);
        Assert.Equal(guidance, result.Row!.Guidance);
        Assert.Equal("M4", result.Source.Document);
        Assert.Equal("Table 2", result.Source.Location);
    }

    /// <summary>Step 2, depression: individual guided self-help based on CBT, computerised CBT, behavioural activation, structured group physical activity programme (NICE CG90, CG91, CG123).</summary>
    [Theory]
    [InlineData(GuidedSelfHelp)]
    [InlineData(ComputerisedCbt)]
    [InlineData(BehaviouralActivation)]
    [InlineData(StructuredGroupPhysicalActivity)]
    public void Step_2_depression_guided_self_help_computerised_CBT_behavioural_activation_group_physical_activity(Intervention intervention) =>
        AssertRecommended(Judge(ProblemDescriptor.Depression, intervention, CareStep.LowIntensity), "NICE CG90, CG91, CG123");

    /// <summary>Step 2, generalised anxiety disorder: self-help, or guided self-help, based on CBT, psycho-educational groups, computerised CBT (NICE CG113, CG123).</summary>
    [Theory]
    [InlineData(NonGuidedSelfHelp)]
    [InlineData(GuidedSelfHelp)]
    [InlineData(PsychoeducationalGroup)]
    [InlineData(ComputerisedCbt)]
    public void Step_2_GAD_self_help_guided_self_help_psychoeducational_groups_computerised_CBT(Intervention intervention) =>
        AssertRecommended(Judge(ProblemDescriptor.GeneralisedAnxietyDisorder, intervention, CareStep.LowIntensity), "NICE CG113, CG123");

    /// <summary>Step 2, panic disorder: self-help, or guided self-help, based on CBT, psycho-educational groups, computerised CBT (NICE CG113, CG123).</summary>
    [Theory]
    [InlineData(NonGuidedSelfHelp)]
    [InlineData(GuidedSelfHelp)]
    [InlineData(PsychoeducationalGroup)]
    [InlineData(ComputerisedCbt)]
    public void Step_2_panic_disorder_self_help_guided_self_help_psychoeducational_groups_computerised_CBT(Intervention intervention) =>
        AssertRecommended(Judge(ProblemDescriptor.PanicDisorder, intervention, CareStep.LowIntensity), "NICE CG113, CG123");

    /// <summary>Step 2, obsessive-compulsive disorder: guided self-help based on CBT (NICE CG31, CG123).</summary>
    [Theory]
    [InlineData(GuidedSelfHelp)]
    public void Step_2_OCD_guided_self_help(Intervention intervention) =>
        AssertRecommended(Judge(ProblemDescriptor.ObsessiveCompulsiveDisorder, intervention, CareStep.LowIntensity), "NICE CG31, CG123");

    /// <summary>
    /// Step 3, depression of mild to moderate severity not responding to low intensity: CBT (individual or group) or
    /// IPT, behavioural activation, couple therapy (footnote d), counselling for depression, brief psychodynamic
    /// therapy (NICE CG90, CG91, CG123). Mild here is a PHQ-9 of 7.
    /// </summary>
    [Theory]
    [InlineData(Cbt)]
    [InlineData(GroupCbt)]
    [InlineData(InterpersonalPsychotherapy)]
    [InlineData(BehaviouralActivation)]
    [InlineData(CoupleTherapy)]
    [InlineData(Counselling)]
    [InlineData(BriefPsychodynamicTherapy)]
    public void Step_3_depression_mild_to_moderate_CBT_IPT_behavioural_activation_couple_therapy_counselling_psychodynamic(Intervention intervention)
    {
        var result = Judge(ProblemDescriptor.Depression, intervention, CareStep.HighIntensity, Phq9(7, relationship: true));
        AssertRecommended(result, "NICE CG90, CG91, CG123");
        Assert.StartsWith("mild to moderate", result.Row!.Condition, StringComparison.Ordinal);
    }

    /// <summary>Step 3, depression of moderate to severe severity: CBT (individual) or IPT, each with medication. Severe here is a PHQ-9 of 22.</summary>
    [Theory]
    [InlineData(Cbt)]
    [InlineData(InterpersonalPsychotherapy)]
    public void Step_3_depression_moderate_to_severe_CBT_or_IPT(Intervention intervention)
    {
        var result = Judge(ProblemDescriptor.Depression, intervention, CareStep.HighIntensity, Phq9(22));
        AssertRecommended(result, "NICE CG90, CG91, CG123");
        Assert.StartsWith("moderate to severe", result.Row!.Condition, StringComparison.Ordinal);
    }

    /// <summary>Step 3, depression, prevention of relapse: CBT or mindfulness-based cognitive therapy (footnote e).</summary>
    [Theory]
    [InlineData(Cbt)]
    [InlineData(MindfulnessBasedCognitiveTherapy)]
    public void Step_3_depression_prevention_of_relapse_CBT_or_MBCT(Intervention intervention)
    {
        var context = new TreatmentContext { Phase = TreatmentPhase.RelapsePrevention };
        var result = Judge(ProblemDescriptor.Depression, intervention, CareStep.HighIntensity, context);
        AssertRecommended(result, "NICE CG90, CG91, CG123");
        Assert.Equal("prevention of relapse", result.Row!.Condition);
    }

    /// <summary>Step 3, generalised anxiety disorder: CBT, applied relaxation (NICE CG113, CG123).</summary>
    [Theory]
    [InlineData(Cbt)]
    [InlineData(AppliedRelaxation)]
    public void Step_3_GAD_CBT_applied_relaxation(Intervention intervention) =>
        AssertRecommended(Judge(ProblemDescriptor.GeneralisedAnxietyDisorder, intervention, CareStep.HighIntensity), "NICE CG113, CG123");

    /// <summary>Step 3, panic disorder: CBT (NICE CG113, CG123).</summary>
    [Theory]
    [InlineData(Cbt)]
    public void Step_3_panic_disorder_CBT(Intervention intervention) =>
        AssertRecommended(Judge(ProblemDescriptor.PanicDisorder, intervention, CareStep.HighIntensity), "NICE CG113, CG123");

    /// <summary>Step 3, post-traumatic stress disorder: trauma-focused CBT, EMDR (footnote f) (NICE CG26, CG123).</summary>
    [Theory]
    [InlineData(TraumaFocusedCbt)]
    [InlineData(Emdr)]
    public void Step_3_PTSD_trauma_focused_CBT_EMDR(Intervention intervention) =>
        AssertRecommended(Judge(ProblemDescriptor.PostTraumaticStressDisorder, intervention, CareStep.HighIntensity), "NICE CG26, CG123");

    /// <summary>Step 3, social anxiety disorder: CBT specific for social anxiety disorder, Clark and Wells or Heimberg model (footnote g) (NICE CG159).</summary>
    [Theory]
    [InlineData(CbtForSocialAnxietyDisorder)]
    public void Step_3_social_anxiety_disorder_CBT_specific_for_social_anxiety(Intervention intervention)
    {
        var result = Judge(ProblemDescriptor.SocialAnxietyDisorder, intervention, CareStep.HighIntensity);
        AssertRecommended(result, "NICE CG159");
        Assert.Equal(Table2Footnote.ClarkAndWellsOrHeimberg, result.Footnote);
    }

    /// <summary>Step 3, obsessive-compulsive disorder: CBT including exposure and response prevention (NICE CG31, CG123).</summary>
    [Theory]
    [InlineData(CbtWithExposureAndResponsePrevention)]
    public void Step_3_OCD_CBT_with_exposure_and_response_prevention(Intervention intervention) =>
        AssertRecommended(Judge(ProblemDescriptor.ObsessiveCompulsiveDisorder, intervention, CareStep.HighIntensity), "NICE CG31, CG123");

    /// <summary>Step 3, chronic fatigue syndrome: graded exercise therapy, CBT* (NICE CG53).</summary>
    [Theory]
    [InlineData(GradedExerciseTherapy)]
    [InlineData(SpecialisedCbt)]
    public void Step_3_chronic_fatigue_syndrome_graded_exercise_specialised_CBT(Intervention intervention) =>
        AssertRecommended(Judge(ProblemDescriptor.ChronicFatigueSyndrome, intervention, CareStep.HighIntensity), "NICE CG53");

    /// <summary>Step 3, chronic pain: combined physical and psychological interventions, including CBT* and exercise (NICE NG59; ETG consensus).</summary>
    [Theory]
    [InlineData(SpecialisedCbt)]
    public void Step_3_chronic_pain_specialised_CBT(Intervention intervention) =>
        AssertRecommended(Judge(ProblemDescriptor.ChronicPain, intervention, CareStep.HighIntensity), "NICE NG59; informal consensus of the ETG");

    /// <summary>Step 3, irritable bowel syndrome: CBT* (NICE CG61; ETG consensus).</summary>
    [Theory]
    [InlineData(SpecialisedCbt)]
    public void Step_3_irritable_bowel_syndrome_specialised_CBT(Intervention intervention) =>
        AssertRecommended(Judge(ProblemDescriptor.IrritableBowelSyndrome, intervention, CareStep.HighIntensity), "NICE CG61; informal consensus of the ETG");

    /// <summary>Step 3, MUS not otherwise specified: CBT* (ETG consensus).</summary>
    [Theory]
    [InlineData(SpecialisedCbt)]
    public void Step_3_MUS_not_otherwise_specified_specialised_CBT(Intervention intervention) =>
        AssertRecommended(Judge(ProblemDescriptor.MedicallyUnexplainedSymptoms, intervention, CareStep.HighIntensity), "informal consensus of the ETG");

    /// <summary>Table 2 has sixteen rows: four at step 2 (depression, GAD, panic, OCD) and twelve at step 3.</summary>
    [Fact]
    public void Table_2_has_four_step_2_rows_and_twelve_step_3_rows()
    {
        Assert.Equal(4, Rules.Stepping.Table2.Count(r => r.Step == CareStep.LowIntensity));
        Assert.Equal(12, Rules.Stepping.Table2.Count(r => r.Step == CareStep.HighIntensity));
    }

    /// <summary>Footnote d: couple therapy if the relationship contributes to maintaining the depression and both partners wish to work together.</summary>
    [Theory]
    [InlineData(true, ConcordanceVerdict.Recommended)]
    [InlineData(false, ConcordanceVerdict.NotRecommended)]
    [InlineData(null, ConcordanceVerdict.Undetermined)]
    public void Footnote_d_couple_therapy_only_when_the_relationship_maintains_the_depression(bool? relationship, ConcordanceVerdict expected)
    {
        var result = Judge(ProblemDescriptor.Depression, CoupleTherapy, CareStep.HighIntensity, Phq9(12, relationship: relationship));
        Assert.Equal(expected, result.Verdict);
        Assert.Equal(Table2Footnote.RelationshipMaintainsDepression, result.Footnote);
    }

    /// <summary>Footnote e: MBCT when the episode is largely resolved; mindfulness is not recommended as a primary treatment for an acute depressive episode.</summary>
    [Theory]
    [InlineData(TreatmentPhase.RelapsePrevention, ConcordanceVerdict.Recommended)]
    [InlineData(TreatmentPhase.AcuteEpisode, ConcordanceVerdict.NotRecommended)]
    [InlineData(TreatmentPhase.Unknown, ConcordanceVerdict.Undetermined)]
    public void Footnote_e_MBCT_for_relapse_prevention_only_never_for_an_acute_episode(TreatmentPhase phase, ConcordanceVerdict expected)
    {
        var result = Judge(ProblemDescriptor.Depression, MindfulnessBasedCognitiveTherapy, CareStep.HighIntensity, Phq9(8, phase));
        Assert.Equal(expected, result.Verdict);
        Assert.Equal(Table2Footnote.RelapsePreventionOnly, result.Footnote);
    }

    /// <summary>M4 §9.1.1: NICE recommends guided self-help but not "pure" (non-guided) self-help for depression.</summary>
    [Fact]
    public void Pure_self_help_is_not_recommended_for_depression()
    {
        var result = Judge(ProblemDescriptor.Depression, NonGuidedSelfHelp, CareStep.LowIntensity);
        Assert.Equal(ConcordanceVerdict.NotRecommended, result.Verdict);
        Assert.Equal(ConcordanceReason.NotListed, result.Reason);
    }

    /// <summary>M4 §9.1.1: NICE does not recommend counselling for generalised anxiety disorder (nor Table 2 for any anxiety disorder).</summary>
    [Theory]
    [InlineData(ProblemDescriptor.GeneralisedAnxietyDisorder)]
    [InlineData(ProblemDescriptor.PanicDisorder)]
    [InlineData(ProblemDescriptor.PostTraumaticStressDisorder)]
    [InlineData(ProblemDescriptor.SocialAnxietyDisorder)]
    [InlineData(ProblemDescriptor.ObsessiveCompulsiveDisorder)]
    public void Counselling_is_not_recommended_for_anxiety_disorders(ProblemDescriptor descriptor)
    {
        var result = Judge(descriptor, Counselling, CareStep.HighIntensity);
        Assert.Equal(ConcordanceVerdict.NotRecommended, result.Verdict);
        Assert.Equal(ConcordanceReason.NotListed, result.Reason);
    }

    /// <summary>Counselling, couple therapy, brief psychodynamic therapy and group CBT are listed for mild to moderate depression only, so not for a PHQ-9 of 15 or more.</summary>
    [Theory]
    [InlineData(Counselling, 15)]
    [InlineData(Counselling, 27)]
    [InlineData(BriefPsychodynamicTherapy, 20)]
    [InlineData(GroupCbt, 19)]
    public void Mild_to_moderate_only_interventions_are_not_recommended_for_moderately_severe_or_severe_depression(Intervention intervention, int phq9)
    {
        var result = Judge(ProblemDescriptor.Depression, intervention, CareStep.HighIntensity, Phq9(phq9, relationship: true));
        Assert.Equal(ConcordanceVerdict.NotRecommended, result.Verdict);
        Assert.Equal(ConcordanceReason.RowConditionNotMet, result.Reason);
    }

    /// <summary>At a PHQ-9 of 14 (moderate, in both depression rows) counselling is still recommended; at 15 it is not.</summary>
    [Theory]
    [InlineData(14, ConcordanceVerdict.Recommended)]
    [InlineData(15, ConcordanceVerdict.NotRecommended)]
    public void Counselling_for_depression_at_the_moderate_boundary(int phq9, ConcordanceVerdict expected) =>
        Assert.Equal(expected, Judge(ProblemDescriptor.Depression, Counselling, CareStep.HighIntensity, Phq9(phq9)).Verdict);

    /// <summary>§3.2: for PTSD and social anxiety disorder there is no low-intensity row, because there is no strong evidence base for low intensity.</summary>
    [Theory]
    [InlineData(ProblemDescriptor.PostTraumaticStressDisorder, GuidedSelfHelp)]
    [InlineData(ProblemDescriptor.SocialAnxietyDisorder, ComputerisedCbt)]
    public void No_low_intensity_intervention_is_recommended_for_PTSD_or_social_anxiety_disorder(ProblemDescriptor descriptor, Intervention intervention)
    {
        var result = Judge(descriptor, intervention, CareStep.LowIntensity);
        Assert.Equal(ConcordanceVerdict.NotRecommended, result.Verdict);
        Assert.Equal(ConcordanceReason.NoInterventionAtStep, result.Reason);
    }

    /// <summary>Table 5: CBT is a class of therapies; where Table 2 names a specific form, generic CBT is undetermined.</summary>
    [Theory]
    [InlineData(ProblemDescriptor.PostTraumaticStressDisorder)]
    [InlineData(ProblemDescriptor.SocialAnxietyDisorder)]
    [InlineData(ProblemDescriptor.ObsessiveCompulsiveDisorder)]
    [InlineData(ProblemDescriptor.IrritableBowelSyndrome)]
    public void Generic_CBT_is_undetermined_where_Table_2_names_a_specific_form(ProblemDescriptor descriptor)
    {
        var result = Judge(descriptor, Cbt, CareStep.HighIntensity);
        Assert.Equal(ConcordanceVerdict.Undetermined, result.Verdict);
        Assert.Equal(ConcordanceReason.CbtFormNotRecorded, result.Reason);
    }

    /// <summary>Descriptors without a Table 2 row, and steps 1 and 4, are not covered by Table 2.</summary>
    [Theory]
    [InlineData(ProblemDescriptor.Agoraphobia, CareStep.HighIntensity, ConcordanceReason.DescriptorNotInTable2)]
    [InlineData(ProblemDescriptor.MixedAnxietyAndDepression, CareStep.LowIntensity, ConcordanceReason.DescriptorNotInTable2)]
    [InlineData(ProblemDescriptor.HealthAnxiety, CareStep.HighIntensity, ConcordanceReason.DescriptorNotInTable2)]
    [InlineData(ProblemDescriptor.None, CareStep.LowIntensity, ConcordanceReason.NoProblemDescriptor)]
    [InlineData(ProblemDescriptor.Depression, CareStep.Specialist, ConcordanceReason.StepNotInTable2)]
    [InlineData(ProblemDescriptor.Depression, CareStep.PrimaryCare, ConcordanceReason.StepNotInTable2)]
    public void Table_2_does_not_cover_other_descriptors_or_steps(ProblemDescriptor descriptor, CareStep step, ConcordanceReason reason)
    {
        var result = Judge(descriptor, Cbt, step);
        Assert.Equal(ConcordanceVerdict.NotCovered, result.Verdict);
        Assert.Equal(reason, result.Reason);
    }
}

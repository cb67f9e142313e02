namespace Iapt.Rules.Episodes;

/// <summary>
/// A psychological intervention as services record it: the therapies of M4 Table 2 (NICE-recommended psychological
/// interventions) and the non-recommended ones services still record (non-guided self-help, counselling for an
/// anxiety disorder, mindfulness-based cognitive therapy for an acute episode). Whether an intervention is
/// recommended depends on the problem descriptor, the step and Table 2's conditions: see
/// <see cref="Stepping.SteppedCare.Concordance(Stepping.ISteppingRuleSet, ProblemDescriptors.ProblemDescriptor, Intervention, Stepping.CareStep, in Stepping.TreatmentContext)"/>.
/// Each member has a text key (<see cref="Interventions.Key(Intervention)"/>).
/// </summary>
public enum Intervention
{
    /// <summary>Not recorded: concordance cannot be judged.</summary>
    Unknown = 0,

    /// <summary>Individual guided self-help based on CBT (M4 Table 2, step 2: depression, GAD, panic disorder, OCD).</summary>
    GuidedSelfHelp,

    /// <summary>
    /// Non-guided ("pure") self-help based on CBT. M4 Table 2 lists "self-help" at step 2 for GAD and panic disorder
    /// only; for depression NICE recommends guided, not pure, self-help (M4 §9.1.1), and M4 Table 7 counts non-guided
    /// self-help as worse practice.
    /// </summary>
    NonGuidedSelfHelp,

    /// <summary>Computerised CBT (M4 Table 2, step 2: depression, GAD, panic disorder; OSS 6: 8 sessions).</summary>
    ComputerisedCbt,

    /// <summary>
    /// Behavioural activation: a low-intensity intervention at step 2 and a high-intensity one at step 3, both for
    /// depression (M4 Table 2). The step the session was delivered at decides which row applies.
    /// </summary>
    BehaviouralActivation,

    /// <summary>Structured group physical activity programme (M4 Table 2, step 2: depression).</summary>
    StructuredGroupPhysicalActivity,

    /// <summary>Psycho-educational groups (M4 Table 2, step 2: GAD and panic disorder).</summary>
    PsychoeducationalGroup,

    /// <summary>
    /// Individual CBT with no more specific form recorded. M4 Table 2 recommends it ("CBT") for depression, GAD and
    /// panic disorder at step 3. For descriptors whose row names a specific form (trauma-focused CBT, CBT for social
    /// anxiety disorder, CBT with exposure and response prevention, the specialised CBTs of IAPT-LTC) concordance is
    /// <see cref="Stepping.ConcordanceVerdict.Undetermined"/>: CBT is a class of therapies (M4 Table 5), and whether the form given
    /// was the indicated one is not recorded.
    /// </summary>
    Cbt,

    /// <summary>Group CBT, led by a high-intensity therapist (M4 Table 2, step 3: depression, "CBT (individual or group)"; M4 §8; OSS 7).</summary>
    GroupCbt,

    /// <summary>Interpersonal psychotherapy, IPT (M4 Table 2, step 3: depression).</summary>
    InterpersonalPsychotherapy,

    /// <summary>
    /// Couple therapy for depression (M4 Table 2, step 3), recommended only when the relationship contributes to
    /// maintaining the depression and both partners wish to work together (Table 2 footnote d).
    /// </summary>
    CoupleTherapy,

    /// <summary>
    /// Counselling (counselling for depression, the form IAPT trains). Recommended for mild to moderate depression at
    /// step 3 (M4 Table 2); not recommended for anxiety disorders (M4 §9.1.1: NICE does not recommend counselling for
    /// generalised anxiety disorder).
    /// </summary>
    Counselling,

    /// <summary>Brief psychodynamic therapy (M4 Table 2, step 3: mild to moderate depression).</summary>
    BriefPsychodynamicTherapy,

    /// <summary>
    /// Mindfulness-based cognitive therapy, MBCT (M4 Table 2, step 3: depression, prevention of relapse only).
    /// Not recommended as a primary treatment for an acute depressive episode (Table 2 footnote e).
    /// </summary>
    MindfulnessBasedCognitiveTherapy,

    /// <summary>Applied relaxation (M4 Table 2, step 3: GAD).</summary>
    AppliedRelaxation,

    /// <summary>Trauma-focused CBT (M4 Table 2, step 3: PTSD).</summary>
    TraumaFocusedCbt,

    /// <summary>Eye movement desensitisation and reprocessing, EMDR (M4 Table 2, step 3: PTSD).</summary>
    Emdr,

    /// <summary>CBT specific for social anxiety disorder, Clark and Wells or Heimberg model (M4 Table 2, step 3; footnote g).</summary>
    CbtForSocialAnxietyDisorder,

    /// <summary>CBT including exposure and response prevention (M4 Table 2, step 3: OCD).</summary>
    CbtWithExposureAndResponsePrevention,

    /// <summary>
    /// A specialised form of CBT of the IAPT-LTC pathway (M4 Table 2 "CBT*", step 3: chronic fatigue syndrome,
    /// chronic pain, irritable bowel syndrome, medically unexplained symptoms not otherwise specified; M4 §11.2).
    /// </summary>
    SpecialisedCbt,

    /// <summary>Graded exercise therapy (M4 Table 2, step 3: chronic fatigue syndrome).</summary>
    GradedExerciseTherapy,

    /// <summary>Any other intervention (for example anxiety management, employment support): not in M4 Table 2.</summary>
    Other,
}

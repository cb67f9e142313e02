namespace Iapt.Rules.Stepping;

/// <summary>Why a concordance verdict was reached; each reason names the part of M4 Table 2 it rests on.</summary>
public enum ConcordanceReason
{
    /// <summary>Recommended: a Table 2 row for the descriptor and step lists the intervention, its conditions met.</summary>
    ListedInTable2 = 0,

    /// <summary>Not recommended: Table 2 has rows for the descriptor at the step, and none lists the intervention.</summary>
    NotListed,

    /// <summary>Not recommended: Table 2 lists no intervention at all for the descriptor at the step (for example PTSD at step 2).</summary>
    NoInterventionAtStep,

    /// <summary>
    /// Not recommended: the intervention is listed only in rows for another depression severity or phase (for
    /// example counselling, listed for mild to moderate depression only, given for severe depression).
    /// </summary>
    RowConditionNotMet,

    /// <summary>
    /// Not recommended: the footnote's condition does not hold (footnote d: the relationship does not maintain the
    /// depression; footnote e: MBCT for an acute episode rather than relapse prevention).
    /// </summary>
    FootnoteConditionNotMet,

    /// <summary>Undetermined: the verdict depends on an input that was not recorded (see <see cref="ConcordanceResult.Missing"/>).</summary>
    ConditionNotRecorded,

    /// <summary>
    /// Undetermined: generic individual CBT was recorded, and Table 2 names a specific form of CBT for the
    /// descriptor (trauma-focused, for social anxiety disorder, with exposure and response prevention, or specialised).
    /// </summary>
    CbtFormNotRecorded,

    /// <summary>Undetermined: the intervention was not recorded.</summary>
    InterventionNotRecorded,

    /// <summary>Not covered: there is no problem descriptor, so no Table 2 row can be chosen (M4 Table 5).</summary>
    NoProblemDescriptor,

    /// <summary>Not covered: Table 2 has no row for the descriptor at any step.</summary>
    DescriptorNotInTable2,

    /// <summary>Not covered: Table 2 has no row at the step (steps 1 and 4, or an unknown step).</summary>
    StepNotInTable2,
}

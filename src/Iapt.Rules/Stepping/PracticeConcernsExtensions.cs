namespace Iapt.Rules.Stepping;

/// <summary>Words and keys for <see cref="PracticeConcerns"/>.</summary>
public static class PracticeConcernsExtensions
{
    /// <summary>
    /// The three worse-practice flags of M4 Table 7 that the outcome rules detect as data-quality issues, as
    /// <see cref="PracticeConcerns"/> (for <see cref="SteppingInput.DataQuality"/>).
    /// </summary>
    /// <param name="issues">The outcome's data-quality issues.</param>
    /// <returns>
    /// <see cref="PracticeConcerns.NoProblemDescriptor"/>, <see cref="PracticeConcerns.MixedAnxietyAndDepressionWhenBothAtCaseness"/>
    /// and <see cref="PracticeConcerns.AnxietyMeasureNotUsed"/> for the matching issues; nothing else.
    /// </returns>
    public static PracticeConcerns FromDataQuality(Outcomes.DataQualityIssues issues) =>
        ((issues & Outcomes.DataQualityIssues.NoProblemDescriptor) != 0 ? PracticeConcerns.NoProblemDescriptor : PracticeConcerns.None)
        | ((issues & Outcomes.DataQualityIssues.MixedAnxietyDepressionAtCaseness) != 0 ? PracticeConcerns.MixedAnxietyAndDepressionWhenBothAtCaseness : PracticeConcerns.None)
        | ((issues & Outcomes.DataQualityIssues.AdsmNotPaired) != 0 ? PracticeConcerns.AnxietyMeasureNotUsed : PracticeConcerns.None);

    private static readonly PracticeConcerns[] Singles =
    [
        PracticeConcerns.SteppedUpWithoutStep2Trial,
        PracticeConcerns.NonGuidedSelfHelp,
        PracticeConcerns.OneOffAppointment,
        PracticeConcerns.DischargedBeforeRecoveryDespiteImprovement,
        PracticeConcerns.InterventionNotNiceRecommended,
        PracticeConcerns.StepUpWaitOverStandard,
        PracticeConcerns.NotSteppedUpWhenIndicated,
        PracticeConcerns.NoProblemDescriptor,
        PracticeConcerns.MixedAnxietyAndDepressionWhenBothAtCaseness,
        PracticeConcerns.AnxietyMeasureNotUsed,
    ];

    /// <summary>Every single flag, in declaration order (no combinations, not <see cref="PracticeConcerns.None"/>).</summary>
    public static IReadOnlyList<PracticeConcerns> All { get; } = Array.AsReadOnly(Singles);

    /// <summary>The text key of a single flag, for example <c>one_off_appointment</c>; files list set flags separated by <c>;</c>.</summary>
    /// <param name="flag">A single flag.</param>
    /// <returns>The key; empty for <see cref="PracticeConcerns.None"/> or a combination.</returns>
    public static string Key(this PracticeConcerns flag) => flag switch
    {
        PracticeConcerns.SteppedUpWithoutStep2Trial => "stepped_up_without_step2_trial",
        PracticeConcerns.NonGuidedSelfHelp => "non_guided_self_help",
        PracticeConcerns.OneOffAppointment => "one_off_appointment",
        PracticeConcerns.DischargedBeforeRecoveryDespiteImprovement => "discharged_before_recovery_despite_improvement",
        PracticeConcerns.InterventionNotNiceRecommended => "intervention_not_nice_recommended",
        PracticeConcerns.StepUpWaitOverStandard => "step_up_wait_over_standard",
        PracticeConcerns.NotSteppedUpWhenIndicated => "not_stepped_up_when_indicated",
        PracticeConcerns.NoProblemDescriptor => "no_problem_descriptor",
        PracticeConcerns.MixedAnxietyAndDepressionWhenBothAtCaseness => "mixed_anxiety_depression_both_at_caseness",
        PracticeConcerns.AnxietyMeasureNotUsed => "adsm_not_used",
        _ => string.Empty,
    };

    /// <summary>Where a single flag comes from, for example <c>M4 Table 7</c>.</summary>
    /// <param name="flag">A single flag.</param>
    /// <returns>The citation; empty for <see cref="PracticeConcerns.None"/> or a combination.</returns>
    public static string Citation(this PracticeConcerns flag) => flag switch
    {
        PracticeConcerns.SteppedUpWithoutStep2Trial => "M4 Table 7",
        PracticeConcerns.NonGuidedSelfHelp => "M4 Table 7, §9.1.1, Table 2",
        PracticeConcerns.OneOffAppointment => "M4 Table 7, §9.1.2, §6.4.3",
        PracticeConcerns.DischargedBeforeRecoveryDespiteImprovement => "M4 Table 7, §9.1.2",
        PracticeConcerns.InterventionNotNiceRecommended => "M4 Table 5, Table 2",
        PracticeConcerns.StepUpWaitOverStandard => "M4 §6.4.2",
        PracticeConcerns.NotSteppedUpWhenIndicated => "M4 Table 5, §9.1.2; MQS 1",
        PracticeConcerns.NoProblemDescriptor => "M4 Table 7, §5.1.3",
        PracticeConcerns.MixedAnxietyAndDepressionWhenBothAtCaseness => "M4 Table 7, §5.1.3",
        PracticeConcerns.AnxietyMeasureNotUsed => "M4 Table 7, Table 6",
        _ => string.Empty,
    };

    /// <summary>The keys of the flags set, in declaration order, separated by <c>;</c>; empty when none is set.</summary>
    /// <param name="flags">The flags.</param>
    /// <returns>For example <c>one_off_appointment;no_problem_descriptor</c>.</returns>
    public static string Keys(this PracticeConcerns flags)
    {
        if (flags == PracticeConcerns.None)
        {
            return string.Empty;
        }

        var keys = new List<string>();
        foreach (var flag in Singles)
        {
            if ((flags & flag) != 0)
            {
                keys.Add(flag.Key());
            }
        }

        return string.Join(';', keys);
    }
}

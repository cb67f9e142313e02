using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Stepping;

public static partial class SteppedCare
{
    /// <summary>
    /// The step a referral should start at, read from the rule set's initial-step table
    /// (<see cref="SteppingRules.InitialSteps"/>): in M4 the least intrusive (step 2) first, except high intensity
    /// (step 3) first for PTSD and social anxiety disorder, for severe depression, and for every descriptor for
    /// which Table 2 lists no low-intensity intervention; mixed anxiety and depressive disorder, the mildest
    /// presentation by definition, at step 2 (M4 §1.3, §5.1.3, Table 2, Table 5).
    /// </summary>
    /// <remarks>
    /// The descriptor's row decides (a descriptor without a row takes the table's "otherwise" row). A row marked
    /// <see cref="InitialStepRow.ByDepressionSeverity"/> (M4: depression) reads the first PHQ-9: none gives no step
    /// (the severity is not guessed); a score in <see cref="SteppingRules.SevereDepressionBand"/> of
    /// <see cref="SteppingRules.DepressionSeverity"/> (M4: the PHQ-9 band <c>severe</c>, 20-27; NICE NG222:
    /// <c>more_severe</c>, 16-27) gives step 3; otherwise the row's step. The PHQ-9 is consulted for those rows only.
    /// A person's informed choice may still change the step; this is the rule, not the clinical decision.
    /// </remarks>
    /// <param name="rules">The rule set.</param>
    /// <param name="descriptor">The primary problem descriptor.</param>
    /// <param name="firstPhq9">The referral's first PHQ-9 score, or <see langword="null"/> when there is none.</param>
    /// <returns>The step, the reason and the source. Allocates nothing.</returns>
    /// <exception cref="ArgumentException"><paramref name="firstPhq9"/> is not a PHQ-9 score.</exception>
    public static InitialStepDecision InitialStep(ISteppingRuleSet rules, ProblemDescriptor descriptor, Score? firstPhq9)
    {
        Guard.Against.Null(rules);
        var stepping = rules.Stepping;
        string? band = DepressionBand(stepping, firstPhq9, nameof(firstPhq9));
        var row = stepping.InitialSteps.RowFor(descriptor);
        if (row.ByDepressionSeverity)
        {
            if (firstPhq9 is null)
            {
                return new(descriptor, CareStep.Unknown, InitialStepReason.DepressionSeverityUnknown, stepping.SevereDepressionBand.Source);
            }

            if (string.Equals(band, stepping.SevereDepressionBand.Value, StringComparison.Ordinal))
            {
                return new(descriptor, CareStep.HighIntensity, InitialStepReason.SevereDepression, stepping.SevereDepressionBand.Source);
            }
        }

        return new(descriptor, row.Step, row.Reason, row.Source);
    }
}

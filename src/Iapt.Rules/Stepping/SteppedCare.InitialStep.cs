using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Stepping;

public static partial class SteppedCare
{
    /// <summary>
    /// The step a referral should start at: the least intrusive (step 2) first, except high intensity (step 3) first
    /// for PTSD and social anxiety disorder, for severe depression, and for every descriptor for which Table 2 lists
    /// no low-intensity intervention (M4 §1.3, Table 2, Table 5).
    /// </summary>
    /// <remarks>
    /// The rules, in order:
    /// <list type="number">
    /// <item>No problem descriptor: no step (M4 Table 5: treatment choice is guided by the descriptor).</item>
    /// <item>A descriptor of <see cref="SteppingRules.HighIntensityFirst"/> (PTSD, social anxiety disorder): step 3.</item>
    /// <item>A descriptor with no step 2 row in Table 2 (in M4 every descriptor except depression, GAD, panic
    /// disorder and OCD, including mixed anxiety and depressive disorder): step 3.</item>
    /// <item>Depression with no first PHQ-9: no step (the severity decides, and it is not guessed).</item>
    /// <item>Depression whose first PHQ-9 is in the <see cref="SteppingRules.SevereDepressionBand"/> (20-27): step 3.</item>
    /// <item>Otherwise: step 2, the least intrusive step.</item>
    /// </list>
    /// The PHQ-9 severity is consulted for the depression descriptor only: for the other descriptors Table 2's rows
    /// decide. A person's informed choice may still change the step; this is the rule, not the clinical decision.
    /// </remarks>
    /// <param name="rules">The rule set.</param>
    /// <param name="descriptor">The primary problem descriptor.</param>
    /// <param name="firstPhq9">The referral's first PHQ-9 score, or <see langword="null"/> when there is none.</param>
    /// <returns>The step, the reason and the source.</returns>
    /// <exception cref="ArgumentException"><paramref name="firstPhq9"/> is not a PHQ-9 score.</exception>
    public static InitialStepDecision InitialStep(RuleSet rules, ProblemDescriptor descriptor, Score? firstPhq9)
    {
        Guard.Against.Null(rules);
        var stepping = rules.Stepping;
        string? band = Phq9Band(firstPhq9, nameof(firstPhq9));

        if (descriptor == ProblemDescriptor.None)
        {
            return new(descriptor, CareStep.Unknown, InitialStepReason.NoProblemDescriptor, stepping.DescriptorGuidesTreatment);
        }

        if (stepping.IsHighIntensityFirst(descriptor, out var highFirstSource))
        {
            return new(descriptor, CareStep.HighIntensity, InitialStepReason.HighIntensityFirstForDescriptor, highFirstSource!);
        }

        if (!stepping.Table2.HasLowIntensity(descriptor))
        {
            return new(descriptor, CareStep.HighIntensity, InitialStepReason.NoLowIntensityInTable2, stepping.LowIntensityOnlyWhereEffective);
        }

        if (descriptor == ProblemDescriptor.Depression)
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

        return new(descriptor, stepping.LeastIntrusiveStep.Value, InitialStepReason.LeastIntrusiveFirst, stepping.LeastIntrusiveStep.Source);
    }
}

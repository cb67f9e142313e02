using Iapt.Rules.Provenance;

namespace Iapt.Rules.Stepping;

public static partial class SteppedCare
{
    /// <summary>
    /// Whether a person should be stepped up to a full high-intensity course after a low-intensity course (M4 §1.3,
    /// Table 5).
    /// </summary>
    /// <remarks>
    /// The rules, in order:
    /// <list type="number">
    /// <item>Recovered: not recommended, ever (M4 §1.3: those who do not fully recover are stepped up).</item>
    /// <item>Still at caseness: recommended, at least one full dose of high intensity in the same episode (M4 Table 5).</item>
    /// <item>Without reliable improvement: recommended (M4 Table 5: step up when there is no improvement).</item>
    /// <item>Below caseness and reliably improved: not recommended (responded).</item>
    /// <item>Otherwise (caseness or reliable improvement not recorded): undetermined.</item>
    /// </list>
    /// </remarks>
    /// <param name="rules">The rule set.</param>
    /// <param name="lowIntensityOutcome">The outcome of the low-intensity course.</param>
    /// <returns>The decision with its reason and source.</returns>
    public static StepUpDecision StepUp(ISteppingRuleSet rules, in CourseOutcome lowIntensityOutcome)
    {
        Guard.Against.Null(rules);
        var stepping = rules.Stepping;
        if (lowIntensityOutcome.Recovered == true)
        {
            return new(StepUpVerdict.NotRecommended, StepUpReason.Recovered, CareStep.Unknown, stepping.NoStepUpWhenRecovered);
        }

        if (lowIntensityOutcome.AtCasenessAtEnd == true)
        {
            return new(StepUpVerdict.Recommended, StepUpReason.StillAtCaseness, stepping.StepUpTo.Value, stepping.StepUpTo.Source);
        }

        if (lowIntensityOutcome.ReliablyImproved == false)
        {
            return new(StepUpVerdict.Recommended, StepUpReason.NoReliableImprovement, stepping.StepUpTo.Value, stepping.StepUpWhenNoImprovement);
        }

        if (lowIntensityOutcome.AtCasenessAtEnd == false && lowIntensityOutcome.ReliablyImproved == true)
        {
            return new(StepUpVerdict.NotRecommended, StepUpReason.Responded, CareStep.Unknown, stepping.StepUpTo.Source);
        }

        return new(StepUpVerdict.Undetermined, StepUpReason.OutcomeNotRecorded, CareStep.Unknown, stepping.StepUpTo.Source);
    }
}

using Iapt.Rules.Provenance;

namespace Iapt.Rules.Stepping;

/// <summary>Whether to step up after a low-intensity course, why, and the rule it rests on. A small value.</summary>
/// <param name="Verdict">Recommended, not recommended or undetermined.</param>
/// <param name="Reason">Why.</param>
/// <param name="To">The step recommended: <see cref="CareStep.HighIntensity"/> when recommended, otherwise <see cref="CareStep.Unknown"/>.</param>
/// <param name="Source">The rule, for example <c>M4 Table 5</c>.</param>
public readonly record struct StepUpDecision(StepUpVerdict Verdict, StepUpReason Reason, CareStep To, Source Source)
{
    /// <summary>Whether a step-up is recommended.</summary>
    public bool IsRecommended => Verdict == StepUpVerdict.Recommended;

    /// <summary>The decision for people, for example <c>step up to step 3 (high intensity): still at caseness after low intensity. [M4 Table 5]</c>.</summary>
    /// <returns>One sentence and the source in brackets.</returns>
    public string Explain()
    {
        string because = Reason switch
        {
            StepUpReason.Recovered => "do not step up: the person recovered",
            StepUpReason.StillAtCaseness => "still at caseness after low intensity, so a full high-intensity course is due in the same episode",
            StepUpReason.NoReliableImprovement => "no reliable improvement after low intensity",
            StepUpReason.Responded => "do not step up: below caseness and reliably improved",
            _ => "undetermined: caseness at the end or reliable improvement was not recorded",
        };
        return Verdict == StepUpVerdict.Recommended
            ? $"step up to {SteppingText.Step(To)}: {because}. [{Source}]"
            : $"{because}. [{Source}]";
    }
}

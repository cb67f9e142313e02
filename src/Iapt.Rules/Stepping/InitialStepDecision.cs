using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Stepping;

/// <summary>The step a referral should start at, why, and the rule it rests on. A small value that allocates nothing.</summary>
/// <param name="Descriptor">The problem descriptor the decision was made for.</param>
/// <param name="Step">The initial step: <see cref="CareStep.LowIntensity"/>, <see cref="CareStep.HighIntensity"/>, or <see cref="CareStep.Unknown"/> when it cannot be chosen.</param>
/// <param name="Reason">Why.</param>
/// <param name="Source">The rule, for example <c>M4 §1.3, Table 5</c>.</param>
public readonly record struct InitialStepDecision(ProblemDescriptor Descriptor, CareStep Step, InitialStepReason Reason, Source Source)
{
    /// <summary>Whether a step could be chosen.</summary>
    public bool IsKnown => Step != CareStep.Unknown;

    /// <summary>The decision for people, for example <c>depression: start at step 3 (high intensity): the first PHQ-9 is in the severe band. [M4 §1.3, Table 5]</c>.</summary>
    /// <returns>One sentence and the source in brackets; never patient data.</returns>
    public string Explain()
    {
        string because = Reason switch
        {
            InitialStepReason.LeastIntrusiveFirst => "the least intrusive NICE-recommended intervention is offered first",
            InitialStepReason.HighIntensityFirstForDescriptor => "NICE recommends a high-intensity intervention first for this problem",
            InitialStepReason.SevereDepression => "the first PHQ-9 is in the severe band, and severe depression should receive high intensity first",
            InitialStepReason.MildestPresentation => "mixed anxiety and depressive disorder is by definition a mild disorder, so the least intrusive intervention is offered first",
            InitialStepReason.NoLowIntensityInTable2 => "Table 2 lists no low-intensity intervention for this problem, and low intensity is offered only where it is effective",
            InitialStepReason.NoProblemDescriptor => "there is no problem descriptor to guide the choice of treatment",
            _ => "there is no first PHQ-9, so whether the depression is severe is not known",
        };
        string start = IsKnown ? $"start at {SteppingText.Step(Step)}" : "no initial step can be chosen";
        return $"{SteppingText.Descriptor(Descriptor)}: {start}: {because}. [{Source}]";
    }
}

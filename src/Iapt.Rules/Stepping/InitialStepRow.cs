using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Stepping;

/// <summary>
/// One row of the initial-step rule (<see cref="InitialStepTable"/>): the step a problem descriptor starts at, why,
/// whether the first PHQ-9 can change it, and the source. Immutable.
/// </summary>
public sealed record InitialStepRow
{
    /// <summary>
    /// The problem descriptor the row is for, or <see langword="null"/> for the table's one "otherwise" row, which
    /// applies to every descriptor without a row of its own.
    /// </summary>
    public required ProblemDescriptor? Descriptor { get; init; }

    /// <summary>
    /// The step the row gives: <see cref="CareStep.LowIntensity"/> or <see cref="CareStep.HighIntensity"/>, or
    /// <see cref="CareStep.Unknown"/> when no step can be chosen (no problem descriptor).
    /// </summary>
    public required CareStep Step { get; init; }

    /// <summary>Why the row gives that step.</summary>
    public required InitialStepReason Reason { get; init; }

    /// <summary>
    /// Whether the depression severity decides: when <see langword="true"/>, a first PHQ-9 in
    /// <see cref="SteppingRules.SevereDepressionBand"/> starts at high intensity
    /// (<see cref="InitialStepReason.SevereDepression"/>), no first PHQ-9 gives no step
    /// (<see cref="InitialStepReason.DepressionSeverityUnknown"/>), and otherwise the row's <see cref="Step"/>
    /// applies. M4: the depression row only.
    /// </summary>
    public bool ByDepressionSeverity { get; init; }

    /// <summary>Where the row comes from, for example <c>M4 §1.3, Table 5</c>.</summary>
    public required Source Source { get; init; }

    /// <summary>The row for people, for example <c>depression: step 2 (low intensity), by depression severity</c>.</summary>
    /// <returns>The descriptor (or "any other descriptor"), the step and, when it applies, the severity condition.</returns>
    public override string ToString()
    {
        string descriptor = Descriptor is { } d ? SteppingText.Descriptor(d) : "any other descriptor";
        return ByDepressionSeverity
            ? $"{descriptor}: {SteppingText.Step(Step)}, by depression severity"
            : $"{descriptor}: {SteppingText.Step(Step)}";
    }
}

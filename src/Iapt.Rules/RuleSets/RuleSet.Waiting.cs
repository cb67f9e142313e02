using Iapt.Rules.Waiting;

namespace Iapt.Rules.RuleSets;

public sealed partial record RuleSet
{
    /// <summary>
    /// The waiting-time rules: the 6- and 18-week standards (42 and 126 days) and their 75% / 95% targets, wait
    /// bands, in-service gap flags, the step-up standard, the waiting-list rules of thumb and the access standards.
    /// Defaults to <see cref="WaitingTimeRules.ManualV4"/> (M4 §6.4.2, §8; OSS 10-13; RtB 7.10, 7.12; NHSD).
    /// </summary>
    public WaitingTimeRules Waiting { get; init; } = WaitingTimeRules.ManualV4;
}

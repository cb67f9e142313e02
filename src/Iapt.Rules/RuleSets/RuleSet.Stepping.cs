using Iapt.Rules.Stepping;

namespace Iapt.Rules.RuleSets;

public sealed partial record RuleSet
{
    /// <summary>
    /// The stepped-care rules: M4 Table 2, the initial-step and step-up rules, the review point, the step-up wait
    /// standard, the doses of OSS 6-7 and M4 Table 5 / §9.1.2, and the numbers behind the worse-practice flags.
    /// Defaults to <see cref="SteppingRules.ManualV4"/>.
    /// </summary>
    public SteppingRules Stepping { get; init; } = SteppingRules.ManualV4;
}

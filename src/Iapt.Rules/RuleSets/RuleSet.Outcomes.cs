using Iapt.Rules.Outcomes;

namespace Iapt.Rules.RuleSets;

public sealed partial record RuleSet
{
    /// <summary>
    /// The numbers the outcome definitions read (what a finished course of treatment is). The default is
    /// <see cref="OutcomeRules.ManualV4"/>.
    /// </summary>
    public OutcomeRules Outcomes { get; init; } = OutcomeRules.ManualV4;
}

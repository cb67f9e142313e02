using Iapt.Rules.Outcomes;
using Iapt.Rules.Waiting;

namespace Iapt.Rules.Stepping;

/// <summary>
/// The part of a rule set that the stepped-care rules read (<see cref="SteppedCare"/>, <see cref="Mqs1StepUpAggregator"/>):
/// the outcome rules, the waiting-time rules (the step-up wait) and <see cref="Stepping"/>.
/// <see cref="RuleSets.RuleSet"/> implements it; see <see cref="ProblemDescriptors.IDescriptorRuleSet"/> for why each
/// area declares what it reads.
/// </summary>
/// <remarks>Implementations must be immutable.</remarks>
public interface ISteppingRuleSet : IOutcomeRuleSet
{
    /// <summary>The waiting-time rules: clocks, standards and the step-up wait standard.</summary>
    WaitingTimeRules Waiting { get; }

    /// <summary>The stepped-care rules: M4 Table 2, the initial-step and step-up rules, review points and doses.</summary>
    SteppingRules Stepping { get; }
}

using Iapt.Rules.ProblemDescriptors;

namespace Iapt.Rules.Outcomes;

/// <summary>
/// The part of a rule set that the outcome rules read (<see cref="OutcomeClassifier"/>): the measures and descriptors,
/// and <see cref="Outcomes"/>. <see cref="RuleSets.RuleSet"/> implements it; see <see cref="IDescriptorRuleSet"/> for
/// why each area declares what it reads.
/// </summary>
/// <remarks>Implementations must be immutable: a classifier caches what it reads when it is built.</remarks>
public interface IOutcomeRuleSet : IDescriptorRuleSet
{
    /// <summary>The numbers the outcome definitions read (what a finished course of treatment is).</summary>
    OutcomeRules Outcomes { get; }
}

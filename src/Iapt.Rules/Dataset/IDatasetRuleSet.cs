using Iapt.Rules.Reporting;

namespace Iapt.Rules.Dataset;

/// <summary>
/// What the national data set's translation reads: everything a report reads, and the data set's codes
/// (<see cref="Dataset"/>). <see cref="RuleSets.RuleSet"/> implements it; see
/// <see cref="ProblemDescriptors.IDescriptorRuleSet"/> for why each area declares what it reads.
/// </summary>
/// <remarks>Implementations must be immutable.</remarks>
public interface IDatasetRuleSet : IReportRuleSet
{
    /// <summary>The national data set's codes: attendance, appointment types, therapy types, assessment tools.</summary>
    DatasetRules Dataset { get; }
}

using Iapt.Rules.Reporting.Disclosure;
using Iapt.Rules.Stepping;

namespace Iapt.Rules.Reporting;

/// <summary>
/// Everything a service report reads (<see cref="ServiceReportBuilder"/>, <see cref="ServiceReportBatch"/>): every
/// area's rules, the national standards and the disclosure control. <see cref="RuleSets.RuleSet"/> implements it;
/// see <see cref="ProblemDescriptors.IDescriptorRuleSet"/> for why each area declares what it reads.
/// </summary>
/// <remarks>Implementations must be immutable.</remarks>
public interface IReportRuleSet : ISteppingRuleSet
{
    /// <summary>The national service standards a report judges rates against (reference §7).</summary>
    ServiceStandards Standards { get; }

    /// <summary>The statistical disclosure control a suppressed report follows.</summary>
    DisclosureRules Disclosure { get; }
}

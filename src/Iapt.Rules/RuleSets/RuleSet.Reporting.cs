using Iapt.Rules.Reporting;

namespace Iapt.Rules.RuleSets;

public sealed partial record RuleSet
{
    /// <summary>The national service standards a report judges rates against (reference §7).</summary>
    public ServiceStandards Standards { get; init; } = ServiceStandards.ManualV4;
}

using Iapt.Rules.Dataset;

namespace Iapt.Rules.RuleSets;

public sealed partial record RuleSet
{
    /// <summary>
    /// How the national data set's codes are read (attendance, appointment types, therapy types, assessment tools;
    /// reference §9). Defaults to <see cref="DatasetRules.ManualV4"/>.
    /// </summary>
    public DatasetRules Dataset { get; init; } = DatasetRules.ManualV4;
}

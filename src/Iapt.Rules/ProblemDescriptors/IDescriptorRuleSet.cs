using Iapt.Rules.Measures;

namespace Iapt.Rules.ProblemDescriptors;

/// <summary>
/// The part of a rule set that the measure and descriptor rules read: its identity, the measure catalogue and the
/// descriptor table. Each rule area declares the rules it reads as an interface like this one, extending the areas
/// below it; <see cref="RuleSets.RuleSet"/> implements them all, so an area never depends on the rule set that
/// composes it (data and dependencies flow one way: measures and descriptors, episodes, outcomes, waits, steps, the
/// report, the rule set).
/// </summary>
/// <remarks>Implementations must be immutable: the rules cache what they read when they are built.</remarks>
public interface IDescriptorRuleSet
{
    /// <summary>The rule set's name, for example <c>IAPT Manual v4</c>.</summary>
    string Name { get; }

    /// <summary>The version of the rule set; results cite it with the name.</summary>
    string Version { get; }

    /// <summary>The measures: their ranges, cut-offs, reliable-change values and severity bands.</summary>
    MeasureCatalogue Measures { get; }

    /// <summary>How recorded codes become descriptors, and the measures each descriptor calls for (M4 Table 6).</summary>
    DescriptorTable Descriptors { get; }
}

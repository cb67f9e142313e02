using Iapt.Rules.Provenance;

namespace Iapt.Rules.Outcomes;

/// <summary>
/// The outcome part of a rule set: the numbers the outcome definitions read. The cut-offs and reliable-change values
/// belong to the measures (<see cref="RuleSets.RuleSet.Measures"/>); the measures a descriptor calls for belong to
/// <see cref="RuleSets.RuleSet.Descriptors"/>.
/// </summary>
public sealed record OutcomeRules
{
    /// <summary>
    /// The number of treatment sessions from which an ended referral has finished a course of treatment: two under
    /// M4 §6.4.3 ("at least two treatment sessions ... before discharge") and NHSD.
    /// </summary>
    public required Sourced<int> MinimumTreatmentSessions { get; init; }

    /// <summary>The IAPT Manual v4 values: a course of treatment is at least two treatment sessions.</summary>
    public static OutcomeRules ManualV4 { get; } = new()
    {
        MinimumTreatmentSessions = new Sourced<int>(2, Source.M4("§6.4.3 Finishing a course of treatment")),
    };
}

using Iapt.Rules.Reporting.Disclosure;

namespace Iapt.Rules.RuleSets;

public sealed partial record RuleSet
{
    /// <summary>
    /// The statistical disclosure control a suppressed service report follows: counts under 5 withheld, the rest
    /// rounded to the nearest 5 (<see cref="DisclosureRules.NationalPublications"/>, marked unconfirmed).
    /// </summary>
    public DisclosureRules Disclosure { get; init; } = DisclosureRules.NationalPublications;
}

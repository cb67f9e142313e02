using NodaTime;

namespace Iapt.Rules.RuleSets;

public sealed partial record RuleSet
{
    /// <summary>
    /// <see cref="ManualV4"/> with depression severity read as NICE NG222 (2022, depression in adults) for the
    /// initial step and for NICE concordance: less severe (PHQ-9 below 16) and more severe (16 or more), so that
    /// more severe depression starts at high intensity and the two depression rows of M4 Table 2 split at 16
    /// (<see cref="Stepping.SteppingRules.Ng222"/>). Every other value is M4's. Equivalent to
    /// <c>RuleSet.ManualV4 with { Stepping = SteppingRules.Ng222 }</c> with its own name, version and date.
    /// </summary>
    public static RuleSet Ng222 => Ng222Holder.Value;

    /// <summary>Built on first use, after <see cref="ManualV4"/> (static initialisers of partial files run in no fixed order).</summary>
    private static class Ng222Holder
    {
        public static readonly RuleSet Value = Build();
    }

    private static RuleSet Build() => ManualV4 with
    {
        Name = "IAPT Manual v4 with NICE NG222 depression severity",
        Version = "2022.1",
        EffectiveDate = new LocalDate(2022, 6, 29),
        Sources = ManualV4.Sources.Add("NG222: NICE guideline NG222, Depression in adults: treatment and management (June 2022)"),
        Stepping = Iapt.Rules.Stepping.SteppingRules.Ng222,
    };
}

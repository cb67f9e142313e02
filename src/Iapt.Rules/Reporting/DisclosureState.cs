namespace Iapt.Rules.Reporting;

/// <summary>What statistical disclosure control has done to a figure's counts.</summary>
public enum DisclosureState
{
    /// <summary>No disclosure control: the exact counts.</summary>
    Exact,

    /// <summary>Counts rounded to the nearest 5.</summary>
    Rounded,

    /// <summary>At least one count was under 5 and is withheld, and so is the rate.</summary>
    Suppressed,
}

using Iapt.Rules.Provenance;

namespace Iapt.Rules.Reporting.Disclosure;

/// <summary>
/// The numbers statistical disclosure control reads: counts under <see cref="SuppressBelow"/> are withheld and the
/// rest are rounded to the nearest multiple of <see cref="RoundTo"/>.
/// </summary>
/// <remarks>
/// The default, <see cref="NationalPublications"/>, is the rule of the project's service-report issue (issue 6):
/// counts under 5 suppressed (0 included), the rest rounded to the nearest 5. Some national publications show 0 or
/// use a different threshold; a service that must follow one of those builds its own rules, for example
/// <c>new DisclosureRules(new(8, mySource), new(5, mySource))</c>, and gives them to
/// <see cref="DisclosureControl.Apply(ServiceReport, DisclosureRules)"/>.
/// </remarks>
public sealed record DisclosureRules
{
    /// <summary>Disclosure rules with a threshold and a rounding base.</summary>
    /// <param name="suppressBelow">Counts strictly below this value are suppressed; 0 suppresses nothing.</param>
    /// <param name="roundTo">The base counts are rounded to (the nearest multiple, half up); 1 leaves counts as they are.</param>
    /// <exception cref="ArgumentException"><paramref name="suppressBelow"/> is negative or <paramref name="roundTo"/> is not positive.</exception>
    public DisclosureRules(Sourced<long> suppressBelow, Sourced<long> roundTo)
    {
        Guard.Against.Negative(suppressBelow.Value, nameof(suppressBelow));
        Guard.Against.NegativeOrZero(roundTo.Value, nameof(roundTo));
        SuppressBelow = suppressBelow;
        RoundTo = roundTo;
    }

    /// <summary>Counts strictly below this value (people, not rows) are suppressed: 5 by default, so 0 to 4 are withheld.</summary>
    public Sourced<long> SuppressBelow { get; }

    /// <summary>Counts that are shown are rounded to the nearest multiple of this value: 5 by default.</summary>
    public Sourced<long> RoundTo { get; }

    /// <summary>
    /// The statistical disclosure control of national publications as issue 6 states it: counts under 5 suppressed
    /// (0 included), the rest rounded to the nearest 5. Marked unconfirmed: no document in the reference set gives
    /// it, and the publications themselves could not be checked here.
    /// </summary>
    public static DisclosureRules NationalPublications { get; } = new(
        new Sourced<long>(5, Source.UnconfirmedValue(
            "NHSD",
            "statistical disclosure control: counts under 5 suppressed",
            "as the service-report issue states the national publications' rule; 0 is suppressed too; not in the reference documents")),
        new Sourced<long>(5, Source.UnconfirmedValue(
            "NHSD",
            "statistical disclosure control: counts rounded to the nearest 5",
            "as the service-report issue states the national publications' rule; not in the reference documents")));
}

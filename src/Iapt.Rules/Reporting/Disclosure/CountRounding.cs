namespace Iapt.Rules.Reporting.Disclosure;

/// <summary>
/// Step 2 of disclosure control: every count still shown is rounded to the nearest multiple of
/// <see cref="DisclosureRules.RoundTo"/> (5 by default), so 5, 6 and 7 show as 5, and 8 to 12 as 10.
/// </summary>
/// <remarks>
/// <para>
/// Ties: with the default base of 5 there are none, because a whole number divided by 5 never ends in exactly
/// one half (the remainder is 0 to 4: 0, 1 and 2 round down, 3 and 4 round up), so a count moves by at most 2.
/// For an even base chosen in custom rules, a count exactly half-way rounds up (away from zero), as
/// publications round half up: with base 10, 15 shows as 20.
/// </para>
/// <para>
/// Rounding is monotone (a larger count never shows as smaller) and idempotent (a rounded count rounds to itself).
/// Rates are not recomputed from the rounded counts: they stay as computed from the exact counts (see
/// <see cref="DisclosureControl"/>).
/// </para>
/// </remarks>
public static class CountRounding
{
    /// <summary>A count rounded to the nearest multiple of the base, half up.</summary>
    /// <param name="count">A count of people, zero or more.</param>
    /// <param name="rules">The disclosure rules.</param>
    /// <returns>The nearest multiple of <see cref="DisclosureRules.RoundTo"/>; a half-way count goes up.</returns>
    /// <exception cref="ArgumentException"><paramref name="count"/> is negative (a programmer error: counts are never negative).</exception>
    public static long Round(long count, DisclosureRules rules)
    {
        Guard.Against.Null(rules);
        Guard.Against.Negative(count);
        long step = rules.RoundTo.Value;
        long remainder = count % step;

        // Half up: remainder * 2 >= step goes up (never equal for an odd step such as 5).
        return remainder * 2 >= step ? count - remainder + step : count - remainder;
    }

    /// <summary>A count rounded to the nearest multiple of the base, or <see langword="null"/> left as it is.</summary>
    /// <param name="count">A count of people, or <see langword="null"/> (none, or already suppressed).</param>
    /// <param name="rules">The disclosure rules.</param>
    /// <returns>The rounded count, or <see langword="null"/>.</returns>
    public static long? Round(long? count, DisclosureRules rules) =>
        count is long c ? Round(c, rules) : null;

    /// <summary>Rounds a figure's count and denominator, leaving its rate, standard and value as they are.</summary>
    /// <param name="figure">The figure, usually after <see cref="SmallCountSuppression"/>.</param>
    /// <param name="rules">The disclosure rules.</param>
    /// <returns>
    /// The figure with its shown counts rounded; its state becomes <see cref="DisclosureState.Rounded"/> unless it
    /// is already <see cref="DisclosureState.Suppressed"/>. A figure with no counts is returned unchanged.
    /// </returns>
    public static ReportFigure Apply(ReportFigure figure, DisclosureRules rules)
    {
        Guard.Against.Null(figure);
        if (figure.Count is null && figure.Denominator is null)
        {
            return figure;
        }

        return figure with
        {
            Count = Round(figure.Count, rules),
            Denominator = Round(figure.Denominator, rules),
            Disclosure = figure.Disclosure == DisclosureState.Suppressed ? DisclosureState.Suppressed : DisclosureState.Rounded,
        };
    }
}

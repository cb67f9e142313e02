namespace Iapt.Rules.Reporting.Disclosure;

/// <summary>
/// Step 1 of disclosure control: a count under the threshold (<see cref="DisclosureRules.SuppressBelow"/>, 5 by
/// default, so 0 to 4) is withheld, and the figure is marked <see cref="DisclosureState.Suppressed"/>.
/// </summary>
/// <remarks>
/// Zero is suppressed like any other count under 5, as the service-report issue says ("counts under 5
/// suppressed"), although some publications treat 0 as not disclosive. This step changes only counts; the rate,
/// whether the standard is met and a plain value are withheld by <see cref="RateWithholding"/> and
/// <see cref="ValueWithholding"/>.
/// </remarks>
public static class SmallCountSuppression
{
    /// <summary>Whether a count is small enough to be withheld.</summary>
    /// <param name="count">A count of people, zero or more.</param>
    /// <param name="rules">The disclosure rules.</param>
    /// <returns><see langword="true"/> when <c>count &lt; SuppressBelow</c> (0 to 4 by default).</returns>
    /// <exception cref="ArgumentException"><paramref name="count"/> is negative (a programmer error: counts are never negative).</exception>
    public static bool IsSuppressed(long count, DisclosureRules rules)
    {
        Guard.Against.Null(rules);
        Guard.Against.Negative(count);
        return count < rules.SuppressBelow.Value;
    }

    /// <summary>A count, or <see langword="null"/> when it is suppressed.</summary>
    /// <param name="count">A count of people, or <see langword="null"/> when there is none (it stays <see langword="null"/>).</param>
    /// <param name="rules">The disclosure rules.</param>
    /// <returns>The count unchanged, or <see langword="null"/> when it is under the threshold.</returns>
    public static long? Suppress(long? count, DisclosureRules rules) =>
        count is long c && IsSuppressed(c, rules) ? null : count;

    /// <summary>Withholds a figure's count and denominator where they are under the threshold.</summary>
    /// <param name="figure">The figure.</param>
    /// <param name="rules">The disclosure rules.</param>
    /// <returns>
    /// The figure with each small count set to <see langword="null"/> (and named in
    /// <see cref="ReportFigure.Withheld"/>) and <see cref="ReportFigure.Disclosure"/> set to
    /// <see cref="DisclosureState.Suppressed"/> when either was; otherwise the figure unchanged. A figure with no
    /// counts is returned unchanged.
    /// </returns>
    public static ReportFigure Apply(ReportFigure figure, DisclosureRules rules)
    {
        Guard.Against.Null(figure);
        long? count = Suppress(figure.Count, rules);
        long? denominator = Suppress(figure.Denominator, rules);
        var withheld = (count != figure.Count ? FigureParts.Count : FigureParts.None)
            | (denominator != figure.Denominator ? FigureParts.Denominator : FigureParts.None);
        return withheld == FigureParts.None
            ? figure
            : figure with
            {
                Count = count,
                Denominator = denominator,
                Disclosure = DisclosureState.Suppressed,
                Withheld = figure.Withheld | withheld,
            };
    }
}

using System.Collections.Immutable;

namespace Iapt.Rules.Reporting.Disclosure;

/// <summary>
/// The statistical disclosure control of national publications applied to a whole service report, in four steps
/// each of which is a type of its own: <see cref="SmallCountSuppression"/> (counts under 5 withheld),
/// <see cref="RateWithholding"/> (no rate or verdict where a part is withheld), <see cref="ValueWithholding"/> (no
/// mean over a withheld count) and <see cref="CountRounding"/> (the rest to the nearest 5).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Every count about people is controlled: the headline counts (except the two below), and the count and
/// denominator of every figure of every section and of every breakdown group.</item>
/// <item><see cref="HeadlineCounts.RowsRead"/> and <see cref="HeadlineCounts.RowsRejected"/> are left exact: they
/// count rows of the input files, not people, and must reconcile with the rejects file.</item>
/// <item>Rates (and whether they meet their standard) stay as computed from the exact counts when both parts are
/// shown, so a shown rate can differ slightly from the rounded count over the rounded denominator.</item>
/// <item>A figure with no counts (a plain value that does not say what it is over) is left as it is.</item>
/// <item>Keys, labels, order, standards and rules are unchanged; the result has
/// <see cref="ServiceReport.Suppressed"/> set. A report that is already suppressed is returned as it is, so
/// applying the control twice changes nothing.</item>
/// </list>
/// </remarks>
public static class DisclosureControl
{
    /// <summary>Applies the national publications' disclosure control (<see cref="DisclosureRules.NationalPublications"/>).</summary>
    /// <param name="report">The report with exact counts.</param>
    /// <returns>A new report with <see cref="ServiceReport.Suppressed"/> set; <paramref name="report"/> is unchanged.</returns>
    public static ServiceReport Apply(ServiceReport report) => Apply(report, DisclosureRules.NationalPublications);

    /// <summary>Applies disclosure control with the given rules (for example <c>ruleSet.Disclosure</c>).</summary>
    /// <param name="report">The report with exact counts.</param>
    /// <param name="rules">The threshold and rounding base.</param>
    /// <returns>
    /// A new report with <see cref="ServiceReport.Suppressed"/> set and <see cref="ServiceReport.DisclosureRules"/>
    /// set to <paramref name="rules"/>; <paramref name="report"/> is unchanged. When
    /// <paramref name="report"/> is already suppressed it is returned as it is.
    /// </returns>
    public static ServiceReport Apply(ServiceReport report, DisclosureRules rules)
    {
        Guard.Against.Null(report);
        Guard.Against.Null(rules);
        if (report.Suppressed)
        {
            return report;
        }

        return report with
        {
            Headline = Apply(report.Headline, rules),
            Sections = [.. OrEmpty(report.Sections).Select(s => s with { Figures = Apply(s.Figures, rules) })],
            Breakdowns = [.. OrEmpty(report.Breakdowns).Select(b => b with { Groups = [.. OrEmpty(b.Groups).Select(g => g with { Figures = Apply(g.Figures, rules) })] })],
            OutcomesByMonth = report.OutcomesByMonth is { } months ? months with { Groups = [.. OrEmpty(months.Groups).Select(g => g with { Figures = Apply(g.Figures, rules) })] } : null,
            Suppressed = true,
            DisclosureRules = rules,
        };
    }

    /// <summary>Applies the four steps to one figure.</summary>
    /// <param name="figure">A figure with exact counts.</param>
    /// <param name="rules">The threshold and rounding base.</param>
    /// <returns>
    /// The controlled figure: <see cref="DisclosureState.Suppressed"/> when a count was under the threshold (then
    /// with no rate, verdict or value), <see cref="DisclosureState.Rounded"/> when it has counts and none was,
    /// and unchanged when it has no counts or is not <see cref="DisclosureState.Exact"/> (already controlled).
    /// </returns>
    public static ReportFigure Apply(ReportFigure figure, DisclosureRules rules)
    {
        Guard.Against.Null(figure);
        Guard.Against.Null(rules);
        if (figure.Disclosure != DisclosureState.Exact)
        {
            return figure;
        }

        var suppressed = SmallCountSuppression.Apply(figure, rules);
        var withoutRate = RateWithholding.Apply(suppressed);
        var withoutValue = ValueWithholding.Apply(withoutRate);
        return CountRounding.Apply(withoutValue, rules);
    }

    /// <summary>Applies suppression and rounding to the headline counts about people.</summary>
    /// <param name="headline">The exact headline counts.</param>
    /// <param name="rules">The threshold and rounding base.</param>
    /// <returns>
    /// The headline with each count about people suppressed (<see langword="null"/>) under the threshold or rounded;
    /// <see cref="HeadlineCounts.RowsRead"/> and <see cref="HeadlineCounts.RowsRejected"/> unchanged.
    /// </returns>
    public static HeadlineCounts Apply(HeadlineCounts headline, DisclosureRules rules)
    {
        Guard.Against.Null(headline);
        Guard.Against.Null(rules);
        return headline with
        {
            Referrals = Control(headline.Referrals, rules),
            EnteredTreatment = Control(headline.EnteredTreatment, rules),
            Finished = Control(headline.Finished, rules),
            NotAtCaseness = Control(headline.NotAtCaseness, rules),
            Recovered = Control(headline.Recovered, rules),
            ReliableImprovement = Control(headline.ReliableImprovement, rules),
            ReliableDeterioration = Control(headline.ReliableDeterioration, rules),
            NoReliableChange = Control(headline.NoReliableChange, rules),
            ReliableRecovery = Control(headline.ReliableRecovery, rules),
            Within6Weeks = Control(headline.Within6Weeks, rules),
            Within18Weeks = Control(headline.Within18Weeks, rules),
        };
    }

    private static ImmutableArray<ReportFigure> Apply(ImmutableArray<ReportFigure> figures, DisclosureRules rules) =>
        [.. OrEmpty(figures).Select(f => Apply(f, rules))];

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;

    private static long? Control(long? count, DisclosureRules rules) =>
        CountRounding.Round(SmallCountSuppression.Suppress(count, rules), rules);
}

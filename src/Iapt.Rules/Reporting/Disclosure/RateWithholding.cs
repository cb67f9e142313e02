namespace Iapt.Rules.Reporting.Disclosure;

/// <summary>
/// Step 3 of disclosure control: a figure whose numerator or denominator was suppressed shows no rate and no
/// verdict against its standard (<see cref="ReportFigure.Rate"/> and <see cref="ReportFigure.Met"/> become
/// <see langword="null"/>), since either would let a reader work the small count back out.
/// </summary>
/// <remarks>
/// A rate whose parts are both shown is kept as computed from the exact counts, as is whether it meets its
/// standard: a rate from the rounded parts could turn a fail into a pass (498 of 998 is 49.9%, short of 50%, but shows as
/// 500 of 1,000), and the rate of two counts of 5 or more does not disclose a small number. The standard itself (the target and its
/// source) is not data about people and stays.
/// </remarks>
public static class RateWithholding
{
    /// <summary>Withholds the rate and the verdict of a suppressed figure.</summary>
    /// <param name="figure">The figure, after <see cref="SmallCountSuppression"/>.</param>
    /// <returns>
    /// When <see cref="ReportFigure.Disclosure"/> is <see cref="DisclosureState.Suppressed"/>, the figure with no
    /// rate and no verdict (those it had are named in <see cref="ReportFigure.Withheld"/>); otherwise the figure
    /// unchanged.
    /// </returns>
    public static ReportFigure Apply(ReportFigure figure)
    {
        Guard.Against.Null(figure);
        if (figure.Disclosure != DisclosureState.Suppressed)
        {
            return figure;
        }

        var withheld = (figure.Rate is not null ? FigureParts.Rate : FigureParts.None)
            | (figure.Met is not null ? FigureParts.Met : FigureParts.None);
        return withheld == FigureParts.None
            ? figure
            : figure with { Rate = null, Met = null, Withheld = figure.Withheld | withheld };
    }
}

namespace Iapt.Rules.Reporting.Disclosure;

/// <summary>
/// Step 4 of disclosure control: a plain value (a mean, an effect size) over a suppressed count is withheld
/// (<see cref="ReportFigure.Value"/> becomes <see langword="null"/>): a mean over two people says too much about
/// each of them.
/// </summary>
/// <remarks>
/// The control can only tell how many people a value is over when the figure says so: a figure built with
/// <see cref="ReportFigure.OfValue(string, string, decimal?, long, string)"/> carries that number as its
/// <see cref="ReportFigure.Count"/>, which step 1 suppresses when it is under 5. A value figure with no count
/// cannot be judged and is left as it is.
/// </remarks>
public static class ValueWithholding
{
    /// <summary>Withholds the plain value of a suppressed figure.</summary>
    /// <param name="figure">The figure, after <see cref="SmallCountSuppression"/>.</param>
    /// <returns>
    /// When <see cref="ReportFigure.Disclosure"/> is <see cref="DisclosureState.Suppressed"/>, the figure with no
    /// value (named in <see cref="ReportFigure.Withheld"/>); otherwise the figure unchanged.
    /// </returns>
    public static ReportFigure Apply(ReportFigure figure)
    {
        Guard.Against.Null(figure);
        return figure.Disclosure == DisclosureState.Suppressed && figure.Value is not null
            ? figure with { Value = null, Withheld = figure.Withheld | FigureParts.Value }
            : figure;
    }
}

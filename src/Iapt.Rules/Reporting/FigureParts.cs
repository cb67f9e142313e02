namespace Iapt.Rules.Reporting;

/// <summary>
/// Parts of a <see cref="ReportFigure"/>, as flags: used to say which parts disclosure control has withheld, so that
/// a withheld part (shown as <c>*</c>) can be told from one the figure never had (shown as <c>-</c>).
/// </summary>
[Flags]
public enum FigureParts
{
    /// <summary>No part.</summary>
    None = 0,

    /// <summary>The count (<see cref="ReportFigure.Count"/>).</summary>
    Count = 1,

    /// <summary>The denominator (<see cref="ReportFigure.Denominator"/>).</summary>
    Denominator = 2,

    /// <summary>The rate (<see cref="ReportFigure.Rate"/>).</summary>
    Rate = 4,

    /// <summary>Whether the standard is met (<see cref="ReportFigure.Met"/>).</summary>
    Met = 8,

    /// <summary>The plain value (<see cref="ReportFigure.Value"/>).</summary>
    Value = 16,
}

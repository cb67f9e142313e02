using NodaTime;

namespace Iapt.Rules.Reporting;

/// <summary>A reporting period: both the start and the end date are part of the period.</summary>
/// <param name="Start">The first day of the period.</param>
/// <param name="End">The last day of the period (inclusive); not before <paramref name="Start"/>.</param>
public readonly record struct ReportPeriod(LocalDate Start, LocalDate End)
{
    /// <summary>Whether a date falls in the period (start and end included).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <c>Start &lt;= date &lt;= End</c>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>The period as <c>yyyy-MM-dd..yyyy-MM-dd</c>.</summary>
    /// <returns>The period as text.</returns>
    public override string ToString() => $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}";
}

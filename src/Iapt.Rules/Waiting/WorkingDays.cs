using NodaTime;
using OneOf;

namespace Iapt.Rules.Waiting;

/// <summary>
/// Working-day arithmetic over any <see cref="IWorkingDayCalendar"/>, checking the calendar's coverage so that a date
/// whose holidays are unknown is an error, never silently a working day.
/// </summary>
/// <remarks>
/// <para>
/// <b>Counting rule.</b> The working days between a start and an end date are the working days <i>after</i> the start
/// date up to <i>and including</i> the end date. The start day itself never counts, so the same day is 0 working
/// days and a referral on a Friday with a decision on the following Monday (no holiday) is 1 working day, as
/// "within N working days of referral" is usually read. A start on a weekend or holiday is allowed.
/// </para>
/// <para>
/// <b>Coverage.</b> Every day that is counted must lie within the calendar's coverage; the start day is never
/// examined, so it may lie just before the coverage.
/// </para>
/// </remarks>
public static class WorkingDays
{
    /// <summary>Whether a date is a working day, or an error when the calendar does not cover it.</summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> for a working day; an <see cref="WaitingErrorKind.OutsideCalendarCoverage"/> error otherwise.</returns>
    public static OneOf<bool, WaitingError> IsWorkingDayChecked(this IWorkingDayCalendar calendar, LocalDate date)
    {
        Guard.Against.Null(calendar);
        date = Days.ToIso(date);
        return calendar.Coverage.Contains(date)
            ? calendar.IsWorkingDay(date)
            : WaitingError.OutsideCoverage(WaitingError.DateField, calendar.Name);
    }

    /// <summary>
    /// The number of working days after <paramref name="start"/> up to and including <paramref name="end"/> (see the
    /// counting rule in the remarks of <see cref="WorkingDays"/>).
    /// </summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="start">The start date (not counted).</param>
    /// <param name="end">The end date (counted when it is a working day); not before <paramref name="start"/>.</param>
    /// <returns>
    /// The count (0 when the dates are equal; never more than the calendar days between them), or an error:
    /// <see cref="WaitingErrorKind.EndBeforeStart"/>, or <see cref="WaitingErrorKind.OutsideCalendarCoverage"/> naming
    /// the date at fault when a counted day is not covered.
    /// </returns>
    public static OneOf<int, WaitingError> CountWorkingDays(this IWorkingDayCalendar calendar, LocalDate start, LocalDate end) =>
        Count(calendar, start, end, WaitingError.StartDateField, WaitingError.EndDateField, WaitingError.IntervalEndBeforeStart);

    /// <summary>
    /// The date <paramref name="workingDays"/> working days after <paramref name="start"/>: the earliest date whose
    /// <see cref="CountWorkingDays"/> from <paramref name="start"/> equals <paramref name="workingDays"/>. Adding 0
    /// gives <paramref name="start"/> itself.
    /// </summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="start">The start date.</param>
    /// <param name="workingDays">The number of working days to count forwards, 0 or more.</param>
    /// <returns>
    /// The date, or an error: <see cref="WaitingErrorKind.Negative"/>, or
    /// <see cref="WaitingErrorKind.OutsideCalendarCoverage"/> when the count runs past the calendar's coverage.
    /// </returns>
    public static OneOf<LocalDate, WaitingError> AddWorkingDays(this IWorkingDayCalendar calendar, LocalDate start, int workingDays)
    {
        Guard.Against.Null(calendar);
        if (workingDays < 0)
        {
            return WaitingError.NegativeWorkingDays;
        }

        var coverage = calendar.Coverage;
        var date = Days.ToIso(start);
        for (int counted = 0; counted < workingDays;)
        {
            date = date.PlusDays(1);
            if (!coverage.Contains(date))
            {
                return WaitingError.OutsideCoverage(WaitingError.WorkingDaysField, calendar.Name);
            }

            if (calendar.IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>The counting rule with the caller's field names for errors.</summary>
    internal static OneOf<int, WaitingError> Count(
        IWorkingDayCalendar calendar, LocalDate start, LocalDate end, string startField, string endField, WaitingError endBeforeStart)
    {
        Guard.Against.Null(calendar);
        start = Days.ToIso(start);
        end = Days.ToIso(end);
        int days = Days.Between(start, end);
        if (days < 0)
        {
            return endBeforeStart;
        }

        if (days == 0)
        {
            return 0;
        }

        var coverage = calendar.Coverage;
        var first = start.PlusDays(1);
        if (!coverage.Contains(first))
        {
            return WaitingError.OutsideCoverage(startField, calendar.Name);
        }

        if (!coverage.Contains(end))
        {
            return WaitingError.OutsideCoverage(endField, calendar.Name);
        }

        int count = 0;
        var date = first;
        for (int i = 0; i < days; i++, date = date.PlusDays(1))
        {
            if (calendar.IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}

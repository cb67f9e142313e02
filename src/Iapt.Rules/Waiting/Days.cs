using NodaTime;

namespace Iapt.Rules.Waiting;

/// <summary>Whole-day arithmetic on dates: exact, allocation-free, and safe across calendar systems.</summary>
internal static class Days
{
    /// <summary>
    /// The number of days from <paramref name="start"/> to <paramref name="end"/>: 0 for the same day, negative
    /// when <paramref name="end"/> is earlier. Dates in different calendar systems are compared as ISO dates.
    /// </summary>
    public static int Between(LocalDate start, LocalDate end) =>
        ReferenceEquals(start.Calendar, end.Calendar)
            ? Period.DaysBetween(start, end)
            : Period.DaysBetween(start.WithCalendar(CalendarSystem.Iso), end.WithCalendar(CalendarSystem.Iso));

    /// <summary>The same day in the ISO calendar (the calendar of every shipped table); unchanged when already ISO.</summary>
    public static LocalDate ToIso(LocalDate date) =>
        ReferenceEquals(date.Calendar, CalendarSystem.Iso) ? date : date.WithCalendar(CalendarSystem.Iso);
}

using System.Runtime.CompilerServices;
using NodaTime;

namespace Iapt.Rules.Waiting;

/// <summary>Whole-day arithmetic on dates: exact, allocation-free, and safe across calendar systems.</summary>
/// <remarks>
/// NodaTime's <see cref="Period.DaysBetween(LocalDate, LocalDate)"/> is allocation-free but costs several
/// nanoseconds a call, which alone would use most of the 10 ns budget of one wait. The rules therefore turn each
/// date into its day number once and subtract day numbers. For the years 1900-2199 the day number is a table look-up
/// (the day number of the first of the month, 3,600 entries) plus the day; other years use branch-free integer
/// arithmetic (H. Hinnant's <c>days_from_civil</c>, shifted so that every year NodaTime supports is positive).
/// Dates in a calendar other than ISO are first converted to ISO (the slow path). Tests check the day numbers
/// against NodaTime over its whole range.
/// </remarks>
internal static class Days
{
    /// <summary>Years are shifted by 25 whole 400-year eras so that NodaTime's earliest year (-9998) is positive.</summary>
    private const int YearShift = 25 * 400;

    /// <summary>Days in 25 eras plus the days from 0000-03-01 to 1970-01-01, removed so that 1970-01-01 is day 0.</summary>
    private const int DayShift = (25 * 146_097) + 719_468;

    /// <summary>The first year of the month table.</summary>
    private const int TableFirstYear = 1900;

    /// <summary>The number of years in the month table (1900-2199).</summary>
    private const int TableYears = 300;

    /// <summary>The day number of the first of each month from January 1900 to December 2199.</summary>
    private static readonly int[] MonthStarts = BuildMonthStarts();

    /// <summary>
    /// The number of days from <paramref name="start"/> to <paramref name="end"/>: 0 for the same day, negative
    /// when <paramref name="end"/> is earlier. Dates in different calendar systems are compared as ISO dates.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Between(LocalDate start, LocalDate end) => Number(end) - Number(start);

    /// <summary>The day number of a date: days since 1970-01-01 (negative before), in any calendar system.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Number(LocalDate date)
    {
        if (!ReferenceEquals(date.Calendar, CalendarSystem.Iso))
        {
            date = ConvertToIso(date);
        }

        int year = date.Year;
        int month = date.Month;
        int day = date.Day;
        uint index = (uint)(((year - TableFirstYear) * 12) + month - 1);
        var table = MonthStarts;
        return index < (uint)table.Length ? table[index] + day - 1 : Number(year, month, day);
    }

    /// <summary>The same day in the ISO calendar (the calendar of every shipped table); unchanged when already ISO.</summary>
    public static LocalDate ToIso(LocalDate date) =>
        ReferenceEquals(date.Calendar, CalendarSystem.Iso) ? date : ConvertToIso(date);

    /// <summary>The rare path, kept out of line so that the common ISO path stays small.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static LocalDate ConvertToIso(LocalDate date) => date.WithCalendar(CalendarSystem.Iso);

    /// <summary>
    /// The proleptic Gregorian day number of a valid ISO year, month and day: days since 1970-01-01. Branch-free,
    /// for every year from -9998 to 9999.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Number(int year, int month, int day)
    {
        // Count years from 1 March, so that the leap day is the last day of a counted year: January and February
        // belong to the year before. (14 - month) / 12 is 1 for January and February, 0 otherwise.
        uint beforeMarch = (uint)(14 - month) / 12;
        uint y = (uint)(year + YearShift) - beforeMarch;
        uint monthFromMarch = (uint)month + (12 * beforeMarch) - 3;                 // March 0 ... February 11
        uint era = y / 400;
        uint yearOfEra = y - (era * 400);                                            // 0-399
        uint dayOfYear = (((153 * monthFromMarch) + 2) / 5) + (uint)day - 1;         // 0-365
        uint dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;  // 0-146096
        return (int)((era * 146_097) + dayOfEra) - DayShift;
    }

    private static int[] BuildMonthStarts()
    {
        var table = new int[TableYears * 12];
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = Number(TableFirstYear + (i / 12), (i % 12) + 1, 1);
        }

        return table;
    }
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;

namespace Iapt.Rules.Waiting;

/// <summary>
/// A working-day calendar built from a list of public holidays, the range of dates that list covers, and the
/// weekend days (Saturday and Sunday unless given). Immutable.
/// </summary>
/// <remarks>
/// <para>To add a year to the shipped England and Wales calendar, or to use another nation's holidays:</para>
/// <code>
/// var extended = new WorkingDayCalendar(
///     "England and Wales, with 2031",
///     new DateInterval(new LocalDate(2008, 1, 1), new LocalDate(2031, 12, 31)),
///     EnglandAndWalesBankHolidays.Holidays.Concat(holidays2031));
/// </code>
/// </remarks>
public sealed class WorkingDayCalendar : IWorkingDayCalendar
{
    private readonly FrozenDictionary<LocalDate, PublicHoliday> _byDate;
    private readonly bool[] _weekend = new bool[8];

    /// <summary>Creates a calendar.</summary>
    /// <param name="name">The calendar's name.</param>
    /// <param name="coverage">
    /// The dates whose holidays <paramref name="holidays"/> lists in full, both ends included, in the ISO calendar.
    /// </param>
    /// <param name="holidays">Every public holiday within <paramref name="coverage"/>, in any order.</param>
    /// <param name="weekendDays">The days of the week that are never working days; Saturday and Sunday when omitted.</param>
    /// <exception cref="ArgumentException">
    /// The name is empty, the coverage is not in the ISO calendar, a holiday lies outside the coverage, or two
    /// holidays share a date.
    /// </exception>
    public WorkingDayCalendar(
        string name,
        DateInterval coverage,
        IEnumerable<PublicHoliday> holidays,
        IEnumerable<IsoDayOfWeek>? weekendDays = null)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(coverage);
        Guard.Against.Null(holidays);
        if (!ReferenceEquals(coverage.Start.Calendar, CalendarSystem.Iso))
        {
            throw new ArgumentException("The coverage must be given in the ISO calendar.", nameof(coverage));
        }

        Name = name;
        Coverage = coverage;
        Holidays = [.. holidays.Select(h => h with { Date = Days.ToIso(h.Date) }).OrderBy(h => h.Date)];
        var byDate = new Dictionary<LocalDate, PublicHoliday>();
        foreach (var holiday in Holidays)
        {
            if (!coverage.Contains(holiday.Date))
            {
                throw new ArgumentException($"The holiday '{holiday.Name}' is outside the calendar's coverage.", nameof(holidays));
            }

            if (!byDate.TryAdd(holiday.Date, holiday))
            {
                throw new ArgumentException($"Two holidays share the date of '{holiday.Name}'.", nameof(holidays));
            }
        }

        _byDate = byDate.ToFrozenDictionary();
        WeekendDays = [.. (weekendDays ?? [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]).Distinct().Order()];
        foreach (var day in WeekendDays)
        {
            if (day == IsoDayOfWeek.None)
            {
                throw new ArgumentException("IsoDayOfWeek.None is not a day of the week.", nameof(weekendDays));
            }

            _weekend[(int)day] = true;
        }
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public DateInterval Coverage { get; }

    /// <summary>Every public holiday of the calendar, in date order.</summary>
    public ImmutableArray<PublicHoliday> Holidays { get; }

    /// <summary>The days of the week that are never working days.</summary>
    public ImmutableArray<IsoDayOfWeek> WeekendDays { get; }

    /// <inheritdoc />
    public bool IsWorkingDay(LocalDate day)
    {
        day = Days.ToIso(day);
        CheckCovered(day);
        return !_weekend[(int)day.DayOfWeek] && !_byDate.ContainsKey(day);
    }

    /// <summary>The public holiday observed on a covered date, if any.</summary>
    /// <param name="date">A date within <see cref="Coverage"/>.</param>
    /// <returns>The holiday, or <see langword="null"/> when the date is not a public holiday.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside <see cref="Coverage"/>.</exception>
    public PublicHoliday? HolidayOn(LocalDate date)
    {
        date = Days.ToIso(date);
        CheckCovered(date);
        return _byDate.TryGetValue(date, out var holiday) ? holiday : null;
    }

    /// <summary>The calendar's name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;

    private void CheckCovered(LocalDate date)
    {
        if (!Coverage.Contains(date))
        {
            throw new ArgumentOutOfRangeException(nameof(date),
                $"The calendar '{Name}' covers only {Coverage}; use the WorkingDays operations, which return a typed error.");
        }
    }
}

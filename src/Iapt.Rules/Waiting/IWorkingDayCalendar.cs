using NodaTime;

namespace Iapt.Rules.Waiting;

/// <summary>
/// Which days are working days: weekends and public holidays are not. A calendar knows its holidays only for the
/// dates it <see cref="Coverage">covers</see>; outside them it cannot answer, and the working-day operations of
/// <see cref="WorkingDays"/> return a <see cref="WaitingErrorKind.OutsideCalendarCoverage"/> error rather than
/// treat an unknown year as one without holidays.
/// </summary>
/// <remarks>
/// The library ships <see cref="EnglandAndWalesBankHolidays.Calendar"/> (2008-2030). To supply another calendar,
/// build a <see cref="WorkingDayCalendar"/> from your own holiday list (for example Scotland's, or England and
/// Wales with a later year added), or implement this interface.
/// </remarks>
public interface IWorkingDayCalendar
{
    /// <summary>The calendar's name, for example <c>England and Wales bank holidays</c>.</summary>
    string Name { get; }

    /// <summary>The dates whose holidays the calendar knows, both ends included.</summary>
    DateInterval Coverage { get; }

    /// <summary>Whether a covered date is a working day (not a weekend day, not a public holiday).</summary>
    /// <param name="day">A date within <see cref="Coverage"/>.</param>
    /// <returns><see langword="true"/> for a working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The day is outside <see cref="Coverage"/> (a programming error: the operations of <see cref="WorkingDays"/>
    /// check coverage first and return a typed error).
    /// </exception>
    bool IsWorkingDay(LocalDate day);
}

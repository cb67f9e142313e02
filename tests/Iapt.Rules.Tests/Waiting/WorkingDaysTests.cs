using Iapt.Rules.Waiting;
using NodaTime;
using static Iapt.Rules.Tests.Waiting.Dates;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>
/// Working days between two dates: the days after the start up to and including the end that are neither weekend
/// days nor bank holidays. Boundaries: weekends, a bank holiday next to a weekend, the 2020 and 2022 moved holidays,
/// Christmas, and the edges of the calendar's coverage.
/// </summary>
public class WorkingDaysTests
{
    private static readonly WorkingDayCalendar Calendar = EnglandAndWalesBankHolidays.Calendar;

    private static int Count(string start, string end) => Calendar.CountWorkingDays(D(start), D(end)).AsT0;

    [Theory]
    [InlineData("2024-03-04", "2024-03-04", 0)]   // the same day: 0
    [InlineData("2024-03-04", "2024-03-05", 1)]   // Monday to Tuesday
    [InlineData("2024-03-04", "2024-03-08", 4)]   // Monday to Friday
    [InlineData("2024-03-08", "2024-03-09", 0)]   // Friday to Saturday
    [InlineData("2024-03-08", "2024-03-11", 1)]   // Friday to Monday
    [InlineData("2024-03-09", "2024-03-11", 1)]   // a Saturday start is allowed
    [InlineData("2024-03-04", "2024-03-18", 10)]  // two whole weeks
    public void Weekends_do_not_count_and_the_start_day_never_counts(string start, string end, int days)
    {
        Assert.Equal(days, Count(start, end));
    }

    [Theory]
    [InlineData("2024-05-24", "2024-05-28", 1)]   // Friday to Tuesday over the spring bank holiday Monday
    [InlineData("2024-03-28", "2024-04-02", 1)]   // Thursday to Tuesday over Good Friday and Easter Monday
    [InlineData("2024-08-23", "2024-08-26", 0)]   // Friday to the summer bank holiday Monday
    [InlineData("2024-08-23", "2024-08-27", 1)]
    public void A_bank_holiday_next_to_a_weekend_does_not_count(string start, string end, int days)
    {
        Assert.Equal(days, Count(start, end));
    }

    [Theory]
    [InlineData("2020-05-01", "2020-05-08", 4)]   // 2020: Monday 4 May worked, Friday 8 May (VE day) the holiday
    [InlineData("2020-05-07", "2020-05-11", 1)]   // Thursday to Monday over the VE day Friday
    [InlineData("2022-05-27", "2022-05-31", 2)]   // 2022: Monday 30 May worked
    [InlineData("2022-06-01", "2022-06-06", 1)]   // Wednesday to Monday over Thursday 2 and Friday 3 June
    [InlineData("2022-09-16", "2022-09-20", 1)]   // over the state funeral on Monday 19 September
    [InlineData("2012-06-01", "2012-06-06", 1)]   // 2012: Monday 4 and Tuesday 5 June
    public void The_moved_and_one_off_holidays_do_not_count(string start, string end, int days)
    {
        Assert.Equal(days, Count(start, end));
    }

    [Theory]
    [InlineData("2021-12-24", "2021-12-29", 1)]   // Christmas and Boxing Day at the weekend, substitutes Mon 27 and Tue 28
    [InlineData("2022-12-23", "2022-12-28", 1)]   // Boxing Day Monday, Christmas substitute Tuesday
    [InlineData("2021-12-31", "2022-01-04", 1)]   // New Year's Day on a Saturday, substitute Monday 3 January
    [InlineData("2023-12-22", "2024-01-02", 4)]   // across the year end: 27, 28, 29 December and 2 January
    public void Christmas_and_New_Year_substitute_days_do_not_count(string start, string end, int days)
    {
        Assert.Equal(days, Count(start, end));
    }

    [Theory]
    [InlineData("2024-03-08", 3, "2024-03-13")]   // Friday + 3 working days = Wednesday
    [InlineData("2024-03-04", 0, "2024-03-04")]
    [InlineData("2024-05-24", 1, "2024-05-28")]   // over the spring bank holiday weekend
    [InlineData("2022-06-01", 10, "2022-06-17")]  // over the Platinum Jubilee: 6-10, 13-17 June
    [InlineData("2023-12-22", 4, "2024-01-02")]   // over Christmas and New Year: 27, 28, 29 December, 2 January
    public void Adding_working_days_skips_weekends_and_holidays(string start, int add, string expected)
    {
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), add).AsT0);
    }

    [Fact]
    public void An_end_before_the_start_is_an_error()
    {
        var error = Calendar.CountWorkingDays(D("2024-03-05"), D("2024-03-04")).AsT1;
        Assert.Equal(WaitingErrorKind.EndBeforeStart, error.Kind);
        Assert.Equal("end_date", error.Field);
    }

    [Fact]
    public void Adding_negative_working_days_is_an_error()
    {
        Assert.Equal(WaitingErrorKind.Negative, Calendar.AddWorkingDays(D("2024-03-05"), -1).AsT1.Kind);
    }

    [Theory]
    [InlineData("2007-12-31", "2008-01-02", 1)]   // the start day is never examined, so it may lie just before the coverage
    [InlineData("2030-12-24", "2030-12-31", 3)]   // up to the last covered day: 27, 30, 31 December
    [InlineData("2007-12-20", "2007-12-20", 0)]   // the same day needs no calendar
    public void Counts_that_need_only_covered_days_work_at_the_edges(string start, string end, int days)
    {
        Assert.Equal(days, Count(start, end));
    }

    [Theory]
    [InlineData("2007-12-20", "2008-01-03", "start_date")]
    [InlineData("2030-12-20", "2031-01-03", "end_date")]
    [InlineData("2031-01-01", "2031-01-05", "start_date")]
    public void Days_outside_2008_2030_are_an_error_never_silently_working_days(string start, string end, string field)
    {
        var error = Calendar.CountWorkingDays(D(start), D(end)).AsT1;
        Assert.Equal(WaitingErrorKind.OutsideCalendarCoverage, error.Kind);
        Assert.Equal(field, error.Field);
        Assert.Contains("England and Wales bank holidays", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_past_the_end_of_the_coverage_is_an_error()
    {
        Assert.Equal(WaitingErrorKind.OutsideCalendarCoverage, Calendar.AddWorkingDays(D("2030-12-30"), 2).AsT1.Kind);
        Assert.Equal(D("2030-12-31"), Calendar.AddWorkingDays(D("2030-12-30"), 1).AsT0);
    }

    [Fact]
    public void Checking_one_day_reports_coverage_too()
    {
        Assert.False(Calendar.IsWorkingDayChecked(D("2024-12-25")).AsT0);
        Assert.True(Calendar.IsWorkingDayChecked(D("2024-12-27")).AsT0);
        Assert.Equal(WaitingErrorKind.OutsideCalendarCoverage, Calendar.IsWorkingDayChecked(D("2031-06-02")).AsT1.Kind);
        Assert.Equal("date", Calendar.IsWorkingDayChecked(D("2031-06-02")).AsT1.Field);
    }

    [Fact]
    public void Another_calendar_can_be_supplied_with_its_own_holidays_weekend_and_coverage()
    {
        // A service closed on Fridays and Saturdays, with one holiday, covering 2031 only.
        var mine = new WorkingDayCalendar(
            "Our clinic",
            new DateInterval(D("2031-01-01"), D("2031-12-31")),
            [new PublicHoliday(D("2031-01-06"), "Clinic closed")],
            [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday]);
        // 2031-01-02 is a Thursday: Fri 3 and Sat 4 closed, Sun 5 open, Mon 6 the holiday, Tue 7 open.
        Assert.Equal(2, mine.CountWorkingDays(D("2031-01-02"), D("2031-01-07")).AsT0);
        Assert.Equal([IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday], mine.WeekendDays.ToArray());
        Assert.Equal("Our clinic", mine.ToString());
    }

    [Fact]
    public void The_shipped_calendar_can_be_extended_by_a_year()
    {
        var extended = new WorkingDayCalendar(
            "England and Wales, with 2031",
            new DateInterval(D("2008-01-01"), D("2031-12-31")),
            EnglandAndWalesBankHolidays.Holidays.Append(new PublicHoliday(D("2031-01-01"), "New Year's Day")));
        Assert.Equal(1, extended.CountWorkingDays(D("2030-12-31"), D("2031-01-02")).AsT0);
    }

    [Fact]
    public void A_calendar_with_a_holiday_outside_its_coverage_or_a_date_twice_is_a_programming_error()
    {
        var coverage = new DateInterval(D("2031-01-01"), D("2031-12-31"));
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar("x", coverage, [new PublicHoliday(D("2032-01-01"), "late")]));
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar(
            "x", coverage, [new PublicHoliday(D("2031-01-01"), "a"), new PublicHoliday(D("2031-01-01"), "b")]));
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar("x", coverage, [], [IsoDayOfWeek.None]));
    }
}

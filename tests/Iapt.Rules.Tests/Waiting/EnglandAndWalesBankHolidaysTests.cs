using Iapt.Rules.Waiting;
using NodaTime;
using static Iapt.Rules.Tests.Waiting.Dates;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>
/// The shipped England and Wales bank holidays, 2008-2030: whole years checked against the published lists, the
/// moved and one-off holidays, and every year's Easter holidays against an independent Easter computation.
/// </summary>
public class EnglandAndWalesBankHolidaysTests
{
    private static readonly WorkingDayCalendar Calendar = EnglandAndWalesBankHolidays.Calendar;

    private static string[] Year(int year) =>
        [.. EnglandAndWalesBankHolidays.Holidays.Where(h => h.Date.Year == year).Select(h => NodaTime.Text.LocalDatePattern.Iso.Format(h.Date))];

    [Theory]
    // 2010: Christmas Day on a Saturday, Boxing Day on a Sunday: substitutes on Monday 27 and Tuesday 28.
    [InlineData(2010, "2010-01-01", "2010-04-02", "2010-04-05", "2010-05-03", "2010-05-31", "2010-08-30", "2010-12-27", "2010-12-28")]
    // 2011: New Year's Day on a Saturday; the royal wedding; Christmas Day on a Sunday (substitute on Tuesday 27).
    [InlineData(2011, "2011-01-03", "2011-04-22", "2011-04-25", "2011-04-29", "2011-05-02", "2011-05-30", "2011-08-29", "2011-12-26", "2011-12-27")]
    // 2012: spring bank holiday moved to 4 June, Diamond Jubilee 5 June; New Year's Day on a Sunday.
    [InlineData(2012, "2012-01-02", "2012-04-06", "2012-04-09", "2012-05-07", "2012-06-04", "2012-06-05", "2012-08-27", "2012-12-25", "2012-12-26")]
    // 2015: Boxing Day on a Saturday: substitute on Monday 28.
    [InlineData(2015, "2015-01-01", "2015-04-03", "2015-04-06", "2015-05-04", "2015-05-25", "2015-08-31", "2015-12-25", "2015-12-28")]
    // 2019: an ordinary year.
    [InlineData(2019, "2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26")]
    // 2020: early May bank holiday moved to Friday 8 May (VE day); Boxing Day on a Saturday.
    [InlineData(2020, "2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28")]
    // 2021: Christmas Day and Boxing Day at the weekend.
    [InlineData(2021, "2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28")]
    // 2022: spring bank holiday moved to Thursday 2 June, Platinum Jubilee Friday 3 June, state funeral 19 September.
    [InlineData(2022, "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27")]
    // 2023: the coronation on Monday 8 May, a week after the early May bank holiday.
    [InlineData(2023, "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26")]
    // 2024 and 2025: ordinary years.
    [InlineData(2024, "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26")]
    [InlineData(2025, "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26")]
    // 2027: Christmas Day on a Saturday again.
    [InlineData(2027, "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28")]
    public void A_whole_year_is_exactly_the_published_list(int year, params string[] expected)
    {
        Assert.Equal(expected, Year(year));
    }

    [Fact]
    public void Every_year_from_2008_to_2030_has_8_bank_holidays_plus_its_one_offs()
    {
        var extra = new Dictionary<int, int> { [2011] = 1, [2012] = 1, [2022] = 2, [2023] = 1 };
        for (int year = 2008; year <= 2030; year++)
        {
            Assert.True(Year(year).Length == 8 + extra.GetValueOrDefault(year), $"{year} has {Year(year).Length} holidays");
        }

        Assert.Equal(23 * 8 + 5, EnglandAndWalesBankHolidays.Holidays.Length);
    }

    [Fact]
    public void Good_Friday_and_Easter_Monday_follow_Easter_Sunday_every_year()
    {
        for (int year = 2008; year <= 2030; year++)
        {
            var easter = EasterSunday(year);
            Assert.Equal("Good Friday", Calendar.HolidayOn(easter.PlusDays(-2))?.Name);
            Assert.Equal("Easter Monday", Calendar.HolidayOn(easter.PlusDays(1))?.Name);
        }
    }

    [Fact]
    public void Every_bank_holiday_falls_on_a_weekday()
    {
        Assert.All(EnglandAndWalesBankHolidays.Holidays, h =>
            Assert.True(h.Date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday), h.ToString()));
    }

    [Fact]
    public void The_early_May_spring_and_summer_holidays_are_Mondays_except_the_moved_ones()
    {
        var moved = new[] { D("2020-05-08"), D("2022-06-02") };
        foreach (var holiday in EnglandAndWalesBankHolidays.Holidays.Where(h =>
                     h.Name.StartsWith("Early May", StringComparison.Ordinal) || h.Name.StartsWith("Spring", StringComparison.Ordinal)
                     || h.Name.StartsWith("Summer", StringComparison.Ordinal)))
        {
            Assert.True(holiday.Date.DayOfWeek == IsoDayOfWeek.Monday || moved.Contains(holiday.Date), holiday.ToString());
        }
    }

    [Theory]
    [InlineData("2011-04-29", "Royal wedding of Prince William and Catherine Middleton")]
    [InlineData("2012-06-04", "Spring bank holiday")]
    [InlineData("2012-06-05", "Queen's Diamond Jubilee")]
    [InlineData("2020-05-08", "Early May bank holiday (VE day)")]
    [InlineData("2022-06-02", "Spring bank holiday")]
    [InlineData("2022-06-03", "Platinum Jubilee bank holiday")]
    [InlineData("2022-09-19", "State funeral of Queen Elizabeth II")]
    [InlineData("2023-05-08", "Coronation of King Charles III")]
    public void The_one_off_and_moved_holidays_are_there(string date, string name)
    {
        Assert.Equal(name, Calendar.HolidayOn(D(date))?.Name);
        Assert.False(Calendar.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2012-05-28")]   // the usual last Monday of May, moved in 2012
    [InlineData("2020-05-04")]   // the usual first Monday of May, moved in 2020
    [InlineData("2022-05-30")]   // the usual last Monday of May, moved in 2022
    public void The_days_the_holidays_moved_from_are_working_days(string date)
    {
        Assert.Null(Calendar.HolidayOn(D(date)));
        Assert.True(Calendar.IsWorkingDay(D(date)));
    }

    [Fact]
    public void The_calendar_covers_2008_to_2030_and_says_so()
    {
        Assert.Equal(D("2008-01-01"), EnglandAndWalesBankHolidays.Coverage.Start);
        Assert.Equal(D("2030-12-31"), EnglandAndWalesBankHolidays.Coverage.End);
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.IsWorkingDay(D("2031-01-02")));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.HolidayOn(D("2007-12-25")));
        Assert.Equal("GOV.UK bank holidays, England and Wales", EnglandAndWalesBankHolidays.Source.ToString());
    }

    /// <summary>Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), independent of the table.</summary>
    private static LocalDate EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Waiting;
using NodaTime;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>The fast day numbers behind every wait agree with NodaTime over its whole range of years.</summary>
public class DaysTests
{
    private static readonly LocalDate Epoch = new(1970, 1, 1);
    private static readonly int MinDays = Period.DaysBetween(Epoch, LocalDate.MinIsoValue);
    private static readonly int MaxDays = Period.DaysBetween(Epoch, LocalDate.MaxIsoValue);

    [Theory]
    [InlineData(1970, 1, 1, 0)]
    [InlineData(1969, 12, 31, -1)]
    [InlineData(2000, 2, 29, 11_016)]
    [InlineData(2000, 3, 1, 11_017)]
    [InlineData(2024, 1, 8, 19_730)]
    [InlineData(1, 1, 1, -719_162)]
    public void Day_numbers_count_days_from_1_January_1970(int year, int month, int day, int number)
    {
        Assert.Equal(number, Days.Number(new LocalDate(year, month, day)));
        Assert.Equal(number, Period.DaysBetween(Epoch, new LocalDate(year, month, day)));
    }

    [Theory]
    [InlineData(1899, 12, 31)]   // just before the month table
    [InlineData(1900, 1, 1)]     // its first day
    [InlineData(1900, 3, 1)]     // 1900 is not a leap year
    [InlineData(2000, 2, 29)]    // 2000 is
    [InlineData(2199, 12, 31)]   // its last day
    [InlineData(2200, 1, 1)]     // just after it
    [InlineData(-1, 2, 28)]      // a negative year
    public void Day_numbers_at_the_edges_of_the_month_table_agree_with_NodaTime(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);
        Assert.Equal(Period.DaysBetween(Epoch, date), Days.Number(date));
    }

    [Fact]
    public void The_earliest_and_latest_ISO_dates_agree_with_NodaTime()
    {
        Assert.Equal(MinDays, Days.Number(LocalDate.MinIsoValue));
        Assert.Equal(MaxDays, Days.Number(LocalDate.MaxIsoValue));
        Assert.Equal(-9998, LocalDate.MinIsoValue.Year);
    }

    [Property]
    public Property Day_numbers_agree_with_NodaTime_for_any_date() =>
        Prop.ForAll(
            Gen.Choose(MinDays, MaxDays).ToArbitrary(),
            offset => Days.Number(Epoch.PlusDays(offset)) == offset);

    [Property]
    public Property Days_between_agree_with_NodaTime_between_1900_and_2100() =>
        Prop.ForAll(
            Gen.Two(Gen.Choose(-25_567, 47_482)).ToArbitrary(),
            pair =>
            {
                var a = Epoch.PlusDays(pair.Item1);
                var b = Epoch.PlusDays(pair.Item2);
                return Days.Between(a, b) == Period.DaysBetween(a, b);
            });

    [Fact]
    public void A_date_in_another_calendar_has_the_day_number_of_the_same_day()
    {
        var iso = new LocalDate(2024, 2, 29);
        Assert.Equal(Days.Number(iso), Days.Number(iso.WithCalendar(CalendarSystem.Julian)));
        Assert.Equal(Days.Number(iso), Days.Number(iso.WithCalendar(CalendarSystem.HebrewCivil)));
    }

    [Fact]
    public void A_date_of_another_calendar_is_the_same_day_in_the_ISO_calendar()
    {
        var julian = new LocalDate(2024, 1, 1, CalendarSystem.Julian);
        var iso = julian.WithCalendar(CalendarSystem.Iso);
        Assert.Equal(new LocalDate(2024, 1, 14), iso);
        Assert.Equal(iso, Days.ToIso(julian));
        Assert.Equal(Days.Number(iso), Days.Number(julian));
    }

    [Fact]
    public void An_ISO_date_is_its_own_ISO_date()
    {
        var date = new LocalDate(2024, 1, 14);
        Assert.Equal(date, Days.ToIso(date));
        Assert.Same(CalendarSystem.Iso, Days.ToIso(date).Calendar);
    }
}

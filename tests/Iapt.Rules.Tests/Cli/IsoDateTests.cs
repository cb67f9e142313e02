using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Cli.Csv;
using NodaTime;
using NodaTime.Text;

namespace Iapt.Rules.Tests.Cli;

/// <summary>The fast ISO date reader accepts exactly what NodaTime's strict ISO pattern accepts.</summary>
public class IsoDateTests
{
    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2025-02-30", false)]
    [InlineData("2025-13-01", false)]
    [InlineData("2025-00-10", false)]
    [InlineData("2025-04-31", false)]
    [InlineData("2025-12-31", true)]
    [InlineData("2025-1-01", false)]
    [InlineData("25-01-2025", false)]
    [InlineData("2025/01/01", false)]
    [InlineData(" 2025-01-01", false)]
    [InlineData("", false)]
    [InlineData("2025-01-0a", false)]
    public void Only_real_ISO_dates_are_read(string text, bool valid)
    {
        Assert.Equal(valid, IsoDate.TryParse(text, out var date));
        if (valid)
        {
            Assert.Equal(LocalDatePattern.Iso.Parse(text).Value, date);
        }
    }

    [Property]
    public Property Every_date_round_trips_through_its_ISO_text() =>
        Prop.ForAll(
            Gen.Choose(0, 60_000).Select(d => new LocalDate(1970, 1, 1).PlusDays(d)).ToArbitrary(),
            d => IsoDate.TryParse(LocalDatePattern.Iso.Format(d), out var parsed) && parsed == d);

    /// <summary>The key read with a date orders dates as the dates are ordered (the report compares keys in its hot loops).</summary>
    [Property]
    public Property Keys_order_dates_as_the_dates_are_ordered() =>
        Prop.ForAll(
            Gen.Two(Gen.Choose(0, 60_000).Select(d => new LocalDate(1970, 1, 1).PlusDays(d))).ToArbitrary(),
            pair =>
            {
                bool read = IsoDate.TryParse(LocalDatePattern.Iso.Format(pair.Item1), out _, out int first)
                    & IsoDate.TryParse(LocalDatePattern.Iso.Format(pair.Item2), out _, out int second);
                return read && Math.Sign(first.CompareTo(second)) == Math.Sign(pair.Item1.CompareTo(pair.Item2));
            });

    [Theory]
    [InlineData("2024-12-31", "2025-01-01")]
    [InlineData("2025-01-31", "2025-02-01")]
    [InlineData("2025-02-28", "2025-03-01")]
    public void The_key_of_a_day_is_below_the_key_of_the_next_day(string day, string next)
    {
        Assert.True(IsoDate.TryParse(day, out _, out int dayKey));
        Assert.True(IsoDate.TryParse(next, out _, out int nextKey));
        Assert.True(dayKey < nextKey);
        Assert.False(IsoDate.TryParse("2025-02-29", out _, out int none));
        Assert.Equal(0, none);
    }
}

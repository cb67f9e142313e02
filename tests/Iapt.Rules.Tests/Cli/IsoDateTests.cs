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
}

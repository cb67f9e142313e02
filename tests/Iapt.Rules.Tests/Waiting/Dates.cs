using NodaTime;
using NodaTime.Text;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>Dates written as ISO text in test cases.</summary>
internal static class Dates
{
    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();

    public static LocalDate? Maybe(string? iso) => string.IsNullOrEmpty(iso) ? null : D(iso);
}

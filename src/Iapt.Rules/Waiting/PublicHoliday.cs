using NodaTime;

namespace Iapt.Rules.Waiting;

/// <summary>A public holiday: the day it is observed and its name.</summary>
/// <param name="Date">The day the holiday is observed (a substitute day where the holiday itself falls at a weekend).</param>
/// <param name="Name">The holiday's name, for example <c>Boxing Day (substitute day)</c>.</param>
public readonly record struct PublicHoliday(LocalDate Date, string Name)
{
    /// <summary>The holiday as text, for example <c>2022-09-19 State funeral of Queen Elizabeth II</c>.</summary>
    /// <returns>The ISO date and the name.</returns>
    public override string ToString() =>
        $"{NodaTime.Text.LocalDatePattern.Iso.Format(Date)} {Name}";
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Waiting;
using NodaTime;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>Invariants of working-day counting over the shipped calendar.</summary>
public class WorkingDaysPropertyTests
{
    private static readonly WorkingDayCalendar Calendar = EnglandAndWalesBankHolidays.Calendar;
    private static readonly LocalDate First = new(2008, 1, 1);

    /// <summary>A start date in the calendar and an end 0 to 400 days later, still in the calendar.</summary>
    private static Arbitrary<(LocalDate Start, LocalDate End)> Intervals() =>
        Gen.Choose(0, 8_000)
            .SelectMany(_ => Gen.Choose(0, 400), (start, length) => (First.PlusDays(start), First.PlusDays(start + length)))
            .ToArbitrary();

    [Property]
    public Property Working_days_never_exceed_calendar_days() =>
        Prop.ForAll(Intervals(), d =>
        {
            int working = Calendar.CountWorkingDays(d.Start, d.End).AsT0;
            return working >= 0 && working <= Period.DaysBetween(d.Start, d.End);
        });

    [Property]
    public Property A_whole_week_has_at_most_5_working_days() =>
        Prop.ForAll(Intervals(), d =>
        {
            int week = Calendar.CountWorkingDays(d.Start, d.Start.PlusDays(7)).AsT0;
            return week is >= 0 and <= 5;
        });

    [Property]
    public Property Counting_is_additive_over_a_split_interval() =>
        Prop.ForAll(Intervals(), d =>
        {
            var middle = d.Start.PlusDays(Period.DaysBetween(d.Start, d.End) / 2);
            return Calendar.CountWorkingDays(d.Start, d.End).AsT0
                == Calendar.CountWorkingDays(d.Start, middle).AsT0 + Calendar.CountWorkingDays(middle, d.End).AsT0;
        });

    [Property]
    public Property Adding_n_working_days_then_counting_gives_n_back() =>
        Prop.ForAll(Intervals(), d =>
        {
            int n = Period.DaysBetween(d.Start, d.End) % 30;
            var end = Calendar.AddWorkingDays(d.Start, n).AsT0;
            return Calendar.CountWorkingDays(d.Start, end).AsT0 == n && (n == 0 || Calendar.IsWorkingDay(end));
        });
}

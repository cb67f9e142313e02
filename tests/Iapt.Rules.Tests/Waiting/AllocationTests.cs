using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using NodaTime;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>The per-referral paths allocate nothing (the benchmark measures time; this guards the bytes).</summary>
public class AllocationTests
{
    private static readonly WaitingTimeRules Rules = RuleSet.ManualV4.Waiting;

    private static long AllocatedBy(Action action)
    {
        action();   // warm up: type initialisers and JIT
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1_000; i++)
        {
            action();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void Measuring_a_wait_and_reading_every_figure_allocates_nothing()
    {
        var referral = new LocalDate(2024, 1, 8);
        var first = new LocalDate(2024, 2, 20);
        var second = new LocalDate(2024, 4, 2);
        int sink = 0;
        long bytes = AllocatedBy(() =>
        {
            var wait = Rules.Measure(referral, first, second).AsT0;
            sink += wait.DaysToFirstTreatment!.Value + wait.DaysFirstToSecond!.Value + wait.Band!.MinimumDays
                    + (wait.IsWithinSixWeeks == true ? 1 : 0) + (wait.IsFirstToSecondOverLongGap == true ? 1 : 0)
                    + wait.SixWeekBreachDate.Day + wait.EighteenWeekBreachDate.Day;
        });
        Assert.Equal(0, bytes);
        Assert.NotEqual(0, sink);
    }

    [Fact]
    public void An_impossible_wait_allocates_nothing_either()
    {
        var referral = new LocalDate(2024, 1, 8);
        long bytes = AllocatedBy(() => _ = Rules.Measure(referral, referral.PlusDays(-1)).AsT1.Kind);
        Assert.Equal(0, bytes);
    }

    [Fact]
    public void A_waiting_position_and_a_step_up_allocate_nothing()
    {
        var referral = new LocalDate(2024, 1, 8);
        var asOf = new LocalDate(2024, 3, 1);
        long bytes = AllocatedBy(() =>
        {
            var position = Rules.PositionOn(referral, asOf).AsT0;
            _ = position.HasBreachedSixWeeks && position.BreachesWithin(7);
            _ = Rules.MeasureStepUp(referral, asOf).AsT0.IsWithinStandard;
        });
        Assert.Equal(0, bytes);
    }
}

using BenchmarkDotNet.Attributes;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using NodaTime;

namespace Iapt.Rules.Benchmarks.Waiting;

/// <summary>
/// One referral's waiting-time clock: the per-referral path that must take at most 10 ns and allocate nothing
/// (issue 4). The baseline measures a treated referral with a second session and reads the figures the
/// <c>iapt waits</c> output shows.
/// </summary>
[MemoryDiagnoser]
public class WaitBenchmarks
{
    private readonly WaitingTimeRules _rules = RuleSet.ManualV4.Waiting;
    private readonly WorkingDayCalendar _calendar = EnglandAndWalesBankHolidays.Calendar;
    private readonly LocalDate _referral = new(2024, 1, 8);
    private readonly LocalDate _first = new(2024, 2, 20);
    private readonly LocalDate _second = new(2024, 4, 2);
    private readonly LocalDate _asOf = new(2024, 3, 1);
    private readonly AccessStandard _decisionToTreat = RuleSet.ManualV4.Waiting.FindAccessStandard(AccessStandardKeys.OssDecisionToTreat)!;

    /// <summary>Measure one wait: days to first treatment, within 6 weeks, first-to-second gap.</summary>
    [Benchmark(Baseline = true)]
    public int MeasureWait()
    {
        var wait = _rules.Measure(_referral, _first, _second).AsT0;
        return wait.DaysToFirstTreatment!.Value + (wait.IsWithinSixWeeks == true ? 1 : 0) + wait.DaysFirstToSecond!.Value;
    }

    /// <summary>Measure one wait and read everything the CSV shows: both standards, the band, both flags, both breach dates.</summary>
    [Benchmark]
    public int MeasureWaitAllFigures()
    {
        var wait = _rules.Measure(_referral, _first, _second).AsT0;
        return wait.DaysToFirstTreatment!.Value + (wait.IsWithinSixWeeks == true ? 1 : 0) + (wait.IsWithinEighteenWeeks == true ? 1 : 0)
               + wait.Band!.MinimumDays + (wait.IsFirstToSecondOverLongGap == true ? 1 : 0)
               + (wait.IsFirstToSecondOverVeryLongGap == true ? 1 : 0) + wait.SixWeekBreachDate.Day + wait.EighteenWeekBreachDate.Day;
    }

    /// <summary>Measure one wait from ISO text, as the CLI does (parsing allocates the date strings).</summary>
    [Benchmark]
    public int MeasureWaitFromText() =>
        _rules.MeasureText("2024-01-08", "2024-02-20", "2024-04-02").AsT0.DaysToFirstTreatment!.Value;

    /// <summary>A waiting referral's position on the tracking list: days waited, breached, breaching within a week.</summary>
    [Benchmark]
    public bool TrackingListPosition()
    {
        var position = _rules.PositionOn(_referral, _asOf).AsT0;
        return position.HasBreachedSixWeeks || position.BreachesWithin(7);
    }

    /// <summary>One OSS para 10 check in working days (3 working days from referral to decision to treat).</summary>
    [Benchmark]
    public bool DecisionToTreatInWorkingDays() => _decisionToTreat.Check(_referral, _referral.PlusDays(5), _calendar).AsT0.IsMet;
}

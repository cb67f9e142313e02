using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using NodaTime;
using static Iapt.Rules.Tests.Waiting.Dates;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>First to second treatment as NHS England counts it: of second treatments dated in the period (reference §9).</summary>
public class FirstToSecondTreatmentTallyTests
{
    private static readonly WaitingTimeRules Rules = RuleSet.ManualV4.Waiting;
    private static readonly DateInterval Quarter = new(D("2024-04-01"), D("2024-06-30"));

    private static ReferralWait Wait(string first, string? second) =>
        Rules.Measure(D("2024-01-02"), D(first), Maybe(second)).AsT0;

    [Fact]
    public void The_tally_worked_by_hand()
    {
        var tally = new FirstToSecondTreatmentTally(Rules, Quarter);
        tally.Add(Wait("2024-04-01", "2024-04-08"));   // gap 7, in the period
        tally.Add(Wait("2024-03-01", "2024-04-01"));   // gap 31 (> 28), second on the first day
        tally.Add(Wait("2024-03-02", "2024-05-31"));   // gap 90: over 28, not over 90
        tally.Add(Wait("2024-03-02", "2024-06-01"));   // gap 91: over 90
        tally.Add(Wait("2024-01-02", "2024-06-30"));   // gap 180, second on the last day
        tally.Add(Wait("2024-01-02", "2024-07-01"));   // second after the period: not counted
        tally.Add(Wait("2024-01-02", "2024-03-31"));   // second before the period: not counted
        tally.Add(Wait("2024-05-01", null));            // no second session: not counted

        var result = tally.Result();
        Assert.Equal(5, result.SecondTreatments);
        Assert.Equal(4, result.OverLongGap);       // 31, 90, 91, 180
        Assert.Equal(2, result.OverVeryLongGap);   // 91, 180
        Assert.Equal(0.4m, result.OverVeryLongGapRate);
        Assert.Equal(0.8m, result.OverLongGapRate);
        Assert.Equal(3, tally.NotCounted);
        Assert.Equal(90, result.VeryLongGapDays.Value);
    }

    [Fact]
    public void An_empty_tally_has_no_rate()
    {
        var result = new FirstToSecondTreatmentTally(Rules, Quarter).Result();
        Assert.Equal(0, result.SecondTreatments);
        Assert.Null(result.OverVeryLongGapRate);
        Assert.Null(result.OverLongGapRate);
    }

    [Fact]
    public void Merging_adds_the_counts()
    {
        var a = new FirstToSecondTreatmentTally(Rules, Quarter);
        var b = new FirstToSecondTreatmentTally(Rules, Quarter);
        a.Add(Wait("2024-01-02", "2024-06-30"));
        b.Add(Wait("2024-04-01", "2024-04-08"));
        b.Add(Wait("2024-05-01", null));
        a.Merge(b);
        Assert.Equal(2, a.SecondTreatments);
        Assert.Equal(1, a.OverVeryLongGap);
        Assert.Equal(1, a.NotCounted);
        Assert.Equal(1, b.NotCounted);
    }

    [Fact]
    public void Misuse_is_a_programmer_error()
    {
        var tally = new FirstToSecondTreatmentTally(Rules, Quarter);
        Assert.Throws<ArgumentException>(() => tally.Add(default));
        Assert.Throws<ArgumentException>(() => tally.Merge(new FirstToSecondTreatmentTally(Rules, new DateInterval(D("2024-04-01"), D("2024-04-30")))));
    }

    [Fact]
    public void Tallying_allocates_nothing()
    {
        var tally = new FirstToSecondTreatmentTally(Rules, Quarter);
        var wait = Wait("2024-03-02", "2024-06-01");
        tally.Add(wait);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1_000; i++)
        {
            tally.Add(wait);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1_001, tally.OverVeryLongGap);
    }

    private static FirstToSecondTreatmentTally TallyOfEveryKind()
    {
        var tally = new FirstToSecondTreatmentTally(Rules, Quarter);
        tally.Add(Wait("2024-04-01", "2024-04-08"));   // gap 7
        tally.Add(Wait("2024-03-02", "2024-05-31"));   // gap 90: over 28, not over 90
        tally.Add(Wait("2024-03-02", "2024-06-01"));   // gap 91: over 90
        tally.Add(Wait("2024-05-01", null));            // not counted
        return tally;
    }

    [Fact]
    public void Merging_a_tally_of_the_same_referrals_doubles_every_count()
    {
        var twice = TallyOfEveryKind();
        twice.Merge(TallyOfEveryKind());
        Assert.Equal((6, 4, 2, 2), (twice.SecondTreatments, twice.OverLongGap, twice.OverVeryLongGap, twice.NotCounted));
    }

    [Theory]
    [InlineData("2024-03-04", 28, 0)]
    [InlineData("2024-03-05", 29, 1)]
    public void A_gap_of_exactly_28_days_is_not_over_the_long_gap(string second, int gap, int overLongGap)
    {
        var tally = new FirstToSecondTreatmentTally(Rules, new DateInterval(D("2024-03-01"), D("2024-03-31")));
        tally.Add(Rules.Measure(D("2024-01-02"), D("2024-02-05"), D(second)).AsT0);
        Assert.Equal(gap, Period.DaysBetween(D("2024-02-05"), D(second)));
        Assert.Equal(overLongGap, tally.OverLongGap);
    }
}

using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using NodaTime;
using NodaTime.Testing;
using static Iapt.Rules.Tests.Waiting.Dates;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>The patient tracking list (M4 §8.1.4-8.1.5): as-of date, order, breaches, grouping, size.</summary>
public class PatientTrackingListTests
{
    private sealed record Open(string Id, LocalDate Referred, string Step, string Clinician);

    private static readonly WaitingTimeRules Rules = RuleSet.ManualV4.Waiting;

    // As of 2024-03-01: A waited 60 days, B 40, C 43, D 10, E 127, F 35 (breach date 2024-03-08), G is in the future.
    private static readonly Open[] Referrals =
    [
        new("A", D("2024-01-01"), "step2", "kim"),
        new("B", D("2024-01-21"), "step3", "lee"),
        new("C", D("2024-01-18"), "step2", "lee"),
        new("D", D("2024-02-20"), "step3", "kim"),
        new("E", D("2023-10-26"), "step3", "kim"),
        new("F", D("2024-01-26"), "step2", "kim"),
        new("G", D("2024-03-02"), "step2", "lee"),
    ];

    private static PatientTrackingList<Open> List(LocalDate asOf) => PatientTrackingList.Build(Referrals, r => r.Referred, asOf, Rules);

    [Fact]
    public void The_list_is_longest_wait_first_and_rejects_referrals_dated_after_the_as_of_date()
    {
        var list = List(D("2024-03-01"));
        Assert.Equal(["E", "A", "C", "B", "F", "D"], list.Entries.Select(e => e.Referral.Id));
        Assert.Equal([127, 60, 43, 40, 35, 10], list.Entries.Select(e => e.Position.DaysWaited));
        Assert.Equal(6, list.Count);
        var rejected = Assert.Single(list.Rejected);
        Assert.Equal("G", rejected.Referral.Id);
        Assert.Equal(WaitingErrorKind.AsOfBeforeReferral, rejected.Error.Kind);
    }

    [Fact]
    public void Breaches_are_the_referrals_past_their_breach_date()
    {
        var list = List(D("2024-03-01"));
        Assert.Equal(["E", "A", "C"], list.Breached().Select(e => e.Referral.Id));
        Assert.Equal(3, list.CountBreached());
        Assert.Equal(["E"], list.Breached(BreachTarget.EighteenWeeks).Select(e => e.Referral.Id));
        Assert.Equal(1, list.CountBreached(BreachTarget.EighteenWeeks));
    }

    [Fact]
    public void Breaching_within_a_week_lists_those_whose_breach_date_is_in_the_next_7_days()
    {
        var list = List(D("2024-03-01"));
        // B: breach date 2024-03-03 (2 days ahead); F: 2024-03-08 (7 days ahead); D: 2024-04-02 (32 days ahead).
        Assert.Equal(["B", "F"], list.BreachingWithin(7).AsT0.Select(e => e.Referral.Id));
        Assert.Equal(["B"], list.BreachingWithin(6).AsT0.Select(e => e.Referral.Id));
        Assert.Equal(WaitingErrorKind.Negative, list.BreachingWithin(-1).AsT1.Kind);
    }

    [Fact]
    public void The_list_splits_by_any_key_longest_wait_first()
    {
        var groups = List(D("2024-03-01")).GroupBy(r => r.Step);
        Assert.Equal(["step3", "step2"], groups.Select(g => g.Key));
        Assert.Equal(["E", "B", "D"], groups[0].List.Entries.Select(e => e.Referral.Id));
        Assert.Equal(["A", "C", "F"], groups[1].List.Entries.Select(e => e.Referral.Id));
        Assert.Equal("G", Assert.Single(groups[1].List.Rejected).Referral.Id);
        Assert.Equal(1, groups[0].List.CountBreached());
        Assert.Equal(2, groups[1].List.CountBreached());

        var byClinician = List(D("2024-03-01")).GroupBy(r => r.Clinician);
        Assert.Equal(["kim", "lee"], byClinician.Select(g => g.Key));
        Assert.Equal(4, byClinician[0].List.Count);
    }

    [Fact]
    public void A_group_holding_only_rejected_records_comes_last()
    {
        var groups = List(D("2024-03-01")).GroupBy(r => r.Id == "G" ? "future" : "now");
        Assert.Equal(["now", "future"], groups.Select(g => g.Key));
        Assert.Equal(0, groups[1].List.Count);
    }

    [Fact]
    public void Today_comes_from_the_injected_clock_in_the_English_time_zone()
    {
        // 23:30 UTC on 31 March 2024 is 00:30 on 1 April in London (British Summer Time began that day).
        var clock = new FakeClock(Instant.FromUtc(2024, 3, 31, 23, 30));
        Assert.Equal(D("2024-04-01"), PatientTrackingList.Today(clock, PatientTrackingList.England));
        Assert.Equal(D("2024-03-31"), PatientTrackingList.Today(clock, DateTimeZone.Utc));

        var list = PatientTrackingList.Build(Referrals, r => r.Referred, clock, PatientTrackingList.England, Rules);
        Assert.Equal(D("2024-04-01"), list.AsOf);
        Assert.Equal(D("2024-04-01"), list.Entries[0].Position.AsOf);
        Assert.Empty(list.Rejected);
    }

    [Fact]
    public void Size_in_weeks_of_demand_backlog_and_clearance_time()
    {
        var list = List(D("2024-03-01"));  // 6 waiting
        Assert.Equal(4m, list.WeeksOfDemand(1.5m).AsT0);
        Assert.Equal(3m, list.ClearanceWeeks(2m).AsT0);
        var backlog = list.AssessBacklog(1m, 6).AsT0;   // at most 5 weeks x 1 = 5 may wait
        Assert.Equal(1m, backlog.Backlog);
        Assert.False(backlog.IsWithinRuleOfThumb);
    }

    [Fact]
    public void An_empty_list_has_nothing_breached_and_clears_at_once()
    {
        var list = PatientTrackingList.Build(Array.Empty<Open>(), r => r.Referred, D("2024-03-01"), Rules);
        Assert.Equal(0, list.Count);
        Assert.Empty(list.Breached());
        Assert.Equal(0m, list.ClearanceWeeks(10m).AsT0);
        Assert.Empty(list.GroupBy(r => r.Step));
    }
}

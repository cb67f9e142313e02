using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using NodaTime;
using static Iapt.Rules.Tests.Waiting.Dates;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>The patient tracking list's tally (reference §9): one shape, add one and merge.</summary>
public class PatientTrackingTallyTests
{
    private static readonly WaitingTimeRules Rules = RuleSet.ManualV4.Waiting;
    private static readonly LocalDate AsOf = D("2024-06-30");

    private static PathwayPosition Track(string referral, string? first = null, string? last = null, string? discharge = null) =>
        Rules.TrackOn(D(referral), Maybe(first), Maybe(last), Maybe(discharge), AsOf).AsT0;

    private static PatientTrackingTally TallyOfEveryKind()
    {
        var tally = new PatientTrackingTally(Rules, AsOf);
        tally.Add(Track("2024-07-01"));                                           // not yet referred
        tally.Add(Track("2024-01-02", "2024-02-01", "2024-03-01", "2024-06-30")); // closed
        tally.Add(Track("2024-03-31"));                                           // waiting 91: over
        tally.Add(Track("2024-01-02", "2024-02-01", "2024-03-31"));               // in treatment, 91 days: no contact
        tally.Add(Track("2024-01-02", "2024-02-01", "2024-07-02"));               // in treatment, gap unknown
        return tally;
    }

    [Fact]
    public void Merging_a_tally_of_the_same_referrals_doubles_every_count()
    {
        var twice = TallyOfEveryKind();
        twice.Merge(TallyOfEveryKind());
        var result = twice.Result();
        Assert.Equal(
            (2, 2, 2, 2, 4, 2, 2),
            (result.NotYetReferred, result.Closed, result.Waiting, result.WaitingOverLimit, result.InTreatment, result.NoContactOverLimit, result.ContactUnknown));
    }

    [Fact]
    public void A_position_tracked_with_equal_rules_of_another_instance_is_counted()
    {
        var tally = new PatientTrackingTally(Rules, AsOf);
        tally.Add((Rules with { }).TrackOn(D("2024-03-31"), null, null, null, AsOf).AsT0);
        Assert.Equal(1, tally.WaitingOverLimit);
    }

    [Fact]
    public void A_position_tracked_with_other_rules_is_a_programming_error()
    {
        var other = Rules with { TrackingListLongWaitDays = new(30, new Iapt.Rules.Provenance.Source("LOCAL", "test")) };
        Assert.Throws<ArgumentException>(() => new PatientTrackingTally(Rules, AsOf).Add(other.TrackOn(D("2024-03-31"), null, null, null, AsOf).AsT0));
    }
}

using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using NodaTime;
using static Iapt.Rules.Tests.Waiting.Dates;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>The patient tracking list's national views as of a date (reference §9), per referral and tallied.</summary>
public class PathwayPositionTests
{
    private static readonly WaitingTimeRules Rules = RuleSet.ManualV4.Waiting;
    private static readonly LocalDate AsOf = D("2024-06-30");

    private static PathwayPosition Track(string referral, string? first = null, string? last = null, string? discharge = null) =>
        Rules.TrackOn(D(referral), Maybe(first), Maybe(last), Maybe(discharge), AsOf).AsT0;

    [Fact]
    public void A_referral_received_after_the_as_of_date_is_not_yet_referred()
    {
        var position = Track("2024-07-01");
        Assert.Equal(PathwayState.NotYetReferred, position.State);
        Assert.False(position.IsOpen);
        Assert.Null(position.DaysWaited);
        Assert.False(position.IsWaitingOverLimit);
        Assert.Equal(false, position.IsNoContactOverLimit);
    }

    [Fact]
    public void A_referral_received_on_the_as_of_date_is_waiting_0_days()
    {
        var position = Track("2024-06-30");
        Assert.Equal(PathwayState.WaitingForFirstTreatment, position.State);
        Assert.Equal(0, position.DaysWaited);
        Assert.True(position.IsOpen);
    }

    [Theory]
    [InlineData("2024-04-01", 90, false)]
    [InlineData("2024-03-31", 91, true)]
    [InlineData("2024-04-02", 89, false)]
    public void Waiting_more_than_90_days(string referral, int days, bool over)
    {
        var position = Track(referral);
        Assert.Equal(days, position.DaysWaited);
        Assert.Equal(over, position.IsWaitingOverLimit);
        Assert.Null(position.DaysSinceLastContact);
    }

    [Theory]
    [InlineData("2024-04-01", 90, false)]
    [InlineData("2024-03-31", 91, true)]
    [InlineData("2024-04-02", 89, false)]
    [InlineData("2024-06-30", 0, false)]
    public void In_treatment_with_no_contact_for_more_than_90_days(string lastContact, int days, bool over)
    {
        var position = Track("2024-01-02", "2024-02-01", lastContact);
        Assert.Equal(PathwayState.InTreatment, position.State);
        Assert.Equal(days, position.DaysSinceLastContact);
        Assert.Equal(over, position.IsNoContactOverLimit);
        Assert.Null(position.DaysWaited);
        Assert.False(position.IsWaitingOverLimit);
    }

    [Fact]
    public void Without_a_last_contact_the_first_treatment_is_the_last_contact()
    {
        Assert.Equal(91, Track("2024-01-02", "2024-03-31").DaysSinceLastContact);
    }

    [Fact]
    public void A_last_contact_after_the_as_of_date_leaves_the_gap_unknown()
    {
        var position = Track("2024-01-02", "2024-02-01", "2024-07-15");
        Assert.Equal(PathwayState.InTreatment, position.State);
        Assert.Null(position.DaysSinceLastContact);
        Assert.Null(position.IsNoContactOverLimit);
    }

    [Theory]
    [InlineData("2024-06-29", PathwayState.Closed)]
    [InlineData("2024-06-30", PathwayState.Closed)]
    [InlineData("2024-07-01", PathwayState.InTreatment)]
    public void A_discharge_after_the_as_of_date_leaves_the_referral_open(string discharge, PathwayState state)
    {
        Assert.Equal(state, Track("2024-01-02", "2024-02-01", "2024-06-01", discharge).State);
    }

    [Fact]
    public void A_first_treatment_after_the_as_of_date_leaves_the_referral_waiting()
    {
        var position = Track("2024-03-01", "2024-07-01", "2024-07-08");
        Assert.Equal(PathwayState.WaitingForFirstTreatment, position.State);
        Assert.Equal(121, position.DaysWaited);
        Assert.True(position.IsWaitingOverLimit);
    }

    [Theory]
    [InlineData("2024-03-01", "2024-02-28", null, null, "first_treatment_date", WaitingErrorKind.FirstTreatmentBeforeReferral)]
    [InlineData("2024-03-01", null, "2024-02-28", null, "last_contact_date", WaitingErrorKind.LastContactTooEarly)]
    [InlineData("2024-03-01", "2024-03-10", "2024-03-09", null, "last_contact_date", WaitingErrorKind.LastContactTooEarly)]
    [InlineData("2024-03-01", null, null, "2024-02-28", "discharge_date", WaitingErrorKind.DischargeBeforeReferral)]
    public void Impossible_dates_are_errors_naming_the_field(string referral, string? first, string? last, string? discharge, string field, WaitingErrorKind kind)
    {
        var error = Rules.TrackOn(D(referral), Maybe(first), Maybe(last), Maybe(discharge), AsOf).AsT1;
        Assert.Equal(field, error.Field);
        Assert.Equal(kind, error.Kind);
        Assert.DoesNotContain("2024", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "", "", "", "referral_date")]
    [InlineData("2024-13-01", "", "", "", "referral_date")]
    [InlineData("2024-01-02", "x", "", "", "first_treatment_date")]
    [InlineData("2024-01-02", "", "2024-02-30", "", "last_contact_date")]
    [InlineData("2024-01-02", "", "", "30/06/2024", "discharge_date")]
    public void Unreadable_text_is_an_error_naming_the_field(string referral, string first, string last, string discharge, string field)
    {
        Assert.Equal(field, Rules.TrackOnText(referral, first, last, discharge, AsOf).AsT1.Field);
    }

    [Fact]
    public void Text_dates_track_as_the_dates_do()
    {
        var position = Rules.TrackOnText("2024-01-02", "2024-02-01", "2024-03-31", "", AsOf).AsT0;
        Assert.Equal(91, position.DaysSinceLastContact);
    }

    [Fact]
    public void The_tally_worked_by_hand()
    {
        var tally = new PatientTrackingTally(Rules, AsOf);
        tally.Add(Track("2024-07-01"));                                     // not yet referred
        tally.Add(Track("2024-01-02", "2024-02-01", "2024-03-01", "2024-06-30")); // closed
        tally.Add(Track("2024-04-01"));                                     // waiting 90
        tally.Add(Track("2024-03-31"));                                     // waiting 91: over
        tally.Add(Track("2024-01-02", "2024-07-01"));                       // waiting 180 (treated later): over
        tally.Add(Track("2024-01-02", "2024-02-01", "2024-04-01"));         // in treatment, 90 since contact
        tally.Add(Track("2024-01-02", "2024-02-01", "2024-03-31"));         // in treatment, 91: no contact
        tally.Add(Track("2024-01-02", "2024-02-01", "2024-07-02"));         // in treatment, gap unknown

        var result = tally.Result();
        Assert.Equal(1, result.NotYetReferred);
        Assert.Equal(1, result.Closed);
        Assert.Equal(3, result.Waiting);
        Assert.Equal(2, result.WaitingOverLimit);
        Assert.Equal(3, result.InTreatment);
        Assert.Equal(1, result.NoContactOverLimit);
        Assert.Equal(1, result.ContactUnknown);
        Assert.Equal(6, result.Open);
        Assert.Equal(AsOf, result.AsOf);
        Assert.Equal(90, result.LongWaitDays.Value);
        Assert.Equal(90, result.NoContactDays.Value);
    }

    [Fact]
    public void Merging_adds_the_counts_and_misuse_is_a_programmer_error()
    {
        var a = new PatientTrackingTally(Rules, AsOf);
        var b = new PatientTrackingTally(Rules, AsOf);
        a.Add(Track("2024-03-31"));
        b.Add(Track("2024-01-02", "2024-02-01", "2024-03-31"));
        a.Merge(b);
        Assert.Equal(1, a.WaitingOverLimit);
        Assert.Equal(1, a.NoContactOverLimit);
        Assert.Throws<ArgumentException>(() => a.Add(default));
        Assert.Throws<ArgumentException>(() => a.Add(Rules.TrackOn(D("2024-01-02"), null, null, null, AsOf.PlusDays(1)).AsT0));
        Assert.Throws<ArgumentException>(() => a.Merge(new PatientTrackingTally(Rules, AsOf.PlusDays(1))));
    }

    [Fact]
    public void The_tracking_list_counts_the_referrals_waiting_over_90_days()
    {
        var referrals = new[] { D("2024-03-31"), D("2024-04-01"), D("2024-01-02"), D("2024-06-30") };
        var list = PatientTrackingList.Build(referrals, r => r, AsOf, Rules);
        Assert.Equal(2, list.CountWaitingOverLimit());
        Assert.Equal([D("2024-01-02"), D("2024-03-31")], list.WaitingOverLimit().Select(e => e.Referral));
        Assert.True(Rules.PositionOn(D("2024-03-31"), AsOf).AsT0.IsWaitingOverLimit);
        Assert.False(Rules.PositionOn(D("2024-04-01"), AsOf).AsT0.IsWaitingOverLimit);
    }

    [Fact]
    public void Tracking_and_tallying_allocates_nothing()
    {
        var tally = new PatientTrackingTally(Rules, AsOf);
        var referral = D("2024-01-02");
        LocalDate? first = D("2024-02-01");
        LocalDate? last = D("2024-03-31");
        int sink = 0;
        void Once()
        {
            var position = Rules.TrackOn(referral, first, last, null, AsOf).AsT0;
            sink += position.DaysSinceLastContact!.Value + (position.IsNoContactOverLimit == true ? 1 : 0);
            tally.Add(position);
            var waiting = Rules.TrackOn(referral, null, null, null, AsOf).AsT0;
            sink += waiting.DaysWaited!.Value;
            tally.Add(waiting);
        }

        Once();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1_000; i++)
        {
            Once();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.NotEqual(0, sink);
    }

    [Fact]
    public void A_position_in_words_gives_its_state_and_day_counts()
    {
        Assert.Equal("WaitingForFirstTreatment: waited 90 days", Track("2024-04-01").ToString());
        Assert.Equal("InTreatment: 91 days since the last attended contact", Track("2024-01-02", "2024-02-01", "2024-03-31").ToString());
        Assert.Equal("InTreatment", Track("2024-01-02", "2024-02-01", "2024-07-02").ToString());
        Assert.Equal("Closed", Track("2024-01-02", "2024-02-01", "2024-03-01", "2024-06-30").ToString());
    }
}

using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using NodaTime;
using NodaTime.Text;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Specifications.Waiting;

/// <summary>
/// M4 §8 (reducing waiting times): §8.1.4 capacity and demand (waiting list, rules of thumb, backlog, clearance
/// time) and §8.1.5 waiting-list management (the patient tracking list and its breach dates).
/// Source: seeds/001_a2cac0063d4a7b45.txt §8, §8.1.4, §8.1.5; reference fact sheet §5.
/// </summary>
public class M4_8_WaitingListsAndTrackingList
{
    private static readonly WaitingTimeRules Rules = RuleSet.ManualV4.Waiting;

    private static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    private sealed record Waiting(string Id, LocalDate Referred, string Modality);

    /// <summary>
    /// M4 §8.1.5, "the setting of a target (or breach) date ... there is a mandatory 6-week waiting time standard":
    /// the breach date is the referral date plus 42 days (and plus 126 for 18 weeks).
    /// </summary>
    [Theory]
    [InlineData("2024-01-08", "2024-02-19", "2024-05-13")]
    [InlineData("2023-12-31", "2024-02-11", "2024-05-05")]
    public void Each_waiting_referral_has_a_6_and_an_18_week_breach_date(string referred, string sixWeeks, string eighteenWeeks)
    {
        var position = Rules.PositionOn(D(referred), D(referred)).AsT0;
        Assert.Equal(D(sixWeeks), position.SixWeekBreachDate);
        Assert.Equal(D(eighteenWeeks), position.EighteenWeekBreachDate);
    }

    /// <summary>
    /// M4 §8.1.4: "the first appointment waiting list comprises every patient who has been referred up to the point at
    /// which they either attend their first appointment or are discharged"; §8.1.5: the list "can be split by therapy
    /// modality and step ... Patients who have been waiting too long can be identified".
    /// </summary>
    [Fact]
    public void The_tracking_list_shows_who_has_waited_too_long_split_by_modality()
    {
        Waiting[] open =
        [
            new("a", D("2024-01-01"), "cbt"),    // 60 days on 2024-03-01: breached
            new("b", D("2024-02-01"), "gsh"),    // 29 days
            new("c", D("2024-01-15"), "gsh"),    // 46 days: breached
        ];
        var list = PatientTrackingList.Build(open, w => w.Referred, D("2024-03-01"), Rules);
        Assert.Equal(["a", "c"], list.Breached().Select(e => e.Referral.Id));

        var byModality = list.GroupBy(w => w.Modality);
        Assert.Equal(["cbt", "gsh"], byModality.Select(g => g.Key));
        Assert.Equal(1, byModality[1].List.CountBreached());
    }

    /// <summary>
    /// M4 §8.1.4: "a 4-week wait will be delivered if there are no more than 2-3 weeks of new patients waiting ...
    /// A 6-week waiting standard can be achieved with no more than 4-5 weeks of new patients waiting."
    /// </summary>
    [Theory]
    [InlineData(4, 2, 3)]
    [InlineData(6, 4, 5)]
    public void Rule_of_thumb(int targetWaitWeeks, int lowerWeeksOfReferrals, int upperWeeksOfReferrals)
    {
        var rule = Rules.FindRuleOfThumb(targetWaitWeeks)!;
        Assert.Equal(lowerWeeksOfReferrals, rule.MinimumWeeksOfDemand);
        Assert.Equal(upperWeeksOfReferrals, rule.MaximumWeeksOfDemand);
        Assert.Equal("M4 §8.1.4", rule.Source.ToString());
    }

    /// <summary>
    /// M4 §8.1.4: "If there are more patients waiting than the rule of thumb maximum, the excess number is termed the
    /// 'backlog'." With 30 new referrals a week, 150 may wait for a 6-week standard (5 weeks).
    /// </summary>
    [Theory]
    [InlineData(150, 0)]
    [InlineData(151, 1)]
    [InlineData(180, 30)]
    public void The_backlog_is_the_excess_over_the_rule_of_thumb_maximum(int waiting, int backlog)
    {
        Assert.Equal(backlog, Rules.AssessBacklog(waiting, 30m, 6).AsT0.Backlog);
    }

    /// <summary>
    /// M4 §8.1.4: "Clearance time is the number of weeks it would take to clear a particular waiting list if no
    /// further new patients arrived."
    /// </summary>
    [Theory]
    [InlineData(120, 30, 4)]
    [InlineData(45, 30, 1.5)]
    public void Clearance_time_is_the_weeks_to_clear_the_list_with_no_new_arrivals(int waiting, int weeklyCapacity, decimal weeks)
    {
        Assert.Equal(weeks, WaitingLists.ClearanceWeeks(waiting, weeklyCapacity).AsT0);
    }

    /// <summary>
    /// M4 §8: the headline indicator "will measure waiting times for those people who start a course of treatment,
    /// and as such have two or more treatment sessions only. This will be measured retrospectively at the end of the
    /// course of treatment."
    /// </summary>
    [Fact]
    public void The_headline_indicator_counts_only_courses_of_two_or_more_sessions()
    {
        var referral = D("2024-01-08");
        var tally = new WaitingTimeStandardsTally(Rules);
        tally.Add(Rules.Measure(referral, referral.PlusDays(60), referral.PlusDays(67)).AsT0, finishedCourse: true);
        tally.Add(Rules.Measure(referral, referral.PlusDays(5)).AsT0, finishedCourse: false);
        Assert.Equal(1, tally.Headline.Count);
        Assert.Equal(0, tally.Headline.WithinSixWeeks);
    }
}

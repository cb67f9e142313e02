using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using NodaTime;
using NodaTime.Text;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Specifications.Waiting;

/// <summary>
/// M4 §6.4.2 (waiting times standard) with the NHS Digital counting of weeks and wait bands, as the default rule
/// set encodes them. Source: seeds/001_a2cac0063d4a7b45.txt §6.4.2 and §8; reference fact sheet §5.
/// </summary>
public class M4_6_4_2_WaitingTimes
{
    private static readonly WaitingTimeRules Rules = RuleSet.ManualV4.Waiting;

    private static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    /// <summary>
    /// M4 §6.4.2: the standard "refers to the period of time between the date that an initial referral was received
    /// and the start of the course of treatment"; the wait is the days between (same day = 0).
    /// </summary>
    [Theory]
    [InlineData("2024-01-08", "2024-01-08", 0)]
    [InlineData("2024-01-08", "2024-01-09", 1)]
    [InlineData("2024-01-08", "2024-02-19", 42)]
    [InlineData("2024-01-08", "2024-05-13", 126)]
    public void The_clock_runs_from_the_day_the_referral_was_received_to_the_first_treatment_session(string received, string firstTreatment, int days)
    {
        Assert.Equal(days, Rules.Measure(D(received), D(firstTreatment)).AsT0.DaysToFirstTreatment);
    }

    /// <summary>M4 §6.4.2: first treatment "within 6 weeks"; NHSD: a wait of at most 42 days.</summary>
    [Theory]
    [InlineData(41, true)]
    [InlineData(42, true)]
    [InlineData(43, false)]
    public void Within_6_weeks_is_a_wait_of_at_most_42_days(int days, bool within)
    {
        var referral = D("2024-01-08");
        Assert.Equal(within, Rules.Measure(referral, referral.PlusDays(days)).AsT0.IsWithinSixWeeks);
    }

    /// <summary>M4 §6.4.2: first treatment "within 18 weeks"; NHSD: a wait of at most 126 days.</summary>
    [Theory]
    [InlineData(125, true)]
    [InlineData(126, true)]
    [InlineData(127, false)]
    public void Within_18_weeks_is_a_wait_of_at_most_126_days(int days, bool within)
    {
        var referral = D("2024-01-08");
        Assert.Equal(within, Rules.Measure(referral, referral.PlusDays(days)).AsT0.IsWithinEighteenWeeks);
    }

    /// <summary>M4 §6.4.2: "75% should have their first treatment session within 6 weeks, and 95% within 18 weeks".</summary>
    [Theory]
    [InlineData("6 weeks", "0.75")]
    [InlineData("18 weeks", "0.95")]
    public void The_standard_targets_are_75_and_95_percent(string standard, string target)
    {
        var threshold = standard == "6 weeks" ? Rules.SixWeekTarget : Rules.EighteenWeekTarget;
        Assert.Equal(target, threshold.Value.ToString());
        Assert.Equal("M4", threshold.Source.Document);
    }

    /// <summary>
    /// M4 §6.4.2: the headline standard counts "the referrals that have a course of treatment"; the secondary
    /// benchmark "applies to everyone who has at least one session ... coded as 'assessment and treatment' or
    /// 'treatment'".
    /// </summary>
    [Fact]
    public void The_headline_standard_counts_finished_courses_and_the_secondary_benchmark_everyone_seen_at_least_once()
    {
        var referral = D("2024-01-08");
        var tally = new WaitingTimeStandardsTally(Rules);
        tally.Add(Rules.Measure(referral, referral.PlusDays(10)).AsT0, finishedCourse: true);   // a course, within 6 weeks
        tally.Add(Rules.Measure(referral, referral.PlusDays(50)).AsT0, finishedCourse: false);  // one session only, over 6 weeks
        tally.Add(Rules.Measure(referral, null).AsT0, finishedCourse: false);                   // still waiting: neither

        Assert.Equal(1, tally.Headline.Count);
        Assert.True(tally.Headline.MeetsSixWeekTarget);
        Assert.Equal(2, tally.Secondary.Count);
        Assert.False(tally.Secondary.MeetsSixWeekTarget);   // 1 of 2 = 50%
    }

    /// <summary>
    /// M4 §6.4.2: "there should not be an excessive wait between the first and second appointment"; NHSD reports
    /// first-to-second waits over 28 days and over 90 days.
    /// </summary>
    [Theory]
    [InlineData(28, false, false)]
    [InlineData(29, true, false)]
    [InlineData(90, true, false)]
    [InlineData(91, true, true)]
    public void In_service_waits_from_first_to_second_session_are_flagged_over_28_and_over_90_days(int gap, bool over28, bool over90)
    {
        var first = D("2024-02-01");
        var wait = Rules.Measure(D("2024-01-08"), first, first.PlusDays(gap)).AsT0;
        Assert.Equal(over28, wait.IsFirstToSecondOverLongGap);
        Assert.Equal(over90, wait.IsFirstToSecondOverVeryLongGap);
    }

    /// <summary>
    /// M4 §6.4.2: "the wait between the last low-intensity therapy session and the first high-intensity session
    /// should be minimised and certainly should not exceed the waiting time standard for the first intervention".
    /// </summary>
    [Theory]
    [InlineData(42, true)]
    [InlineData(43, false)]
    public void The_step_up_wait_should_not_exceed_the_6_week_standard(int days, bool within)
    {
        var lastLow = D("2024-03-04");
        Assert.Equal(within, Rules.MeasureStepUp(lastLow, lastLow.PlusDays(days)).AsT0.IsWithinStandard);
    }

    /// <summary>NHSD: the wait bands of the national dashboards, one case per band with its edges.</summary>
    [Theory]
    [InlineData("0-28", 0, 28)]
    [InlineData("29-56", 29, 56)]
    [InlineData("57-90", 57, 90)]
    [InlineData("over-90", 91, 365)]
    public void Wait_band(string band, int shortest, int longest)
    {
        Assert.Equal(band, Rules.FindBand(shortest).Key);
        Assert.Equal(band, Rules.FindBand(longest).Key);
        Assert.NotEqual(band, Rules.FindBand(shortest - 1 < 0 ? longest + 1 : shortest - 1).Key);
    }

    /// <summary>
    /// M4 §8: "Pauses will not be taken into consideration when calculating waiting times": every calendar day
    /// counts, holidays included.
    /// </summary>
    [Fact]
    public void Pauses_are_not_taken_into_account_every_calendar_day_counts()
    {
        Assert.Equal(14, Rules.Measure(D("2023-12-20"), D("2024-01-03")).AsT0.DaysToFirstTreatment);
    }
}

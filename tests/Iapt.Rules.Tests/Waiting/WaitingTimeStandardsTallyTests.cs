using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using NodaTime;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>The headline standard and the secondary benchmark over many referrals (M4 §6.4.2, §8).</summary>
public class WaitingTimeStandardsTallyTests
{
    private static readonly WaitingTimeRules Rules = RuleSet.ManualV4.Waiting;
    private static readonly LocalDate Referral = new(2024, 1, 8);

    private static ReferralWait Wait(int? days) =>
        Rules.Measure(Referral, days is int d ? Referral.PlusDays(d) : null).AsT0;

    private static WaitingTimeStandardsTally Tally(params (int? Days, bool Finished)[] referrals)
    {
        var tally = new WaitingTimeStandardsTally(Rules);
        foreach (var (days, finished) in referrals)
        {
            Assert.True(tally.Add(Wait(days), finished).IsT0);
        }

        return tally;
    }

    [Fact]
    public void The_headline_standard_counts_only_finished_courses_and_the_secondary_benchmark_everyone_seen()
    {
        var tally = Tally((10, true), (42, true), (43, true), (127, false), (20, false), (null, false));

        // Headline: 10, 42, 43 -> 2 of 3 within 6 weeks, 3 of 3 within 18 weeks.
        Assert.Equal(StandardPopulation.FinishedCourses, tally.Headline.Population);
        Assert.Equal(3, tally.Headline.Count);
        Assert.Equal(2, tally.Headline.WithinSixWeeks);
        Assert.Equal(3, tally.Headline.WithinEighteenWeeks);

        // Secondary: 10, 42, 43, 127, 20 -> 3 of 5 within 6 weeks, 4 of 5 within 18 weeks.
        Assert.Equal(StandardPopulation.SeenAtLeastOnce, tally.Secondary.Population);
        Assert.Equal(5, tally.Secondary.Count);
        Assert.Equal(3, tally.Secondary.WithinSixWeeks);
        Assert.Equal(4, tally.Secondary.WithinEighteenWeeks);
        Assert.Equal(0.6m, tally.Secondary.SixWeekRate);
        Assert.Equal(0.8m, tally.Secondary.EighteenWeekRate);

        Assert.Equal(1, tally.NotTreated);
    }

    [Theory]
    [InlineData(3, 4, true)]    // 75% exactly meets the 75% target
    [InlineData(2, 3, false)]   // 66.7%
    [InlineData(74, 99, false)] // 74.7%
    [InlineData(4, 4, true)]
    public void The_6_week_target_is_met_at_75_percent_exactly(int within, int count, bool meets)
    {
        var referrals = Enumerable.Range(0, count).Select(i => ((int?)(i < within ? 42 : 43), true)).ToArray();
        Assert.Equal(meets, Tally(referrals).Headline.MeetsSixWeekTarget);
    }

    [Theory]
    [InlineData(19, 20, true)]   // 95% exactly meets the 95% target
    [InlineData(18, 20, false)]  // 90%
    [InlineData(94, 99, false)]  // 94.9%
    public void The_18_week_target_is_met_at_95_percent_exactly(int within, int count, bool meets)
    {
        var referrals = Enumerable.Range(0, count).Select(i => ((int?)(i < within ? 126 : 127), true)).ToArray();
        Assert.Equal(meets, Tally(referrals).Headline.MeetsEighteenWeekTarget);
    }

    [Fact]
    public void With_nobody_counted_there_is_no_rate_and_no_verdict()
    {
        var tally = Tally((null, false));
        Assert.Equal(0, tally.Headline.Count);
        Assert.Null(tally.Headline.SixWeekRate);
        Assert.Null(tally.Headline.MeetsSixWeekTarget);
        Assert.Null(tally.Secondary.MeetsEighteenWeekTarget);
    }

    [Fact]
    public void A_finished_course_without_a_first_treatment_is_rejected_not_counted()
    {
        var tally = new WaitingTimeStandardsTally(Rules);
        var error = tally.Add(Wait(null), finishedCourse: true).AsT1;
        Assert.Equal(WaitingErrorKind.FinishedCourseWithoutTreatment, error.Kind);
        Assert.Equal(1, tally.Rejected);
        Assert.Equal(0, tally.Headline.Count);
        Assert.Equal(0, tally.Secondary.Count);
    }

    [Fact]
    public void Merging_tallies_of_two_halves_gives_the_tally_of_the_whole()
    {
        var whole = Tally((10, true), (50, true), (130, false), (null, false));
        var first = Tally((10, true), (50, true));
        first.Merge(Tally((130, false), (null, false)));
        Assert.Equal(whole.Headline.ToString(), first.Headline.ToString());
        Assert.Equal(whole.Secondary.ToString(), first.Secondary.ToString());
        Assert.Equal(whole.NotTreated, first.NotTreated);
    }

    [Fact]
    public void A_default_wait_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => new WaitingTimeStandardsTally(Rules).Add(default, false));
    }

    [Fact]
    public void The_explanation_gives_counts_and_targets_with_sources()
    {
        Assert.Equal(
            "FinishedCourses: 1/2 within 6 weeks (target 0.75 (M4 §6.4.2, §8: 75% within 6 weeks)), 2/2 within 18 weeks (target 0.95 (M4 §6.4.2, §8: 95% within 18 weeks))",
            Tally((1, true), (100, true)).Headline.ToString());
    }

    private static WaitingTimeStandardsTally TallyOfEveryKind()
    {
        var tally = Tally((10, true), (42, true), (43, true), (127, true), (20, false), (127, false), (null, false));
        Assert.True(tally.Add(Wait(null), finishedCourse: true).IsT1);   // rejected
        return tally;
    }

    [Fact]
    public void Merging_a_tally_of_the_same_referrals_doubles_every_count()
    {
        var once = TallyOfEveryKind();
        var twice = TallyOfEveryKind();
        twice.Merge(TallyOfEveryKind());
        Assert.Equal(
            (2 * once.Headline.Count, 2 * once.Headline.WithinSixWeeks, 2 * once.Headline.WithinEighteenWeeks),
            (twice.Headline.Count, twice.Headline.WithinSixWeeks, twice.Headline.WithinEighteenWeeks));
        Assert.Equal(
            (2 * once.Secondary.Count, 2 * once.Secondary.WithinSixWeeks, 2 * once.Secondary.WithinEighteenWeeks),
            (twice.Secondary.Count, twice.Secondary.WithinSixWeeks, twice.Secondary.WithinEighteenWeeks));
        Assert.Equal((2, 2), (twice.NotTreated, twice.Rejected));
        Assert.Equal((4, 2, 3), (once.Headline.Count, once.Headline.WithinSixWeeks, once.Headline.WithinEighteenWeeks));
        Assert.Equal((6, 3, 4), (once.Secondary.Count, once.Secondary.WithinSixWeeks, once.Secondary.WithinEighteenWeeks));
    }

    [Fact]
    public void Merging_tallies_of_different_rules_is_a_programming_error()
    {
        var other = new WaitingTimeStandardsTally(Rules with { SixWeekStandardDays = new(43, new Iapt.Rules.Provenance.Source("LOCAL", "test")) });
        Assert.Throws<ArgumentException>(() => new WaitingTimeStandardsTally(Rules).Merge(other));
    }
}

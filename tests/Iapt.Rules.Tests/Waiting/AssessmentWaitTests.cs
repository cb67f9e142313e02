using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using NodaTime;
using static Iapt.Rules.Tests.Waiting.Dates;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>Referral to first assessment (reference §9; RtB 7.10): per referral and tallied.</summary>
public class AssessmentWaitTests
{
    private static readonly WaitingTimeRules Rules = RuleSet.ManualV4.Waiting;
    private static readonly LocalDate Referral = D("2024-01-08");

    [Theory]
    [InlineData(13, true, "0-28")]
    [InlineData(14, true, "0-28")]
    [InlineData(15, false, "0-28")]
    [InlineData(0, true, "0-28")]
    [InlineData(56, false, "29-56")]
    [InlineData(57, false, "57-90")]
    public void The_days_the_standard_and_the_band(int days, bool within, string band)
    {
        var wait = Rules.MeasureAssessment(Referral, Referral.PlusDays(days)).AsT0;
        Assert.True(wait.IsAssessed);
        Assert.Equal(days, wait.Days);
        Assert.Equal(within, wait.IsWithinStandard);
        Assert.Equal(band, wait.Band!.Key);
        Assert.Equal(Rules.Bands.IndexOf(wait.Band), wait.BandIndex);
        Assert.Equal(Referral.PlusDays(days), wait.FirstAssessmentDate);
    }

    [Fact]
    public void A_referral_not_yet_assessed_has_no_figures()
    {
        var wait = Rules.MeasureAssessment(Referral, null).AsT0;
        Assert.False(wait.IsAssessed);
        Assert.Null(wait.Days);
        Assert.Null(wait.IsWithinStandard);
        Assert.Null(wait.Band);
        Assert.Equal(-1, wait.BandIndex);
        Assert.Null(wait.FirstAssessmentDate);
        Assert.Equal("not yet assessed", wait.ToString());
    }

    [Fact]
    public void An_assessment_before_the_referral_is_an_error_naming_the_field()
    {
        var error = Rules.MeasureAssessment(Referral, Referral.PlusDays(-1)).AsT1;
        Assert.Equal(WaitingErrorKind.AssessmentBeforeReferral, error.Kind);
        Assert.Equal("first_assessment_date", error.Field);
        Assert.Equal("first_assessment_date: before the referral date", error.Message);
    }

    [Theory]
    [InlineData("2024-01-08", "2024-01-23", null, 15)]
    [InlineData("2024-01-08", "", null, null)]
    [InlineData("", "2024-01-23", "referral_date", null)]
    [InlineData("08/01/2024", "2024-01-23", "referral_date", null)]
    [InlineData("2024-01-08", "2024-02-30", "first_assessment_date", null)]
    [InlineData("2024-01-08", "2024-01-07", "first_assessment_date", null)]
    public void From_text(string referral, string assessment, string? errorField, int? days)
    {
        var result = Rules.MeasureAssessmentText(referral, assessment);
        if (errorField is null)
        {
            Assert.Equal(days, result.AsT0.Days);
        }
        else
        {
            Assert.Equal(errorField, result.AsT1.Field);
        }
    }

    [Fact]
    public void The_tally_worked_by_hand()
    {
        // Assessed in April 2024 after 0, 14, 15, 28, 29 and 91 days; one assessed in March, one not assessed.
        // Within 14 days: 0 and 14, so 2 of 6 = 1/3. Bands: 0-28 has 0, 14, 15, 28 (4); 29-56 has 29 (1); over-90 has 91 (1).
        var tally = new AssessmentWaitTally(Rules, new DateInterval(D("2024-04-01"), D("2024-04-30")));
        var assessed = D("2024-04-20");
        foreach (int days in new[] { 0, 14, 15, 28, 29, 91 })
        {
            tally.Add(Rules.MeasureAssessment(assessed.PlusDays(-days), assessed).AsT0);
        }

        tally.Add(Rules.MeasureAssessment(D("2024-03-01"), D("2024-03-31")).AsT0);
        tally.Add(Rules.MeasureAssessment(D("2024-04-02"), null).AsT0);

        var result = tally.Result();
        Assert.Equal(6, result.Assessed);
        Assert.Equal(2, result.WithinStandard);
        Assert.Equal(1m / 3m, result.WithinStandardRate);
        Assert.Equal(1, result.NotAssessed);
        Assert.Equal(1, tally.OutsidePeriod);
        Assert.Equal([4, 1, 0, 1], result.Bands.Select(b => b.Count));
        Assert.Equal(["0-28", "29-56", "57-90", "over-90"], result.Bands.Select(b => b.Band.Key));
        Assert.Equal(14, result.StandardDays.Value);
    }

    [Fact]
    public void The_period_includes_both_of_its_ends()
    {
        var tally = new AssessmentWaitTally(Rules, new DateInterval(D("2024-04-01"), D("2024-04-30")));
        foreach (var day in new[] { "2024-03-31", "2024-04-01", "2024-04-30", "2024-05-01" })
        {
            tally.Add(Rules.MeasureAssessment(D("2024-03-20"), D(day)).AsT0);
        }

        Assert.Equal(2, tally.Assessed);
        Assert.Equal(2, tally.OutsidePeriod);
    }

    [Fact]
    public void Without_a_period_every_assessment_counts_and_an_empty_tally_has_no_rate()
    {
        var tally = new AssessmentWaitTally(Rules);
        Assert.Null(tally.Result().WithinStandardRate);
        tally.Add(Rules.MeasureAssessment(D("1990-01-01"), D("1990-01-02")).AsT0);
        Assert.Equal(1m, tally.Result().WithinStandardRate);
    }

    [Fact]
    public void Merged_tallies_equal_one_tally_over_all_the_referrals()
    {
        var whole = new AssessmentWaitTally(Rules);
        var left = new AssessmentWaitTally(Rules);
        var right = new AssessmentWaitTally(Rules);
        for (int days = 0; days < 120; days += 7)
        {
            var wait = Rules.MeasureAssessment(Referral, Referral.PlusDays(days)).AsT0;
            whole.Add(wait);
            (days % 2 == 0 ? left : right).Add(wait);
        }

        left.Merge(right);
        Assert.Equal(whole.Result().Bands.Select(b => b.Count), left.Result().Bands.Select(b => b.Count));
        Assert.Equal(whole.WithinStandard, left.WithinStandard);
        Assert.Equal(whole.Assessed, left.Assessed);
    }

    [Fact]
    public void Misuse_is_a_programmer_error()
    {
        var tally = new AssessmentWaitTally(Rules);
        Assert.Throws<ArgumentException>(() => tally.Add(default));
        Assert.Throws<ArgumentException>(() => tally.Merge(new AssessmentWaitTally(Rules, new DateInterval(Referral, Referral))));
        var other = Rules with { AssessmentStandardDays = new(7, new Source("Local", "one week")) };
        Assert.Throws<ArgumentException>(() => tally.Add(other.MeasureAssessment(Referral, Referral).AsT0));
    }

    [Fact]
    public void A_custom_standard_is_read_from_the_rules()
    {
        var local = Rules with { AssessmentStandardDays = new(7, new Source("Local", "one week")) };
        Assert.True(local.MeasureAssessment(Referral, Referral.PlusDays(7)).AsT0.IsWithinStandard);
        Assert.False(local.MeasureAssessment(Referral, Referral.PlusDays(8)).AsT0.IsWithinStandard);
    }

    [Fact]
    public void Measuring_and_tallying_allocates_nothing()
    {
        var tally = new AssessmentWaitTally(Rules, new DateInterval(D("2024-01-01"), D("2024-12-31")));
        var assessment = Referral.PlusDays(15);
        int sink = 0;
        void Once()
        {
            var wait = Rules.MeasureAssessment(Referral, assessment).AsT0;
            sink += wait.Days!.Value + wait.BandIndex + (wait.IsWithinStandard == true ? 1 : 0);
            tally.Add(wait);
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

    private static AssessmentWaitTally TallyOfEveryKind()
    {
        var tally = new AssessmentWaitTally(Rules, new DateInterval(D("2024-04-01"), D("2024-04-30")));
        tally.Add(Rules.MeasureAssessment(D("2024-04-10"), D("2024-04-20")).AsT0);   // assessed within 14 days
        tally.Add(Rules.MeasureAssessment(D("2024-03-01"), D("2024-04-20")).AsT0);   // assessed over 14 days
        tally.Add(Rules.MeasureAssessment(D("2024-03-01"), D("2024-03-31")).AsT0);   // assessed outside the period
        tally.Add(Rules.MeasureAssessment(D("2024-04-02"), null).AsT0);              // not assessed
        return tally;
    }

    [Fact]
    public void Merging_a_tally_of_the_same_referrals_doubles_every_count()
    {
        var once = TallyOfEveryKind();
        var twice = TallyOfEveryKind();
        twice.Merge(TallyOfEveryKind());
        Assert.Equal((4, 2, 2, 2), (twice.Assessed, twice.WithinStandard, twice.NotAssessed, twice.OutsidePeriod));
        Assert.Equal((2, 1, 1, 1), (once.Assessed, once.WithinStandard, once.NotAssessed, once.OutsidePeriod));
        Assert.Equal(once.Result().Bands.Select(b => 2 * b.Count), twice.Result().Bands.Select(b => b.Count));
    }

    [Fact]
    public void A_wait_measured_with_equal_rules_of_another_instance_is_counted()
    {
        var tally = new AssessmentWaitTally(Rules);
        tally.Add((Rules with { }).MeasureAssessment(Referral, Referral.PlusDays(3)).AsT0);
        Assert.Equal(1, tally.WithinStandard);
    }

    [Theory]
    [InlineData(14, "first assessment after 14 days, within the 14-day standard")]
    [InlineData(15, "first assessment after 15 days, over the 14-day standard")]
    public void A_wait_in_words_gives_its_days_and_the_standard(int days, string expected)
    {
        Assert.Equal(expected, Rules.MeasureAssessment(Referral, Referral.PlusDays(days)).AsT0.ToString());
    }

    [Fact]
    public void A_referral_not_yet_assessed_says_so_in_words()
    {
        Assert.Equal("not yet assessed", Rules.MeasureAssessment(Referral, null).AsT0.ToString());
    }
}

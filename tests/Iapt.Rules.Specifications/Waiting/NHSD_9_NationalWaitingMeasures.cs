using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using NodaTime;
using NodaTime.Text;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Specifications.Waiting;

/// <summary>
/// Reference fact sheet §9 "National measures beyond M4" (NHSD; NHS England core data pack): the proportion waiting
/// over 90 days between first and second treatment, of second treatments in the period (B03); referral to first
/// assessment, in the wait bands and within 14 days (RtB 7.10, 7.12); and the patient tracking list's views as of a
/// date (M4 §8.1.5): waiting more than 90 days for a first treatment, open pathways in treatment with no contact for
/// over 90 days. One named case per boundary.
/// </summary>
public class NHSD_9_NationalWaitingMeasures
{
    private static readonly WaitingTimeRules Rules = RuleSet.ManualV4.Waiting;
    private static readonly LocalDate Referral = D("2024-01-08");
    private static readonly DateInterval April = new(D("2024-04-01"), D("2024-04-30"));

    private static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    /// <summary>§9 B03: a gap of more than 90 days from first to second treatment is counted; 90 is not.</summary>
    [Theory]
    [InlineData(89, 0)]
    [InlineData(90, 0)]
    [InlineData(91, 1)]
    public void B03_a_first_to_second_gap_counts_over_90_days_only_above_90(int gap, int over)
    {
        var second = D("2024-04-15");
        var tally = new FirstToSecondTreatmentTally(Rules, April);
        tally.Add(Rules.Measure(Referral, second.PlusDays(-gap), second).AsT0);
        Assert.Equal(1, tally.SecondTreatments);
        Assert.Equal(over, tally.OverVeryLongGap);
    }

    /// <summary>§9 B03 "of second treatments in the period": the second session's date decides, both period ends included.</summary>
    [Theory]
    [InlineData("2024-03-31", 0)] // the day before the period
    [InlineData("2024-04-01", 1)] // its first day
    [InlineData("2024-04-30", 1)] // its last day
    [InlineData("2024-05-01", 0)] // the day after
    public void B03_counts_the_second_treatments_dated_in_the_period(string second, int counted)
    {
        var tally = new FirstToSecondTreatmentTally(Rules, April);
        tally.Add(Rules.Measure(D("2023-12-01"), D("2023-12-04"), D(second)).AsT0);
        Assert.Equal(counted, tally.SecondTreatments);
        Assert.Equal(counted, tally.OverVeryLongGap); // every gap here is over 90 days
    }

    /// <summary>RtB 7.10, 7.12: referral to assessment within 14 days (two weeks); 14 is within, 15 is not.</summary>
    [Theory]
    [InlineData(0, true)]
    [InlineData(13, true)]
    [InlineData(14, true)]
    [InlineData(15, false)]
    public void RtB_7_10_referral_to_first_assessment_is_within_14_days_at_14_or_fewer(int days, bool within)
    {
        var wait = Rules.MeasureAssessment(Referral, Referral.PlusDays(days)).AsT0;
        Assert.Equal(days, wait.Days);
        Assert.Equal(within, wait.IsWithinStandard);
    }

    /// <summary>§9 and NHSD wait bands (0-28, 29-56, 57-90, over 90): referral to first assessment in the same bands.</summary>
    [Theory]
    [InlineData(28, "0-28")]
    [InlineData(29, "29-56")]
    [InlineData(90, "57-90")]
    [InlineData(91, "over-90")]
    public void NHSD_referral_to_first_assessment_falls_in_the_dashboard_wait_bands(int days, string band)
    {
        Assert.Equal(band, Rules.MeasureAssessment(Referral, Referral.PlusDays(days)).AsT0.Band!.Key);
    }

    /// <summary>§9 tracking list: a referral waiting for a first treatment more than 90 days on the as-of date is counted.</summary>
    [Theory]
    [InlineData(89, false)]
    [InlineData(90, false)]
    [InlineData(91, true)]
    public void Tracking_list_counts_a_referral_waiting_more_than_90_days(int days, bool over)
    {
        var position = Rules.TrackOn(Referral, null, null, null, Referral.PlusDays(days)).AsT0;
        Assert.Equal(PathwayState.WaitingForFirstTreatment, position.State);
        Assert.Equal(over, position.IsWaitingOverLimit);
    }

    /// <summary>§9 "open pathways with no contact for over 90 days": in treatment, the last attended contact more than 90 days ago.</summary>
    [Theory]
    [InlineData(89, false)]
    [InlineData(90, false)]
    [InlineData(91, true)]
    public void Tracking_list_counts_an_open_referral_in_treatment_with_no_contact_for_more_than_90_days(int days, bool over)
    {
        var lastContact = D("2024-03-01");
        var position = Rules.TrackOn(Referral, D("2024-02-01"), lastContact, null, lastContact.PlusDays(days)).AsT0;
        Assert.Equal(PathwayState.InTreatment, position.State);
        Assert.Equal(over, position.IsNoContactOverLimit);
    }

    /// <summary>M4 §8.1.4: the list counts everyone referred and not yet seen or discharged; a discharge on the as-of date closes the referral.</summary>
    [Theory]
    [InlineData("2024-06-29", PathwayState.Closed)]
    [InlineData("2024-06-30", PathwayState.Closed)]
    [InlineData("2024-07-01", PathwayState.WaitingForFirstTreatment)]
    public void M4_8_1_4_a_referral_discharged_by_the_as_of_date_is_not_waiting(string discharge, PathwayState state)
    {
        Assert.Equal(state, Rules.TrackOn(Referral, null, null, D(discharge), D("2024-06-30")).AsT0.State);
    }

    /// <summary>M4 §8.1.4: a referral seen for treatment after the as-of date was still waiting on it.</summary>
    [Fact]
    public void M4_8_1_4_a_first_treatment_after_the_as_of_date_leaves_the_referral_waiting_on_it()
    {
        var asOf = D("2024-06-30");
        Assert.Equal(PathwayState.WaitingForFirstTreatment, Rules.TrackOn(Referral, asOf.PlusDays(1), null, null, asOf).AsT0.State);
        Assert.Equal(PathwayState.InTreatment, Rules.TrackOn(Referral, asOf, null, null, asOf).AsT0.State);
    }

    /// <summary>The limits of §9 are rule-set values with their sources (NHSD; RtB).</summary>
    [Fact]
    public void The_limits_are_sourced_rule_set_values()
    {
        Assert.Equal(90, Rules.FirstToSecondVeryLongGapDays.Value);
        Assert.Equal(14, Rules.AssessmentStandardDays.Value);
        Assert.Equal("RtB", Rules.AssessmentStandardDays.Source.Document);
        Assert.Equal(90, Rules.TrackingListLongWaitDays.Value);
        Assert.Equal("NHSD", Rules.TrackingListLongWaitDays.Source.Document);
        Assert.Equal(90, Rules.NoContactDays.Value);
        Assert.Equal("NHSD", Rules.NoContactDays.Source.Document);
    }
}

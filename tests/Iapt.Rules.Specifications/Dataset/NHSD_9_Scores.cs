using Iapt.Rules.Dataset;
using Iapt.Rules.Measures;
using static Iapt.Rules.Specifications.Dataset.Tables;
using static Iapt.Rules.Specifications.Outcomes.Referrals;

namespace Iapt.Rules.Specifications.Dataset;

/// <summary>
/// Scores in the national data set (IDS606 against the referral, IDS607 at a care contact): CodedAssToolType names
/// the measure (PHQ-9 720433000, GAD-7 445455005; NHS mental health data set reference table), PersScore is text
/// that may hold NA, Y, N or out-of-range values. Source: reference fact sheet §9.
/// </summary>
public class NHSD_9_Scores
{
    private static ContactScoreRow AtContact(string contactId, string tool, string score, long line = 2) => new(line, Id, contactId, tool, score);

    private static ReferralScoreRow AgainstReferral(string date, string tool, string score, long line = 2) => new(line, Id, tool, score, date);

    /// <summary>§9: the default tool map, one row per code.</summary>
    [Theory]
    [InlineData("720433000", MeasureKeys.Phq9)]
    [InlineData("445455005", MeasureKeys.Gad7)]
    public void Tool_types_of_the_default_map(string code, string measure)
    {
        Assert.True(Rules.RuleSets.RuleSet.ManualV4.Dataset.TryMeasureOf(code, out string? key));
        Assert.Equal(measure, key);
    }

    /// <summary>§9: the ADSM and WSAS codes are not confirmed here, so the default map leaves them to a service's rule set.</summary>
    [Fact]
    public void The_default_map_holds_only_the_confirmed_codes()
    {
        Assert.Equal([MeasureKeys.Phq9, MeasureKeys.Gad7], Rules.RuleSets.RuleSet.ManualV4.Dataset.Tools.Select(t => t.MeasureKey));
    }

    /// <summary>§9: first and last scores come from IDS607 rows of attended assessment or treatment contacts, in date order.</summary>
    [Fact]
    public void First_and_last_scores_from_contacts_in_date_order()
    {
        var translation = Translate(
            contacts: [Contact("C2", "2024-03-01"), Contact("C1", "2024-02-01", appType: "01")],
            contactScores: [AtContact("C2", Phq9, "8"), AtContact("C1", Phq9, "18")]);
        Assert.Equal(Scores(MeasureKeys.Phq9, 18, 8), translation.EpisodeOf().Outcome.Phq9);
    }

    /// <summary>§9: scores of a missed contact, or of a contact that is neither assessment nor treatment, do not count.</summary>
    [Theory]
    [InlineData("3", "02")]
    [InlineData("5", "06")]
    public void Scores_of_missed_or_other_contacts_do_not_count(string attend, string appType)
    {
        var translation = Translate(
            contacts: [Contact("C1", "2024-02-01", attend: attend, appType: appType), Contact("C2", "2024-03-01")],
            contactScores: [AtContact("C1", Phq9, "18"), AtContact("C2", Phq9, "8")]);
        Assert.Equal(Scores(MeasureKeys.Phq9, 8, null), translation.EpisodeOf().Outcome.Phq9);
    }

    /// <summary>§9: IDS606 scores count in date order with the contacts' scores.</summary>
    [Fact]
    public void Referral_scores_count_in_date_order()
    {
        var translation = Translate(
            contacts: [Contact("C1", "2024-02-01")],
            contactScores: [AtContact("C1", Phq9, "12")],
            referralScores: [AgainstReferral("2024-01-15", Phq9, "20")]);
        Assert.Equal(Scores(MeasureKeys.Phq9, 20, 12), translation.EpisodeOf().Outcome.Phq9);
    }

    /// <summary>§9: on one day an IDS607 score comes after an IDS606 score, whatever the values.</summary>
    [Theory]
    [InlineData("20", "8")]
    [InlineData("8", "20")]
    public void On_one_day_the_contact_score_comes_after_the_referral_score(string referralScore, string contactScore)
    {
        var translation = Translate(
            contacts: [Contact("C1", "2024-02-01")],
            contactScores: [AtContact("C1", Phq9, contactScore)],
            referralScores: [AgainstReferral("2024-02-01", Phq9, referralScore)]);
        Assert.Equal(Scores(MeasureKeys.Phq9, decimal.Parse(referralScore, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(contactScore, System.Globalization.CultureInfo.InvariantCulture)), translation.EpisodeOf().Outcome.Phq9);
    }

    /// <summary>§9: only scores dated on or before the discharge date count (the discharge date itself counts).</summary>
    [Theory]
    [InlineData("2024-06-30", 6)]
    [InlineData("2024-07-01", null)]
    public void Scores_after_discharge_do_not_count(string date, int? last)
    {
        var translation = Translate(
            contacts: [Contact("C1", "2024-02-01")],
            contactScores: [AtContact("C1", Phq9, "18")],
            referralScores: [AgainstReferral(date, Phq9, "6")]);
        Assert.Equal(Scores(MeasureKeys.Phq9, 18, last), translation.EpisodeOf().Outcome.Phq9);
    }

    /// <summary>§9: NA, Y, N, empty and out-of-range totals give no score and are counted by measure, never rejected.</summary>
    [Theory]
    [InlineData("NA")]
    [InlineData("Y")]
    [InlineData("N")]
    [InlineData("")]
    [InlineData("28")]
    [InlineData("-1")]
    public void Unusable_scores_are_counted_by_measure(string score)
    {
        var translation = Translate(contacts: [Contact("C1", "2024-02-01")], contactScores: [AtContact("C1", Phq9, score)]);
        Assert.Empty(translation.Rejections);
        Assert.Equal(new MeasureCount(MeasureKeys.Phq9, 1), translation.UnusableScores.Single());
        Assert.Empty(translation.Sessions.Single().Session.Scores);
    }

    /// <summary>§9: the boundaries of a valid PHQ-9 total (0 and 27) give scores; 05 reads as 5.</summary>
    [Theory]
    [InlineData("0", 0)]
    [InlineData("27", 27)]
    [InlineData("05", 5)]
    public void Totals_in_range_are_scores(string score, int expected)
    {
        var translation = Translate(contacts: [Contact("C1", "2024-02-01")], contactScores: [AtContact("C1", Phq9, score)]);
        Assert.Equal(expected, translation.Sessions.Single().Session.Scores.Single().WholeValue);
    }

    /// <summary>§9: a tool type the rule set does not map is ignored and counted.</summary>
    [Fact]
    public void Unmapped_tool_types_are_ignored_and_counted()
    {
        var translation = Translate(contacts: [Contact("C1", "2024-02-01")], contactScores: [AtContact("C1", "999999999", "5")]);
        Assert.Equal(1, translation.UnmappedToolTypes);
        Assert.Empty(translation.Rejections);
        Assert.Empty(translation.Sessions.Single().Session.Scores);
    }
}

using Iapt.Rules.Dataset;
using Iapt.Rules.Episodes;
using Iapt.Rules.Outcomes;
using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;
using NodaTime;

namespace Iapt.Rules.Tests.Dataset;

public class NationalDatasetTests
{
    private const string Phq9 = "720433000";
    private const string Gad7 = "445455005";

    private static ReferralRow Referral(string id, long line, string? discharge = "2024-06-30", string? month = null) =>
        new(line, id, "2024-01-01", discharge) { UniqMonthId = month };

    private static CareContactRow Contact(string id, string contact, string date, long line, string attend = "5", string appType = "02", string? month = null) =>
        new(line, id, contact, date, attend, appType) { UniqMonthId = month };

    /// <summary>A finished course: two treatment sessions, PHQ-9 18 to 6 and GAD-7 15 to 4 (recovered, reliable improvement).</summary>
    private static DatasetInput Recovered(string id = "P1", NhsdValues flags = default) => new()
    {
        Referrals = [Referral(id, 2) with { Flags = flags }],
        CareContacts = [Contact(id, "C1", "2024-02-01", 2), Contact(id, "C2", "2024-03-01", 3)],
        ContactScores =
        [
            new(2, id, "C1", Phq9, "18"), new(3, id, "C1", Gad7, "15"),
            new(4, id, "C2", Phq9, "6"), new(5, id, "C2", Gad7, "4"),
        ],
        PresentingComplaints = [new(2, id, "F32.1", "P", "2024-01-01")],
    };

    [Fact]
    public void A_given_month_is_later_than_none()
    {
        var translation = NationalDataset.Translate(RuleSet.ManualV4, new DatasetInput
        {
            Referrals = [Referral("P1", 2, discharge: "2024-05-31", month: "1450"), Referral("P1", 3, discharge: null)],
            CareContacts = [],
        });
        Assert.Equal(new LocalDate(2024, 5, 31), translation.Referrals.Single().DischargeDate);
    }

    [Fact]
    public void A_rejected_row_supersedes_nothing()
    {
        var translation = NationalDataset.Translate(RuleSet.ManualV4, new DatasetInput
        {
            Referrals = [Referral("P1", 2, month: "1450"), Referral("P1", 3, discharge: "bad", month: "1451")],
            CareContacts = [],
        });
        Assert.Equal(new LocalDate(2024, 6, 30), translation.Referrals.Single().DischargeDate);
        Assert.Equal(new DatasetTableCount(DatasetTable.Referral, 2, 1, 0, 1), translation.Counts[0]);
    }

    [Theory]
    [InlineData("14.5")]
    [InlineData("-1")]
    [InlineData("M1450")]
    public void A_month_that_is_not_a_whole_number_is_rejected(string month)
    {
        var translation = NationalDataset.Translate(RuleSet.ManualV4, new DatasetInput { Referrals = [Referral("P1", 2, month: month)], CareContacts = [] });
        Assert.Equal(new DatasetRejection(DatasetTable.Referral, 2, "UniqMonthID", DatasetRecordRules.MonthExpected), translation.Rejections.Single());
    }

    [Fact]
    public void Contacts_of_a_referral_whose_rows_were_all_rejected_are_rejected()
    {
        var translation = NationalDataset.Translate(RuleSet.ManualV4, new DatasetInput
        {
            Referrals = [Referral("P1", 2, discharge: "2023-01-01")],
            CareContacts = [Contact("P1", "C1", "2024-02-01", 2)],
        });
        Assert.Equal(DatasetRecordRules.UnknownReferral, translation.Rejections[1].Reason);
        Assert.Empty(translation.Referrals);
    }

    [Fact]
    public void Scores_and_activities_of_a_resubmitted_contact_join_the_latest_submission()
    {
        var translation = NationalDataset.Translate(RuleSet.ManualV4, new DatasetInput
        {
            Referrals = [Referral("P1", 2)],
            CareContacts = [Contact("P1", "C1", "2024-02-01", 2, month: "1450"), Contact("P1", "C1", "2024-02-03", 3, month: "1451")],
            CareActivities = [new(2, "P1", "C1", "304891004")],
            ContactScores = [new(2, "P1", "C1", Phq9, "12")],
        });
        var session = translation.Sessions.Single().Session;
        Assert.Equal(new LocalDate(2024, 2, 3), session.Date);
        Assert.Equal(Rules.Episodes.Intensity.High, session.Intensity);
        Assert.Equal(12, session.Scores.Single().WholeValue);
    }

    [Fact]
    public void A_referral_score_before_the_referral_is_rejected()
    {
        var translation = NationalDataset.Translate(RuleSet.ManualV4, new DatasetInput
        {
            Referrals = [Referral("P1", 2)],
            CareContacts = [],
            ReferralScores = [new(4, "P1", Phq9, "12", "2023-12-31"), new(5, "P1", Phq9, "12", "2024-01-01")],
        });
        Assert.Equal(new DatasetRejection(DatasetTable.ReferralScores, 4, "AssToolCompDate", RecordRules.SessionBeforeReferral.Reason), translation.Rejections.Single());
        Assert.Equal(SessionType.ReferralScores, translation.Sessions.Single().Session.Type);
    }

    [Fact]
    public void The_report_is_the_batch_report_of_the_translation_with_the_tables_rows()
    {
        var input = Recovered();
        var result = NationalDataset.Report(RuleSet.ManualV4, input);
        var translation = NationalDataset.Translate(RuleSet.ManualV4, input);
        var batch = ServiceReportBatch.Run(RuleSet.ManualV4, translation.Referrals, translation.Sessions);
        Assert.Equal(batch.Report.Breakdowns.Length, result.Report.Breakdowns.Length);
        Assert.Equal(batch.Report.Sections.Length + 1, result.Report.Sections.Length);
        Assert.Equal(batch.Report.Headline with { RowsRead = 8, RowsRejected = 0 }, result.Report.Headline);
        Assert.Equal(1, result.Report.Headline.Recovered);
        Assert.Equal(NationalDataset.DatasetSection, result.Report.Sections[^1].Key);
        Assert.False(result.HasFlags);

        // The report keeps no session (each went to its referral's state); the translation's counts are the same.
        Assert.Empty(result.Translation.Sessions);
        Assert.NotEmpty(translation.Sessions);
        Assert.Equal(translation.Counts.ToArray(), result.Translation.Counts.ToArray());
        Assert.Equal(translation.Referrals.ToArray(), result.Translation.Referrals.ToArray());
    }

    [Fact]
    public void The_dataset_section_counts_rows_unusable_scores_and_unmapped_tools()
    {
        var input = Recovered() with { ReferralScores = [new(2, "P1", Phq9, "NA", "2024-02-01"), new(3, "P1", "999999", "5", "2024-02-01")] };
        var section = NationalDataset.Report(RuleSet.ManualV4, input).Report.Sections.Single(s => s.Key == NationalDataset.DatasetSection);
        Assert.Equal(1, section.Figures.Single(f => f.Key == "ids101referral_rows_read").Count);
        Assert.Equal(2, section.Figures.Single(f => f.Key == "ids606codedscoreassessmentrefer_rows_used").Count);
        Assert.Equal(1, section.Figures.Single(f => f.Key == "unusable_scores_phq9").Count);
        Assert.Equal(1, section.Figures.Single(f => f.Key == "unmapped_tool_types").Count);
    }

    [Fact]
    public void Breakdowns_read_the_rows_attributes()
    {
        var input = Recovered() with { Referrals = [Referral("P1", 2) with { Attributes = ["46"] }] };
        var report = NationalDataset.Report(RuleSet.ManualV4, input, new ServiceReportBatchOptions { Breakdowns = ["EndCode"] }).Report;
        Assert.Contains(report.Breakdowns, b => b.Key == "EndCode");
    }

    [Fact]
    public void Flags_that_agree_give_full_agreement_and_no_disagreements()
    {
        var flags = default(NhsdValues).With(NhsdIndicator.CompletedTreatment, true).With(NhsdIndicator.Recovery, true)
            .With(NhsdIndicator.NotCaseness, false).With(NhsdIndicator.ReliableImprovement, true).With(NhsdIndicator.ReliableDeterioration, false);
        var result = NationalDataset.Report(RuleSet.ManualV4, Recovered(flags: flags));
        Assert.True(result.HasFlags);
        Assert.Empty(result.Disagreements);
        Assert.All(result.Agreement, a => Assert.Equal((1L, 1L), (a.Compared, a.Agreed)));
        var section = result.Report.Sections.Single(s => s.Key == NationalDataset.AgreementSection);
        Assert.All(section.Figures, f => Assert.Equal(1m, f.Rate));
    }

    [Fact]
    public void A_disagreement_names_the_referral_the_flag_both_values_and_the_outcomes_explanation()
    {
        var flags = default(NhsdValues).With(NhsdIndicator.Recovery, false);
        var input = Recovered(flags: flags);
        var result = NationalDataset.Report(RuleSet.ManualV4, input);
        var disagreement = result.Disagreements.Single();
        Assert.Equal(("P1", NhsdIndicator.Recovery, false, true), (disagreement.PathwayId, disagreement.Flag, disagreement.NhsDigital, disagreement.Engine));
        var episode = Episode.FromSessions(new OutcomeClassifier(RuleSet.ManualV4), Rules.ProblemDescriptors.ProblemDescriptor.Depression, new LocalDate(2024, 6, 30),
            NationalDataset.Translate(RuleSet.ManualV4, input).Sessions.Select(s => s.Session));
        Assert.Equal(new OutcomeClassifier(RuleSet.ManualV4).Explain(episode.Outcome).ToString(), disagreement.Explanation);
        Assert.Equal(new FlagAgreement(NhsdIndicator.Recovery, 1, 0), result.Agreement[(int)NhsdIndicator.Recovery]);
        Assert.Equal(0m, result.Agreement[(int)NhsdIndicator.Recovery].Rate);
        Assert.Null(result.Agreement[(int)NhsdIndicator.NotCaseness].Rate);
    }

    [Fact]
    public void Engine_values_of_an_unfinished_referral_are_all_false()
    {
        var outcome = new OutcomeClassifier(RuleSet.ManualV4).Classify(new OutcomeInput { Descriptor = Rules.ProblemDescriptors.ProblemDescriptor.Depression });
        Assert.All(NhsdValues.All, flag => Assert.False(NationalDataset.EngineValue(flag, outcome)));
    }
}

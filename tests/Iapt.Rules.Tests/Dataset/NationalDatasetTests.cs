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

    private const string LowIntensity = "748051000000105";
    private const string HighIntensity = "304891004";

    private static DatasetTranslation Translate(DatasetInput input) => NationalDataset.Translate(RuleSet.ManualV4, input);

    private static DatasetInput OneReferral() => new() { Referrals = [Referral("P1", 2)], CareContacts = [Contact("P1", "C1", "2024-02-01", 2)] };

    private static ReportSection Section(DatasetReport result, string key) => result.Report.Sections.Single(s => s.Key == key);

    // Bad rows of each table: rejected with the table, the line and the field (reference §9, "Bad rows").

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_referral_row_without_a_PathwayID_is_rejected(string id)
    {
        var translation = Translate(new DatasetInput { Referrals = [Referral(id, 7)], CareContacts = [] });
        Assert.Equal(new DatasetRejection(DatasetTable.Referral, 7, "PathwayID", DatasetRecordRules.EmptyKey), translation.Rejections.Single());
        Assert.Empty(translation.Referrals);
    }

    [Fact]
    public void A_care_contact_without_a_PathwayID_is_rejected()
    {
        var translation = Translate(OneReferral() with { CareContacts = [Contact("", "C1", "2024-02-01", 4)] });
        Assert.Equal(new DatasetRejection(DatasetTable.CareContact, 4, "PathwayID", DatasetRecordRules.EmptyKey), translation.Rejections.Single());
    }

    [Fact]
    public void A_care_contact_without_a_CareContactId_is_rejected()
    {
        var translation = Translate(OneReferral() with { CareContacts = [Contact("P1", " ", "2024-02-01", 4)] });
        Assert.Equal(new DatasetRejection(DatasetTable.CareContact, 4, "CareContactId", DatasetRecordRules.EmptyKey), translation.Rejections.Single());
        Assert.Empty(translation.Sessions);
    }

    [Fact]
    public void A_care_contact_whose_month_is_not_a_whole_number_is_rejected()
    {
        var translation = Translate(OneReferral() with { CareContacts = [Contact("P1", "C1", "2024-02-01", 4, month: "May")] });
        Assert.Equal(new DatasetRejection(DatasetTable.CareContact, 4, "UniqMonthID", DatasetRecordRules.MonthExpected), translation.Rejections.Single());
        Assert.Empty(translation.Sessions);
    }

    [Fact]
    public void A_care_contact_dated_before_its_referral_is_rejected_and_not_a_session()
    {
        var translation = Translate(OneReferral() with { CareContacts = [Contact("P1", "C1", "2023-12-31", 4)] });
        Assert.Equal(new DatasetRejection(DatasetTable.CareContact, 4, "CareContDate", RecordRules.SessionBeforeReferral.Reason), translation.Rejections.Single());
        Assert.Empty(translation.Sessions);
    }

    [Fact]
    public void A_care_contact_whose_AppType_is_not_a_code_is_rejected()
    {
        var translation = Translate(OneReferral() with { CareContacts = [Contact("P1", "C1", "2024-02-01", 4, appType: "AB")] });
        Assert.Equal(new DatasetRejection(DatasetTable.CareContact, 4, "AppType", DatasetRecordRules.AppointmentTypeExpected), translation.Rejections.Single());
        Assert.Empty(translation.Sessions);
    }

    [Theory]
    [InlineData("", "C1", "PathwayID")]
    [InlineData("P1", "", "CareContactId")]
    public void A_care_activity_without_a_key_is_rejected(string id, string contact, string field)
    {
        var translation = Translate(OneReferral() with { CareActivities = [new(5, id, contact, HighIntensity)] });
        Assert.Equal(new DatasetRejection(DatasetTable.CareActivity, 5, field, DatasetRecordRules.EmptyKey), translation.Rejections.Single());
        Assert.Equal(Intensity.Unknown, translation.Sessions.Single().Session.Intensity);
    }

    [Theory]
    [InlineData("", "C1", "PathwayID")]
    [InlineData("P1", " ", "CareContactId")]
    public void A_contact_score_without_a_key_is_rejected(string id, string contact, string field)
    {
        var translation = Translate(OneReferral() with { ContactScores = [new(6, id, contact, Phq9, "12")] });
        Assert.Equal(new DatasetRejection(DatasetTable.ContactScores, 6, field, DatasetRecordRules.EmptyKey), translation.Rejections.Single());
        Assert.Empty(translation.Sessions.Single().Session.Scores);
    }

    [Fact]
    public void A_presenting_complaint_without_a_PathwayID_is_rejected()
    {
        var translation = Translate(OneReferral() with { PresentingComplaints = [new(3, "", "F32.1", "P", "2024-01-01")] });
        Assert.Equal(new DatasetRejection(DatasetTable.PresentingComplaints, 3, "PathwayID", DatasetRecordRules.EmptyKey), translation.Rejections.Single());
    }

    [Fact]
    public void A_presenting_complaint_with_an_unreadable_date_is_rejected()
    {
        var translation = Translate(OneReferral() with { PresentingComplaints = [new(3, "P1", "F32.1", "P", "2024-02-30")] });
        Assert.Equal(new DatasetRejection(DatasetTable.PresentingComplaints, 3, "PresCompDate", RecordFields.DateExpected), translation.Rejections.Single());
        Assert.Equal(Translate(OneReferral()).Referrals.Single().Descriptor, translation.Referrals.Single().Descriptor);
    }

    [Fact]
    public void A_presenting_complaint_of_an_unknown_referral_is_rejected()
    {
        var translation = Translate(OneReferral() with { PresentingComplaints = [new(3, "P2", "F32.1", "P", "2024-01-01")] });
        Assert.Equal(new DatasetRejection(DatasetTable.PresentingComplaints, 3, "PathwayID", DatasetRecordRules.UnknownReferral), translation.Rejections.Single());
    }

    [Theory]
    [InlineData(" ", "2024-02-01", "PathwayID", "empty")]
    [InlineData("P1", "01/02/2024", "AssToolCompDate", "date")]
    public void A_referral_score_without_a_PathwayID_or_with_an_unreadable_date_is_rejected(string id, string date, string field, string reason)
    {
        var translation = Translate(OneReferral() with { ReferralScores = [new(8, id, Phq9, "12", date)] });
        var expected = reason == "empty" ? DatasetRecordRules.EmptyKey : RecordFields.DateExpected;
        Assert.Equal(new DatasetRejection(DatasetTable.ReferralScores, 8, field, expected), translation.Rejections.Single());
    }

    [Fact]
    public void An_optional_table_given_as_null_is_read_as_no_rows()
    {
        var translation = Translate(OneReferral() with { CareActivities = null!, PresentingComplaints = null!, ContactScores = null!, ReferralScores = null! });
        Assert.Equal(Translate(OneReferral()).Counts.ToArray(), translation.Counts.ToArray());
        Assert.Single(translation.Sessions);
    }

    // Latest submission wins (reference §9): the same key in the same month, on the same line, goes to the row read later.

    [Fact]
    public void Of_two_referral_rows_with_the_same_month_and_line_the_one_read_later_is_used()
    {
        var translation = Translate(new DatasetInput
        {
            Referrals = [Referral("P1", 2, discharge: "2024-05-31", month: "1450"), Referral("P1", 2, discharge: "2024-06-30", month: "1450")],
            CareContacts = [],
        });
        Assert.Equal(new LocalDate(2024, 6, 30), translation.Referrals.Single().DischargeDate);
        Assert.Equal(new DatasetTableCount(DatasetTable.Referral, 2, 1, 1, 0), translation.Counts[0]);
    }

    [Fact]
    public void Of_two_care_contact_rows_with_the_same_month_and_line_the_one_read_later_is_used()
    {
        var translation = Translate(OneReferral() with
        {
            CareContacts = [Contact("P1", "C1", "2024-02-01", 3, month: "1450"), Contact("P1", "C1", "2024-02-08", 3, month: "1450")],
        });
        Assert.Equal(new LocalDate(2024, 2, 8), translation.Sessions.Single().Session.Date);
    }

    // The problem descriptor from IDS603 (reference §8): primary before secondary before other, then the most recent
    // date, then the later line, then the row read later.

    private static Rules.ProblemDescriptors.ProblemDescriptor DescriptorOf(params PresentingComplaintRow[] rows) =>
        Translate(OneReferral() with { PresentingComplaints = rows }).Referrals.Single().Descriptor;

    private static PresentingComplaintRow Complaint(long line, string? code, string significance, string date) =>
        new(line, "P1", code, significance, date);

    private const string Depression = "F32.1";
    private const string Agoraphobia = "F40.0";

    [Fact]
    public void A_primary_complaint_ranks_before_a_later_and_more_recent_secondary_one()
    {
        Assert.Equal(DescriptorOf(Complaint(2, Depression, "P", "2024-01-01")),
            DescriptorOf(Complaint(2, Depression, "P", "2024-01-01"), Complaint(3, Agoraphobia, "S", "2024-03-01")));
        Assert.Equal(DescriptorOf(Complaint(2, Depression, "P", "2024-01-01")),
            DescriptorOf(Complaint(3, Agoraphobia, "S", "2024-03-01"), Complaint(2, Depression, "p", "2024-01-01")));
    }

    [Fact]
    public void A_secondary_complaint_ranks_before_a_later_and_more_recent_one_of_other_significance()
    {
        Assert.Equal(DescriptorOf(Complaint(2, Depression, "S", "2024-01-01")),
            DescriptorOf(Complaint(2, Depression, " s ", "2024-01-01"), Complaint(3, Agoraphobia, "X", "2024-03-01")));
        Assert.NotEqual(DescriptorOf(Complaint(2, Depression, "S", "2024-01-01")), DescriptorOf(Complaint(3, Agoraphobia, "X", "2024-03-01")));
    }

    [Fact]
    public void Of_two_complaints_of_one_significance_and_date_the_later_line_wins_even_when_read_first()
    {
        Assert.Equal(DescriptorOf(Complaint(9, Agoraphobia, "P", "2024-01-01")),
            DescriptorOf(Complaint(9, Agoraphobia, "P", "2024-01-01"), Complaint(4, Depression, "P", "2024-01-01")));
    }

    [Fact]
    public void Of_two_complaints_of_one_significance_date_and_line_the_one_read_later_wins()
    {
        Assert.Equal(DescriptorOf(Complaint(4, Agoraphobia, "P", "2024-01-01")),
            DescriptorOf(Complaint(4, Depression, "P", "2024-01-01"), Complaint(4, Agoraphobia, "P", "2024-01-01")));
    }

    [Fact]
    public void A_complaint_row_without_a_code_gives_no_descriptor_and_ranks_after_a_coded_one()
    {
        Assert.Equal(Translate(OneReferral()).Referrals.Single().Descriptor, DescriptorOf(Complaint(2, null, "P", "2024-01-01")));
        Assert.Equal(DescriptorOf(Complaint(2, Depression, "S", "2023-01-01")),
            DescriptorOf(Complaint(2, Depression, "S", "2023-01-01"), Complaint(3, null, "P", "2024-01-01")));
    }

    // Sessions as the translation gives them.

    [Fact]
    public void A_referral_score_is_an_attended_session_of_its_own()
    {
        var session = Translate(OneReferral() with { CareContacts = [], ReferralScores = [new(2, "P1", Phq9, "12", "2024-01-02")] }).Sessions.Single().Session;
        Assert.True(session.Attended);
        Assert.Equal(SessionType.ReferralScores, session.Type);
    }

    [Fact]
    public void A_contact_keeps_all_of_its_scores_however_many_there_are()
    {
        ContactScoreRow[] scores = [.. Enumerable.Range(0, 9).Select(k => new ContactScoreRow(k + 2, "P1", "C1", k % 2 == 0 ? Phq9 : Gad7, (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        var session = Translate(OneReferral() with { ContactScores = scores }).Sessions.Single().Session;
        Assert.Equal(Enumerable.Range(1, 9).Select(v => (int?)v), session.Scores.Select(s => s.WholeValue));
    }

    [Fact]
    public void Every_unusable_score_is_counted_by_measure_in_measure_order()
    {
        var translation = Translate(OneReferral() with
        {
            ContactScores = [new(2, "P1", "C1", Phq9, "NA"), new(3, "P1", "C1", Phq9, "28"), new(4, "P1", "C1", Gad7, "Y")],
        });
        Assert.Equal([new MeasureCount("gad7", 1), new MeasureCount("phq9", 2)], translation.UnusableScores.ToArray());
    }

    [Fact]
    public void A_referral_row_without_attributes_has_none_in_its_record()
    {
        var attributes = Translate(OneReferral()).Referrals.Single().Attributes;
        Assert.False(attributes.IsDefault);
        Assert.Empty(attributes);
    }

    [Fact]
    public void A_report_with_breakdowns_refuses_a_referral_row_without_a_value_for_each()
    {
        Assert.Throws<ArgumentException>(() => NationalDataset.Report(RuleSet.ManualV4, Recovered(), new ServiceReportBatchOptions { Breakdowns = ["EndCode"] }));
    }

    // The report: the batch report of the translation, plus the tables' rows and the agreement with NHS Digital.

    [Fact]
    public void The_report_has_the_batch_reports_figures_including_stepping_from_each_treatment_sessions_intensity()
    {
        var input = Recovered() with { CareActivities = [new(2, "P1", "C1", LowIntensity), new(3, "P1", "C2", HighIntensity)] };
        var result = NationalDataset.Report(RuleSet.ManualV4, input);
        var translation = Translate(input);
        var batch = ServiceReportBatch.Run(RuleSet.ManualV4, translation.Referrals, translation.Sessions).Report;
        Assert.Equal(batch.Sections.Length + 1, result.Report.Sections.Length);
        for (int s = 0; s < batch.Sections.Length; s++)
        {
            Assert.Equal(batch.Sections[s].Key, result.Report.Sections[s].Key);
            Assert.Equal(batch.Sections[s].Figures.ToArray(), result.Report.Sections[s].Figures.ToArray());
        }

        var lowThenHigh = batch.Sections.SelectMany(s => s.Figures).Where(f => f.Key.Contains("step", StringComparison.Ordinal) && f.Count > 0);
        Assert.NotEmpty(lowThenHigh);
    }

    [Fact]
    public void The_dataset_section_names_each_tables_rows_read_used_superseded_and_rejected()
    {
        var input = Recovered() with
        {
            Referrals = [Referral("P1", 2, month: "1450"), Referral("P1", 3, month: "1451"), Referral("", 4)],
            ReferralScores = [new(2, "P1", Phq9, "NA", "2024-02-01"), new(3, "P1", "999999", "5", "2024-02-01")],
        };
        var section = Section(NationalDataset.Report(RuleSet.ManualV4, input), NationalDataset.DatasetSection);
        Assert.Equal("National data set: rows and data quality", section.Title);
        const string rule = "reference §9 (rows read = used + superseded + rejected)";
        Assert.Equal(
            [
                ReportFigure.Of("ids101referral_rows_read", "IDS101Referral: rows read", 3, rule: rule),
                ReportFigure.Of("ids101referral_rows_used", "IDS101Referral: rows used", 1, 3, rule),
                ReportFigure.Of("ids101referral_rows_superseded", "IDS101Referral: rows superseded", 1, 3, rule),
                ReportFigure.Of("ids101referral_rows_rejected", "IDS101Referral: rows rejected", 1, 3, rule),
            ],
            section.Figures.Take(4).ToArray());
        Assert.Equal(
            [
                ReportFigure.Of("unusable_scores_phq9", "Unusable scores (NA, Y, N, empty, out of range): phq9", 1, rule: "reference §9 (PersScore)"),
                ReportFigure.Of("unmapped_tool_types", "Score rows of a tool type the rule set does not map (ignored)", 1, rule: "reference §9 (CodedAssToolType)"),
            ],
            section.Figures.TakeLast(2).ToArray());
        Assert.Equal(DatasetTables.All.Length * 4 + 2, section.Figures.Length);
    }

    [Fact]
    public void The_agreement_section_has_a_figure_for_each_flag_compared_and_none_for_the_others()
    {
        var result = NationalDataset.Report(RuleSet.ManualV4, Recovered(flags: default(NhsdValues).With(NhsdIndicator.Recovery, true)));
        var section = Section(result, NationalDataset.AgreementSection);
        Assert.Equal("Agreement with NHS Digital's flags", section.Title);
        Assert.Equal(
            [ReportFigure.Of("agreement_recovery_flag", "Agreement with Recovery_Flag", 1, 1, "reference §9 (NHS Digital's derived columns)")],
            section.Figures.ToArray());
    }

    [Fact]
    public void A_report_without_flags_has_no_agreement_section()
    {
        Assert.DoesNotContain(NationalDataset.Report(RuleSet.ManualV4, Recovered()).Report.Sections, s => s.Key == NationalDataset.AgreementSection);
    }
}

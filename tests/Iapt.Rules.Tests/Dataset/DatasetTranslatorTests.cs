using System.Collections.Immutable;
using Iapt.Rules.Dataset;
using Iapt.Rules.Episodes;
using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;
using NodaTime;

namespace Iapt.Rules.Tests.Dataset;

/// <summary>
/// The streaming translator: its order of tables, its single use, cells trimmed, and the shortcuts it takes for
/// sorted extracts (the row before's referral and contact, then the next ones) giving what a lookup gives.
/// </summary>
public class DatasetTranslatorTests
{
    private const string Phq9 = "720433000";

    private static DatasetTranslator WithReferrals(params string[] ids)
    {
        var translator = new DatasetTranslator(RuleSet.ManualV4);
        for (int i = 0; i < ids.Length; i++)
        {
            translator.AddReferral(i + 2, ids[i], "2024-01-01", "2024-06-30", default, default, default);
        }

        return translator;
    }

    [Fact]
    public void A_row_of_a_table_before_one_already_added_is_a_programming_error()
    {
        var translator = WithReferrals("P1");
        translator.AddCareContact(2, "P1", "C1", "2024-02-01", "5", "02", default);
        var error = Assert.Throws<InvalidOperationException>(() => translator.AddReferral(3, "P2", "2024-01-01", default, default, default, default));
        Assert.Contains("IDS101Referral after rows of IDS201CareContact", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_may_be_skipped()
    {
        var translator = WithReferrals("P1");
        translator.AddReferralScore(2, "P1", Phq9, "12", "2024-02-01");
        var translation = translator.Translate();
        Assert.Equal(SessionType.ReferralScores, translation.Sessions.Single().Session.Type);
    }

    [Fact]
    public void A_translator_gives_its_result_once()
    {
        var translator = WithReferrals("P1");
        _ = translator.Translate();
        Assert.Throws<InvalidOperationException>(() => translator.Translate());
        Assert.Throws<InvalidOperationException>(() => translator.Report());
        Assert.Throws<InvalidOperationException>(() => translator.AddContactScore(2, "P1", "C1", Phq9, "1"));
    }

    [Fact]
    public void A_report_also_ends_the_translation()
    {
        var translator = WithReferrals("P1");
        var report = translator.Report();
        Assert.Equal(1, report.Report.Headline.RowsRead);
        Assert.Throws<InvalidOperationException>(() => translator.Translate());
    }

    [Fact]
    public void Cells_are_trimmed_here()
    {
        var translator = new DatasetTranslator(RuleSet.ManualV4);
        translator.AddReferral(2, " P1 ", " 2024-01-01 ", " 2024-06-30 ", " 1450 ", default, default);
        translator.AddCareContact(2, "P1 ", " C1", " 2024-02-01", " 05 ", " 02 ", " 1450");
        translator.AddCareActivity(2, " P1", "C1 ", " 304891004 ");
        translator.AddContactScore(2, " P1", " C1 ", $" {Phq9} ", " 12 ");
        var translation = translator.Translate();
        Assert.Empty(translation.Rejections);
        var referral = translation.Referrals.Single();
        Assert.Equal("P1", referral.Id);
        Assert.Equal(new LocalDate(2024, 6, 30), referral.DischargeDate);
        var session = translation.Sessions.Single().Session;
        Assert.Equal(Intensity.High, session.Intensity);
        Assert.Equal(12, session.Scores.Single().WholeValue);
    }

    [Fact]
    public void Rows_out_of_the_referrals_order_find_their_referral_and_contact_as_sorted_rows_do()
    {
        static DatasetTranslation Translate(bool sorted)
        {
            var translator = WithReferrals("P1", "P2", "P3");
            string[] order = sorted ? ["P1", "P2", "P3"] : ["P3", "P1", "P2"];
            long line = 2;
            foreach (string id in order)
            {
                translator.AddCareContact(line++, id, "C1", "2024-02-01", "5", "02", default);
                translator.AddCareContact(line++, id, "C2", "2024-03-01", "5", "02", default);
            }

            // Scores in the opposite order of contacts: the row before's contact and the next one are both wrong guesses.
            string[] scoreOrder = sorted ? ["P1", "P2", "P3"] : ["P2", "P3", "P1"];
            foreach (string id in scoreOrder)
            {
                translator.AddContactScore(line++, id, sorted ? "C1" : "C2", Phq9, sorted ? "18" : "6");
                translator.AddContactScore(line++, id, sorted ? "C2" : "C1", Phq9, sorted ? "6" : "18");
            }

            return translator.Translate();
        }

        var sorted = Translate(sorted: true);
        var unsorted = Translate(sorted: false);
        Assert.Empty(unsorted.Rejections);
        Assert.Equal(
            sorted.Sessions.Select(s => (s.ReferralId, s.Session.Date, s.Session.Scores.Single().WholeValue)).Order(),
            unsorted.Sessions.Select(s => (s.ReferralId, s.Session.Date, s.Session.Scores.Single().WholeValue)).Order());
    }

    [Fact]
    public void A_contact_id_of_another_referral_is_not_taken_for_the_next_contact()
    {
        var translator = WithReferrals("P1", "P2");
        translator.AddCareContact(2, "P1", "C1", "2024-02-01", "5", "02", default);
        translator.AddCareContact(3, "P2", "C2", "2024-02-01", "5", "02", default);
        translator.AddContactScore(2, "P1", "C1", Phq9, "10");
        translator.AddContactScore(3, "P1", "C2", Phq9, "10");
        var translation = translator.Translate();
        var rejection = translation.Rejections.Single();
        Assert.Equal((DatasetTable.ContactScores, 3L, DatasetTables.CareContactId), (rejection.Table, rejection.Line, rejection.Field));
    }

    [Fact]
    public void A_superseded_contact_keeps_its_place_in_its_referral_so_its_later_contacts_are_still_found()
    {
        var translator = WithReferrals("P1");
        translator.AddCareContact(2, "P1", "C1", "2024-02-01", "5", "02", "1450");
        translator.AddCareContact(3, "P1", "C2", "2024-03-01", "5", "02", "1450");
        translator.AddCareContact(4, "P1", "C1", "2024-02-08", "5", "02", "1451");
        translator.AddCareActivity(5, "P1", "C2", "304891004");
        translator.AddContactScore(6, "P1", "C1", Phq9, "18");
        var translation = translator.Translate();
        Assert.Empty(translation.Rejections);
        Assert.Equal(
            [(new LocalDate(2024, 2, 8), Intensity.Unknown, 1), (new LocalDate(2024, 3, 1), Intensity.High, 0)],
            translation.Sessions.Select(s => (s.Session.Date, s.Session.Intensity, s.Session.Scores.Length)));
    }

    [Fact]
    public void Of_two_rows_alike_in_month_and_line_the_one_added_later_is_used()
    {
        var translator = new DatasetTranslator(RuleSet.ManualV4);
        translator.AddReferral(2, "P1", "2024-01-01", "2024-05-31", "1450", default, default);
        translator.AddReferral(2, "P1", "2024-01-01", "2024-06-30", "1450", default, default);
        translator.AddCareContact(2, "P1", "C1", "2024-02-01", "5", "02", "1450");
        translator.AddCareContact(2, "P1", "C1", "2024-02-08", "5", "02", "1450");
        translator.AddPresentingComplaint(2, "P1", "F32.1", "P", "2024-01-01");
        translator.AddPresentingComplaint(2, "P1", "F41.1", "P", "2024-01-01");
        var translation = translator.Translate();
        Assert.Equal(new LocalDate(2024, 6, 30), translation.Referrals.Single().DischargeDate);
        Assert.Equal(new LocalDate(2024, 2, 8), translation.Sessions.Single().Session.Date);
        Assert.Equal(RuleSet.ManualV4.Descriptors.Resolve("F41.1").Descriptor, translation.Referrals.Single().Descriptor);
        Assert.NotEqual(RuleSet.ManualV4.Descriptors.Resolve("F32.1").Descriptor, translation.Referrals.Single().Descriptor);
    }

    [Fact]
    public void A_contact_s_scores_keep_their_reading_order()
    {
        var translator = WithReferrals("P1");
        translator.AddCareContact(2, "P1", "C1", "2024-02-01", "5", "02", default);
        translator.AddContactScore(2, "P1", "C1", Phq9, "18");
        translator.AddContactScore(3, "P1", "C1", "445455005", "15");
        translator.AddContactScore(4, "P1", "C1", Phq9, "17");
        var scores = translator.Translate().Sessions.Single().Session.Scores;
        Assert.Equal([18, 15, 17], scores.Select(s => s.WholeValue));
    }

    [Fact]
    public void Many_tool_types_are_each_judged_by_the_rule_set_even_past_those_remembered()
    {
        var translator = WithReferrals("P1");
        translator.AddCareContact(2, "P1", "C1", "2024-02-01", "5", "02", default);
        for (int i = 0; i < 100; i++)
        {
            translator.AddContactScore(i + 2, "P1", "C1", (1_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), "3");
        }

        translator.AddContactScore(200, "P1", "C1", Phq9, "9");
        var translation = translator.Translate();
        Assert.Equal(100, translation.UnmappedToolTypes);
        Assert.Equal(9, translation.Sessions.Single().Session.Scores.Single().WholeValue);
    }

    [Fact]
    public void The_translator_and_the_rows_api_give_the_same_translation()
    {
        var input = new DatasetInput
        {
            Referrals = [new ReferralRow(2, "P1", "2024-01-01", null) { UniqMonthId = "1450", Attributes = ImmutableArray.Create("f") }],
            CareContacts = [new CareContactRow(2, "P1", "C1", "2024-02-01", "5", "02"), new CareContactRow(3, "P1", "C2", "2024-03-01", "3", "05")],
            CareActivities = [new CareActivityRow(2, "P1", "C1", "748051000000105")],
            PresentingComplaints = [new PresentingComplaintRow(2, "P1", "F32.1", "P", null)],
            ContactScores = [new ContactScoreRow(2, "P1", "C1", Phq9, "18"), new ContactScoreRow(3, "P1", "C9", Phq9, "1")],
            ReferralScores = [new ReferralScoreRow(2, "P1", Phq9, "NA", "2024-01-10")],
        };
        var viaRows = NationalDataset.Translate(RuleSet.ManualV4, input);

        var translator = new DatasetTranslator(RuleSet.ManualV4);
        translator.AddReferral(2, "P1", "2024-01-01", default, "1450", ImmutableArray.Create("f"), default);
        translator.AddCareContact(2, "P1", "C1", "2024-02-01", "5", "02", default);
        translator.AddCareContact(3, "P1", "C2", "2024-03-01", "3", "05", default);
        translator.AddCareActivity(2, "P1", "C1", "748051000000105");
        translator.AddPresentingComplaint(2, "P1", "F32.1", "P", default);
        translator.AddContactScore(2, "P1", "C1", Phq9, "18");
        translator.AddContactScore(3, "P1", "C9", Phq9, "1");
        translator.AddReferralScore(2, "P1", Phq9, "NA", "2024-01-10");
        var viaSpans = translator.Translate();

        Assert.Equal(
            viaRows.Referrals.Select(r => (r.Id, r.ReferralDate, r.Descriptor, r.DischargeDate, string.Join(",", r.Attributes))),
            viaSpans.Referrals.Select(r => (r.Id, r.ReferralDate, r.Descriptor, r.DischargeDate, string.Join(",", r.Attributes))));
        Assert.Equal(viaRows.Sessions.Select(s => (s.ReferralId, s.Session.Date, s.Session.Type, s.Session.Attended, s.Session.Intensity, s.Session.Scores.Length)),
            viaSpans.Sessions.Select(s => (s.ReferralId, s.Session.Date, s.Session.Type, s.Session.Attended, s.Session.Intensity, s.Session.Scores.Length)));
        Assert.Equal(viaRows.Counts.ToArray(), viaSpans.Counts.ToArray());
        Assert.Equal(viaRows.Rejections.ToArray(), viaSpans.Rejections.ToArray());
        Assert.Equal(viaRows.UnusableScores.ToArray(), viaSpans.UnusableScores.ToArray());
        Assert.Single(viaSpans.Rejections);
        Assert.Equal(new MeasureCount("phq9", 1), viaSpans.UnusableScores.Single());
    }

    /// <summary>Two referrals with treatment, missed or cancelled contacts and IDS606 scores each (P1 recovers), and a third with none.</summary>
    private static DatasetTranslator TwoCourses(string secondContact)
    {
        var translator = WithReferrals("P1", "P2", "P3");
        translator.AddCareContact(2, "P1", "C1", "2024-02-01", "5", "02", default);
        translator.AddCareContact(3, "P1", "C2", "2024-02-08", secondContact, "02", default);
        translator.AddCareContact(4, "P1", "C3", "2024-03-01", "5", "02", default);
        translator.AddCareContact(5, "P2", "C1", "2024-02-01", "5", "02", default);
        translator.AddCareContact(6, "P2", "C2", "2024-02-08", secondContact, "05", default);
        translator.AddCareContact(7, "P2", "C3", "2024-03-01", "5", "02", default);
        translator.AddPresentingComplaint(2, "P1", "F32.1", "P", "2024-01-01");
        translator.AddPresentingComplaint(3, "P2", "F32.1", "P", "2024-01-01");
        translator.AddReferralScore(2, "P1", Phq9, "18", "2024-02-01");
        translator.AddReferralScore(3, "P1", "445455005", "15", "2024-02-01");
        translator.AddReferralScore(6, "P1", Phq9, "6", "2024-03-01");
        translator.AddReferralScore(7, "P1", "445455005", "4", "2024-03-01");
        translator.AddReferralScore(4, "P2", Phq9, "20", "2024-02-01");
        translator.AddReferralScore(5, "P2", Phq9, "19", "2024-03-01");
        return translator;
    }

    [Theory]
    [InlineData("2")]
    [InlineData("3")]
    public void The_report_feeds_each_referral_the_sessions_its_translation_gives_it(string secondContact)
    {
        var result = TwoCourses(secondContact).Report(new ServiceReportBatchOptions { MaxDegreeOfParallelism = 1 });
        var translation = TwoCourses(secondContact).Translate();
        var batch = ServiceReportBatch.Run(RuleSet.ManualV4, translation.Referrals, translation.Sessions).Report;
        Assert.Equal(batch.Headline with { RowsRead = result.Report.Headline.RowsRead }, result.Report.Headline);
        for (int s = 0; s < batch.Sections.Length; s++)
        {
            Assert.Equal(batch.Sections[s].Key, result.Report.Sections[s].Key);
            Assert.Equal(batch.Sections[s].Figures.ToArray(), result.Report.Sections[s].Figures.ToArray());
        }

        Assert.Equal(1, result.Report.Headline.Recovered);
    }

    [Fact]
    public void A_cancelled_contact_is_not_a_missed_appointment_in_the_report()
    {
        static IEnumerable<ReportFigure> Figures(string secondContact) =>
            TwoCourses(secondContact).Report().Report.Sections.SelectMany(s => s.Figures);

        Assert.NotEqual(Figures("2").Select(f => (f.Key, f.Count)), Figures("3").Select(f => (f.Key, f.Count)));
    }

    [Fact]
    public void Hundreds_of_contacts_of_one_referral_are_each_found_by_their_own_id()
    {
        var translator = WithReferrals("P1");
        for (int i = 0; i < 600; i++)
        {
            string date = new LocalDate(2024, 1, 1).PlusDays(i % 300).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            translator.AddCareContact(i + 2, "P1", $"C{i}", date, "5", "02", default);
        }

        // Scores in reverse order, so that no row's contact is the one before's or the next: each is found by its walk
        // (600 ids share 256 one-byte hashes, so some walks pass contacts of the same hash).
        for (int i = 599; i >= 0; i--)
        {
            translator.AddContactScore(1000 - i, "P1", $"C{i}", Phq9, (i % 28).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var translation = translator.Translate();
        Assert.Empty(translation.Rejections);
        var sessions = translation.Sessions.Select(s => s.Session).ToArray();
        Assert.Equal(600, sessions.Length);
        for (int i = 0; i < 600; i++)
        {
            Assert.Equal(i % 28, sessions[i].Scores.Single().WholeValue);
        }
    }
}

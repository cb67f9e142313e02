using System.Globalization;
using Iapt.Rules.Csv;
using Iapt.Rules.Dataset;
using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Csv;

/// <summary>
/// The same synthetic service written both ways (two files, and the national data set's tables) gives the same
/// report (issue 14). The tables carry PHQ-9 and GAD-7 only (the confirmed tool codes) and intensity but not the
/// intervention, so the two-file side is given the same: its other score columns and interventions are blanked.
/// </summary>
public sealed class SampleDatasetTests : IDisposable
{
    private const int Referrals = 1500;
    private const int Seed = 2020;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"iapt-sample-both-{Guid.NewGuid():N}");

    public SampleDatasetTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (ServiceReport TwoFiles, Rules.Dataset.DatasetReport Dataset) BothWays()
    {
        string files = Path.Combine(_folder, "files"), tables = Path.Combine(_folder, "tables");
        Directory.CreateDirectory(files);
        Directory.CreateDirectory(tables);
        SampleService.WriteFiles(Referrals, Seed, files);
        string sessions = Path.Combine(files, ServiceReportFiles.SessionsFile);
        var lines = File.ReadAllLines(sessions);
        var header = lines[0].Split(',');
        int intervention = Array.IndexOf(header, "intervention");
        File.WriteAllLines(sessions, lines.Select((line, n) =>
        {
            if (n == 0)
            {
                return line;
            }

            var cells = line.Split(',');
            for (int i = 0; i < cells.Length; i++)
            {
                if (i == intervention || (i > intervention && header[i] is not ("phq9" or "gad7")))
                {
                    cells[i] = "";
                }
            }

            return string.Join(',', cells);
        }));
        var twoFiles = ServiceReportFiles.Read(Path.Combine(files, ServiceReportFiles.ReferralsFile), sessions);
        SampleDataset.WriteFiles(Referrals, Seed, tables);
        return (twoFiles, NationalDatasetFiles.Read(tables));
    }

    private static string Json(ServiceReport report)
    {
        var trimmed = report with
        {
            Headline = report.Headline with { RowsRead = 0, RowsRejected = 0 },
            Sections = [.. report.Sections.Where(s => s.Key is not (Rules.Dataset.NationalDataset.DatasetSection or Rules.Dataset.NationalDataset.AgreementSection))],
        };
        var text = new StringWriter();
        JsonReportWriter.Write(trimmed, text);
        return text.ToString();
    }

    [Fact]
    public void The_same_service_written_both_ways_gives_the_same_report()
    {
        var (twoFiles, dataset) = BothWays();
        Assert.True(twoFiles.Headline.Finished > 100);
        Assert.Equal(twoFiles.Headline with { RowsRead = 0, RowsRejected = 0 }, dataset.Report.Headline with { RowsRead = 0, RowsRejected = 0 });
        Assert.Equal(Json(twoFiles), Json(dataset.Report));
    }

    [Fact]
    public void The_tables_hold_resubmissions_several_descriptors_cancellations_and_disagreeing_flags()
    {
        var (_, dataset) = BothWays();
        var counts = dataset.Translation.Counts;
        Assert.All(counts.Take(4), c => Assert.True(c.Read > 0));
        Assert.True(counts[0].Superseded > 0 && counts[1].Superseded > 0 && counts[3].Superseded > 0);
        Assert.True(dataset.HasFlags);
        Assert.Contains(dataset.Disagreements, d => d.Flag == Rules.Dataset.NhsdIndicator.Recovery);
        Assert.True(dataset.Agreement.All(a => a.Compared == dataset.Translation.Referrals.Length));
        Assert.True(dataset.Translation.UnmappedToolTypes > 0);
    }

    // ---- The tables as written (issue 14, "The sample"), each rule read back from the files ----

    // Seed 2020's first duplicated referral id is its 965th referral.
    private const int Shape = 1000;

    private sealed record Written(List<Dictionary<string, string>> TwoFileReferrals, List<Dictionary<string, string>> TwoFileSessions,
        Dictionary<DatasetTable, List<Dictionary<string, string>>> Tables, IReadOnlyDictionary<DatasetTable, long> Counts, string Folder);

    private static List<Dictionary<string, string>> Rows(string[] lines)
    {
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(line =>
        {
            var cells = line.Split(',');
            Assert.Equal(header.Length, cells.Length);
            return header.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        })];
    }

    private Written Write(int referrals)
    {
        string folder = Path.Combine(_folder, $"shape-{referrals}");
        Directory.CreateDirectory(folder);
        var counts = SampleDataset.WriteFiles(referrals, Seed, folder);
        var r = new StringWriter(CultureInfo.InvariantCulture);
        var s = new StringWriter(CultureInfo.InvariantCulture);
        SampleService.Write(referrals, Seed, r, s);
        var tables = DatasetTables.All.ToDictionary(t => t, t => Rows(File.ReadAllLines(Path.Combine(folder, NationalDatasetFiles.FileNameOf(t)))));
        return new Written(Rows(r.ToString().TrimEnd('\n').Split('\n')), Rows(s.ToString().TrimEnd('\n').Split('\n')), tables, counts, folder);
    }

    /// <summary>The two-file referral rows numbered from 1 (bad rows included), keeping the first row of each id.</summary>
    private static List<(int Number, Dictionary<string, string> Row)> FirstRows(Written w)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. w.TwoFileReferrals.Select((row, n) => (Number: n + 1, Row: row)).Where(x => seen.Add(x.Row["referral_id"]))];
    }

    private static double Share<T>(List<T> items, Func<T, bool> which) => items.Count(which) / (double)items.Count;

    private static void InBand(double low, double share, double high, string what) =>
        Assert.True(share >= low && share <= high, $"{what}: {share:0.000} is outside {low}-{high}");

    [Fact]
    public void A_negative_count_or_a_missing_folder_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => SampleDataset.WriteFiles(-1, Seed, _folder));
        Assert.Throws<ArgumentNullException>(() => SampleDataset.WriteFiles(1, Seed, null!));
    }

    /// <summary>The two required tables are written without referrals too, so that an empty sample is still a folder the report reads.</summary>
    [Fact]
    public void No_referrals_writes_the_six_tables_with_their_headers_alone()
    {
        var w = Write(0);
        Assert.All(DatasetTables.All, t => Assert.Single(File.ReadAllLines(Path.Combine(w.Folder, NationalDatasetFiles.FileNameOf(t)))));
        Assert.All(w.Counts.Values, c => Assert.Equal(0, c));
        Assert.Equal(
            "PathwayID,ReferralRequestReceivedDate,ServDischDate,UniqMonthID,EndCode,age_band,gender,ethnicity," + string.Join(',', NhsdValues.All.Select(NhsdValues.ColumnOf)),
            File.ReadAllLines(Path.Combine(w.Folder, NationalDatasetFiles.FileNameOf(DatasetTable.Referral)))[0]);
    }

    [Fact]
    public void Each_table_s_count_is_the_rows_written_and_a_second_write_replaces_the_files()
    {
        string folder = Path.Combine(_folder, "twice");
        Directory.CreateDirectory(folder);
        SampleDataset.WriteFiles(300, Seed, folder);
        var counts = SampleDataset.WriteFiles(60, Seed + 1, folder);
        Assert.All(DatasetTables.All, t => Assert.Equal(File.ReadAllLines(Path.Combine(folder, NationalDatasetFiles.FileNameOf(t))).Length - 1, counts[t]));
        Assert.InRange(counts[DatasetTable.Referral], 60, 80);
        Assert.Equal((byte)'P', File.ReadAllBytes(Path.Combine(folder, NationalDatasetFiles.FileNameOf(DatasetTable.Referral)))[0]);
    }

    /// <summary>
    /// Latest submission wins: every fifth referral also has an earlier month's row, still open then; the sample's
    /// duplicate id is written as an earlier month than its first row; a discharged referral ends with code 46.
    /// </summary>
    [Fact]
    public void Every_fifth_referral_has_an_earlier_open_submission_and_a_duplicate_id_an_earlier_month()
    {
        var w = Write(Shape);
        var ids101 = w.Tables[DatasetTable.Referral].GroupBy(r => r["PathwayID"]).ToDictionary(g => g.Key, g => g.ToList());
        var first = FirstRows(w);
        foreach (var (number, row) in first)
        {
            var rows = ids101[row["referral_id"]];
            var used = rows.Single(r => r["UniqMonthID"] == "1452");
            Assert.Equal((row["referral_date"], row["discharge_date"]), (used["ReferralRequestReceivedDate"], used["ServDischDate"]));
            Assert.Equal(row["discharge_date"].Length > 0 ? "46" : "", used["EndCode"]);
            var earlier = rows.Where(r => r["UniqMonthID"] == "1450").ToList();
            Assert.Equal(number % 5 == 0 ? 1 : 0, earlier.Count);
            Assert.All(earlier, e => Assert.Equal(("", "", row["referral_date"]), (e["ServDischDate"], e["EndCode"], e["ReferralRequestReceivedDate"])));
        }

        int duplicates = w.TwoFileReferrals.Count - first.Count;
        Assert.True(duplicates > 0);
        Assert.Equal(duplicates, w.Tables[DatasetTable.Referral].Count(r => r["UniqMonthID"] == "1451"));
        Assert.Equal(w.TwoFileReferrals.Count + first.Count(f => f.Number % 5 == 0), w.Tables[DatasetTable.Referral].Count);
    }

    /// <summary>NHS Digital's flags are the engine's own, but every 17th referral's Recovery_Flag and every 23rd's CompletedTreatment_Flag, which disagree.</summary>
    [Fact]
    public void The_flags_disagree_with_the_engine_exactly_at_every_17th_recovery_and_23rd_completed_treatment()
    {
        var w = Write(Shape);
        var result = NationalDatasetFiles.Read(w.Folder);
        var used = result.Translation.Referrals.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var expected = FirstRows(w).Where(f => used.Contains(f.Row["referral_id"])).SelectMany(f =>
            new[] { (f.Number % 17 == 0, NhsdIndicator.Recovery), (f.Number % 23 == 0, NhsdIndicator.CompletedTreatment) }
                .Where(x => x.Item1).Select(x => (f.Row["referral_id"], x.Item2)));
        Assert.Equal(expected.Order(), result.Disagreements.Select(d => (d.PathwayId, d.Flag)).Order());
        Assert.All(w.Tables[DatasetTable.Referral], r => Assert.All(NhsdValues.All, f => Assert.True(r[NhsdValues.ColumnOf(f)] is "True" or "False")));
        Assert.Contains(w.Tables[DatasetTable.Referral], r => r[NhsdValues.ColumnOf(NhsdIndicator.Recovery)] == "True");
        Assert.Contains(w.Tables[DatasetTable.Referral], r => r[NhsdValues.ColumnOf(NhsdIndicator.Recovery)] == "False");
    }

    /// <summary>Each descriptor is the referral's primary complaint on its referral date; every third referral also has a secondary one recorded later (§8 ranks the primary first).</summary>
    [Fact]
    public void A_descriptor_is_the_primary_complaint_and_every_third_referral_has_a_later_secondary_one()
    {
        var w = Write(Shape);
        var complaints = w.Tables[DatasetTable.PresentingComplaints].GroupBy(c => c["PathwayID"]).ToDictionary(g => g.Key, g => g.ToList());
        int expected = 0;
        foreach (var (number, row) in FirstRows(w))
        {
            string code = row["problem_descriptor"].Trim();
            if (code.Length == 0)
            {
                Assert.False(complaints.ContainsKey(row["referral_id"]));
                continue;
            }

            var rows = complaints[row["referral_id"]];
            var primary = rows.Single(c => c["PresCompCodSig"] == "P");
            Assert.Equal((code, row["referral_date"]), (primary["PresComp"], primary["PresCompDate"]));
            var secondary = rows.Where(c => c["PresCompCodSig"] == "S").ToList();
            Assert.Equal(number % 3 == 0 ? 1 : 0, secondary.Count);
            string later = row["discharge_date"].Length > 0 ? row["discharge_date"] : row["referral_date"];
            Assert.All(secondary, c => Assert.Equal(("F41.1", later), (c["PresComp"], c["PresCompDate"])));
            expected += rows.Count;
        }

        Assert.Equal(expected, w.Tables[DatasetTable.PresentingComplaints].Count);
        Assert.Contains(FirstRows(w), f => f.Number % 3 == 0 && f.Row["discharge_date"].Length > 0 && f.Row["problem_descriptor"].Trim().Length > 0);
    }

    /// <summary>The rows of IDS201 by contact id: the session numbered k (from 1) is contact <c>Ck</c>, with its earlier submission and cancellation.</summary>
    private static Dictionary<string, List<Dictionary<string, string>>> ContactsById(Written w) =>
        w.Tables[DatasetTable.CareContact].GroupBy(c => c["CareContactId"]).ToDictionary(g => g.Key, g => g.ToList());

    private static bool BadScore(Dictionary<string, string> session) =>
        (session["phq9"].Length > 0 && int.Parse(session["phq9"], CultureInfo.InvariantCulture) > 27) || (session["gad7"].Length > 0 && int.Parse(session["gad7"], CultureInfo.InvariantCulture) > 21);

    /// <summary>
    /// Each session is a care contact: its type as the data set's AppType (01 assessment, 03 assessment and treatment, 02
    /// or 05 treatment, 06 follow-up), attended as 5 or 6 and missed as 3 or 7, some codes zero-padded; an impossible score makes the
    /// contact's attendance code 9, outside 2-7, so that it is rejected as the two-file report rejects the session.
    /// </summary>
    [Fact]
    public void Each_session_is_a_care_contact_with_the_data_set_s_codes_for_its_type_and_attendance()
    {
        var w = Write(Shape);
        var contacts = ContactsById(w);
        var own = new List<(Dictionary<string, string> Session, Dictionary<string, string> Contact)>();
        for (int k = 1; k <= w.TwoFileSessions.Count; k++)
        {
            var session = w.TwoFileSessions[k - 1];
            var contact = contacts["C" + k.ToString(CultureInfo.InvariantCulture)].Single(c => c["UniqMonthID"] == "1452");
            Assert.Equal((session["referral_id"], session["date"]), (contact["PathwayID"], contact["CareContDate"]));
            own.Add((session, contact));
        }

        Assert.All(own, p =>
        {
            string type = p.Session["type"];
            int attend = int.Parse(p.Contact["AttendOrDNACode"], CultureInfo.InvariantCulture);
            if (BadScore(p.Session))
            {
                Assert.Equal(9, attend);
            }
            else
            {
                Assert.Contains(attend, p.Session["attended"] == "true" ? new[] { 5, 6 } : new[] { 3, 7 });
            }

            string expectedAppType = type switch { "assessment" => "01", "assessment_and_treatment" => "03", "follow_up" => "06", _ => p.Contact["AppType"] };
            Assert.Equal(expectedAppType, p.Contact["AppType"]);
            if (type == "treatment")
            {
                Assert.Contains(p.Contact["AppType"], new[] { "02", "05" });
            }
        });

        var treatments = own.Where(p => p.Session["type"] == "treatment").ToList();
        InBand(0.40, Share(treatments, p => p.Contact["AppType"] == "02"), 0.60, "AppType 02 among treatments");
        var attended = own.Where(p => p.Session["attended"] == "true" && !BadScore(p.Session)).ToList();
        InBand(0.10, Share(attended, p => p.Contact["AttendOrDNACode"] == "05"), 0.19, "zero-padded 05");
        InBand(0.05, Share(attended, p => p.Contact["AttendOrDNACode"] == "6"), 0.11, "attended 6");
        var missed = own.Where(p => p.Session["attended"] == "false").ToList();
        InBand(0.35, Share(missed, p => p.Contact["AttendOrDNACode"] == "3"), 0.65, "missed 3");
        Assert.Contains(own, p => p.Contact["AttendOrDNACode"] == "7");
        Assert.Contains(own, p => BadScore(p.Session));
    }

    [Fact]
    public void Every_ninth_contact_has_an_earlier_submission_recorded_as_not_attended()
    {
        var w = Write(Shape);
        var contacts = ContactsById(w);
        var earlier = w.Tables[DatasetTable.CareContact].Where(c => c["UniqMonthID"] == "1451").ToList();
        Assert.Equal(w.TwoFileSessions.Count / 9, earlier.Count);
        Assert.All(earlier, e =>
        {
            Assert.Equal("3", e["AttendOrDNACode"]);
            Assert.Equal(0, int.Parse(e["CareContactId"][1..], CultureInfo.InvariantCulture) % 9);
            var latest = contacts[e["CareContactId"]].Single(c => c["UniqMonthID"] == "1452");
            Assert.Equal((e["PathwayID"], e["CareContDate"], e["AppType"]), (latest["PathwayID"], latest["CareContDate"], latest["AppType"]));
        });
    }

    [Fact]
    public void Every_sixth_contact_has_a_cancelled_appointment_beside_it()
    {
        var w = Write(Shape);
        var contacts = ContactsById(w);
        var cancelled = w.Tables[DatasetTable.CareContact].Where(c => c["CareContactId"].EndsWith('X')).ToList();
        Assert.Equal(w.TwoFileSessions.Count / 6, cancelled.Count);
        Assert.All(cancelled, c =>
        {
            int k = int.Parse(c["CareContactId"][1..^1], CultureInfo.InvariantCulture);
            Assert.Equal(0, k % 6);
            Assert.Equal(k % 12 == 0 ? "4" : "2", c["AttendOrDNACode"]);
            Assert.Equal(("02", "1452"), (c["AppType"], c["UniqMonthID"]));
            var own = contacts[c["CareContactId"][..^1]].Single(o => o["UniqMonthID"] == "1452");
            Assert.Equal((own["PathwayID"], own["CareContDate"]), (c["PathwayID"], c["CareContDate"]));
        });
    }

    /// <summary>A session's intervention is written as its therapy type where the dashboard lists one, else as other low or high intensity.</summary>
    [Theory]
    [InlineData("high", "cbt", "cognitive behavioural therapy")]
    [InlineData("high", "cbt_erp", "cognitive behavioural therapy")]
    [InlineData("high", "trauma_focused_cbt", "cognitive behavioural therapy")]
    [InlineData("high", "ipt", "interpersonal psychotherapy")]
    [InlineData("high", "emdr", "eye movement desensitisation and reprocessing")]
    [InlineData("high", "counselling", "counselling for depression")]
    [InlineData("low", "guided_self_help", "guided self-help (book)")]
    [InlineData("low", "non_guided_self_help", "non-guided self-help (book)")]
    [InlineData("low", "computerised_cbt", "guided self-help (computer)")]
    [InlineData("low", "behavioural_activation", "other low intensity")]
    [InlineData("low", "psychoeducational_group", "other low intensity")]
    public void A_session_s_intervention_is_its_contact_s_therapy_type(string intensity, string intervention, string meaning)
    {
        var w = Write(Shape);
        var therapies = RuleSet.ManualV4.Dataset.TherapyTypes.ToDictionary(t => t.Code, t => t.Meaning);
        var activities = w.Tables[DatasetTable.CareActivity].GroupBy(a => a["CareContactId"]).ToDictionary(g => g.Key, g => g.Select(a => a["CodeProcAndProcStatus"]).ToList());
        var contacts = w.TwoFileSessions.Select((s, n) => (Session: s, Id: "C" + (n + 1).ToString(CultureInfo.InvariantCulture)))
            .Where(x => x.Session["intensity"] == intensity && x.Session["intervention"] == intervention).ToList();
        Assert.NotEmpty(contacts);
        Assert.All(contacts, c => Assert.Equal(meaning, therapies[activities[c.Id][0]]));
    }

    [Fact]
    public void Only_sessions_with_an_intervention_have_care_activities_and_every_13th_adds_employment_support()
    {
        var w = Write(Shape);
        var activities = w.Tables[DatasetTable.CareActivity].GroupBy(a => a["CareContactId"]).ToDictionary(g => g.Key, g => g.Select(a => a["CodeProcAndProcStatus"]).ToList());
        for (int k = 1; k <= w.TwoFileSessions.Count; k++)
        {
            var session = w.TwoFileSessions[k - 1];
            string id = "C" + k.ToString(CultureInfo.InvariantCulture);
            if (session["intervention"].Length == 0)
            {
                Assert.False(activities.ContainsKey(id));
            }
            else
            {
                Assert.Equal(k % 13 == 0 ? 2 : 1, activities[id].Count);
                Assert.Equal(k % 13 == 0, activities[id].Contains("1098051000000103"));
            }
        }

        Assert.Equal(activities.Values.Sum(a => a.Count), w.Tables[DatasetTable.CareActivity].Count);
    }

    /// <summary>
    /// PHQ-9 and GAD-7 go to IDS607 under their tool codes; every eighth contact adds an unusable IDS606 PHQ-9 (NA or
    /// Y, on the contact's date) and an IDS607 score of a tool type the rule set does not map.
    /// </summary>
    [Fact]
    public void Scores_go_to_ids607_by_tool_and_every_eighth_contact_adds_an_unusable_and_an_unmapped_score()
    {
        var w = Write(Shape);
        var scores = w.Tables[DatasetTable.ContactScores].GroupBy(s => s["CareContactId"]).ToDictionary(g => g.Key, g => g.ToList());
        var referralScores = w.Tables[DatasetTable.ReferralScores];
        int eighth = 0;
        for (int k = 1; k <= w.TwoFileSessions.Count; k++)
        {
            var session = w.TwoFileSessions[k - 1];
            var rows = scores.TryGetValue("C" + k.ToString(CultureInfo.InvariantCulture), out var r) ? r : [];
            Assert.Equal(session["phq9"], rows.SingleOrDefault(x => x["CodedAssToolType"] == "720433000")?["PersScore"] ?? "");
            Assert.Equal(session["gad7"], rows.SingleOrDefault(x => x["CodedAssToolType"] == "445455005")?["PersScore"] ?? "");
            Assert.Equal(k % 8 == 0 ? "3" : "", rows.SingleOrDefault(x => x["CodedAssToolType"] == "999999999")?["PersScore"] ?? "");
            if (k % 8 == 0)
            {
                var referralScore = referralScores[eighth++];
                Assert.Equal((session["referral_id"], "720433000", k % 16 == 0 ? "NA" : "Y", session["date"]),
                    (referralScore["PathwayID"], referralScore["CodedAssToolType"], referralScore["PersScore"], referralScore["AssToolCompDate"]));
            }
        }

        Assert.Equal(eighth, referralScores.Count);
        Assert.DoesNotContain(w.Tables[DatasetTable.ContactScores], x => x["PersScore"].Length == 0);
        Assert.Equal(scores.Values.Sum(x => x.Count), w.Tables[DatasetTable.ContactScores].Count);
    }
}

using System.Globalization;
using System.Text;
using Iapt.Rules.Dataset;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Csv;

/// <summary>
/// Writes the synthetic service of <see cref="SampleService"/> in the national data set's shape (the tables of
/// <see cref="NationalDatasetFiles"/>), deterministic for a seed: the same referrals and sessions, with what real
/// extracts hold besides: resubmitted months (earlier submissions that are superseded), several descriptors per
/// referral (secondary ones that lose §8's ranking), cancelled contacts, care activities for intensity, unusable and
/// post-discharge IDS606 scores, and NHS Digital's flags, a few deliberately disagreeing with the engine.
/// </summary>
/// <remarks>
/// <para>Scores: only PHQ-9 and GAD-7 are written (the tool codes a source confirms, reference §9); the sample's ADSM,
/// WSAS and other scores have no confirmed code and are left out. Interventions are written as their therapy types
/// where the dashboard lists one (CBT, IPT, EMDR, counselling, self-help), else as other low or high intensity.</para>
/// <para>The sample's bad rows stay bad: a bad date stays bad, a duplicate referral id is written as an earlier
/// submission (superseded, as the two-file report rejects it), and a session with an impossible score as a contact
/// with an attendance code outside 2-7 (rejected, as the two-file report rejects the session).</para>
/// <para>Nothing here is patient data.</para>
/// </remarks>
public static class SampleDataset
{
    private const string Phq9Tool = "720433000";
    private const string Gad7Tool = "445455005";

    /// <summary>Writes the tables into an existing <paramref name="folder"/> (UTF-8 without BOM), replacing files of those names.</summary>
    /// <param name="referralCount">How many referrals to make (0 or more).</param>
    /// <param name="seed">The random seed: the same seed and count give the same files (and the same service as <see cref="SampleService"/>).</param>
    /// <param name="folder">The folder to write into.</param>
    /// <returns>The number of rows written to each table.</returns>
    /// <exception cref="ArgumentException"><paramref name="referralCount"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public static IReadOnlyDictionary<DatasetTable, long> WriteFiles(int referralCount, int seed, string folder)
    {
        Guard.Against.Negative(referralCount);
        Guard.Against.Null(folder);
        var referrals = new StringWriter(CultureInfo.InvariantCulture);
        var sessions = new StringWriter(CultureInfo.InvariantCulture);
        SampleService.Write(referralCount, seed, referrals, sessions);
        var writer = new Writer(folder);
        writer.WriteReferralsAndComplaints(referrals.ToString(), withFlags: null);
        writer.WriteContacts(sessions.ToString());
        writer.Close();

        // NHS Digital's flags: the engine's own values (read back by reconciling against all-true flags), with every
        // 17th referral's Recovery_Flag and every 23rd's CompletedTreatment_Flag flipped.
        var probe = NationalDatasetFiles.Read(folder, new DatasetReadOptions { Rules = RuleSet.ManualV4 });
        var engineFalse = probe.Disagreements.Select(d => (d.PathwayId, d.Flag)).ToHashSet();
        writer.WriteReferralsAndComplaints(referrals.ToString(), withFlags: (id, flag) => !engineFalse.Contains((id, flag)));
        writer.Close();
        return writer.Rows;
    }

    private sealed class Writer(string folder)
    {
        private readonly Dictionary<DatasetTable, TextWriter> _open = [];

        public Dictionary<DatasetTable, long> Rows { get; } = DatasetTables.All.ToDictionary(t => t, _ => 0L);

        private TextWriter Open(DatasetTable table, string header)
        {
            if (!_open.TryGetValue(table, out var writer))
            {
                writer = new StreamWriter(Path.Combine(folder, NationalDatasetFiles.FileNameOf(table)), false, new UTF8Encoding(false), 1 << 20);
                writer.Write(header);
                writer.Write('\n');
                _open.Add(table, writer);
                Rows[table] = 0;
            }

            return writer;
        }

        private void Line(DatasetTable table, string header, params string[] cells)
        {
            var writer = Open(table, header);
            writer.Write(string.Join(',', cells));
            writer.Write('\n');
            Rows[table]++;
        }

        public void Close()
        {
            foreach (var writer in _open.Values)
            {
                writer.Dispose();
            }

            _open.Clear();
        }

        public void WriteReferralsAndComplaints(string referralsCsv, Func<string, NhsdIndicator, bool>? withFlags)
        {
            string flagColumns = string.Join(',', NhsdValues.All.Select(NhsdValues.ColumnOf));
            string header = "PathwayID,ReferralRequestReceivedDate,ServDischDate,UniqMonthID,EndCode," + string.Join(',', SampleService.AttributeColumns) + "," + flagColumns;
            const string complaints = "PathwayID,PresComp,PresCompCodSig,PresCompDate";
            var seen = new HashSet<string>(StringComparer.Ordinal);
            int number = 0;
            Open(DatasetTable.Referral, header); // written even without referrals: the table is required
            foreach (var r in ReadCsv(referralsCsv))
            {
                string id = r["referral_id"], received = r["referral_date"], discharge = r["discharge_date"], code = r["problem_descriptor"].Trim();
                string[] attributes = [.. SampleService.AttributeColumns.Select(a => r[a])];
                bool first = seen.Add(id);
                number++;
                string flags = withFlags is null
                    ? string.Join(',', NhsdValues.All.Select(_ => "True"))
                    : string.Join(',', NhsdValues.All.Select(f => Flip(number, f, withFlags(id, f)) ? "True" : "False"));
                if (first && number % 5 == 0)
                {
                    // An earlier submission of the same referral, still open then: superseded.
                    Line(DatasetTable.Referral, header, [id, received, "", "1450", "", .. attributes, flags]);
                }

                // A duplicate id (one of the sample's bad rows) is written as an earlier month, so the first row is used.
                Line(DatasetTable.Referral, header, [id, received, discharge, first ? "1452" : "1451", discharge.Length > 0 ? "46" : "", .. attributes, flags]);
                if (!first || withFlags is not null)
                {
                    continue;
                }

                if (code.Length > 0)
                {
                    Line(DatasetTable.PresentingComplaints, complaints, id, code, "P", received);
                    if (number % 3 == 0)
                    {
                        // A secondary descriptor recorded later: §8 ranks the primary first.
                        Line(DatasetTable.PresentingComplaints, complaints, id, "F41.1", "S", discharge.Length > 0 ? discharge : received);
                    }
                }
            }

            if (withFlags is null)
            {
                Open(DatasetTable.PresentingComplaints, complaints);
            }
        }

        private static bool Flip(int number, NhsdIndicator flag, bool value) =>
            (flag == NhsdIndicator.Recovery && number % 17 == 0) || (flag == NhsdIndicator.CompletedTreatment && number % 23 == 0) ? !value : value;

        public void WriteContacts(string sessionsCsv)
        {
            const string contacts = "PathwayID,CareContactId,CareContDate,AttendOrDNACode,AppType,UniqMonthID";
            const string activities = "PathwayID,CareContactId,CodeProcAndProcStatus";
            const string scores = "PathwayID,CareContactId,CodedAssToolType,PersScore";
            const string referralScores = "PathwayID,CodedAssToolType,PersScore,AssToolCompDate";
            Open(DatasetTable.CareContact, contacts); // written even without sessions: the table is required
            Open(DatasetTable.CareActivity, activities);
            Open(DatasetTable.ContactScores, scores);
            Open(DatasetTable.ReferralScores, referralScores);
            int number = 0;
            foreach (var s in ReadCsv(sessionsCsv))
            {
                number++;
                string id = s["referral_id"], date = s["date"], contactId = "C" + number.ToString(CultureInfo.InvariantCulture);
                string appType = s["type"] switch
                {
                    "assessment" => "01",
                    "assessment_and_treatment" => "03",
                    "treatment" => number % 2 == 0 ? "02" : "05",
                    "follow_up" => "06",
                    var other => other,
                };
                string attend = s["attended"] switch
                {
                    "true" => number % 7 == 0 ? "05" : (number % 11 == 0 ? "6" : "5"),
                    "false" => number % 2 == 0 ? "3" : "7",
                    var other => other,
                };
                if (!InRange(s["phq9"], 27) || !InRange(s["gad7"], 21))
                {
                    attend = "9";
                }

                if (number % 9 == 0)
                {
                    // An earlier submission of the contact, recorded as not attended: superseded.
                    Line(DatasetTable.CareContact, contacts, id, contactId, date, "3", appType, "1451");
                }

                Line(DatasetTable.CareContact, contacts, id, contactId, date, attend, appType, "1452");
                if (number % 6 == 0)
                {
                    // A cancelled appointment (by the patient or the provider): counts for nothing.
                    Line(DatasetTable.CareContact, contacts, id, contactId + "X", date, number % 12 == 0 ? "4" : "2", "02", "1452");
                }

                if (TherapyType(s["intensity"], s["intervention"]) is { } therapy)
                {
                    Line(DatasetTable.CareActivity, activities, id, contactId, therapy);
                    if (number % 13 == 0)
                    {
                        Line(DatasetTable.CareActivity, activities, id, contactId, "1098051000000103");
                    }
                }

                if (s["phq9"].Length > 0)
                {
                    Line(DatasetTable.ContactScores, scores, id, contactId, Phq9Tool, s["phq9"]);
                }

                if (s["gad7"].Length > 0)
                {
                    Line(DatasetTable.ContactScores, scores, id, contactId, Gad7Tool, s["gad7"]);
                }

                if (number % 8 == 0)
                {
                    // Data quality: an unusable score, and a tool type the rule set does not map.
                    Line(DatasetTable.ReferralScores, referralScores, id, Phq9Tool, number % 16 == 0 ? "NA" : "Y", date);
                    Line(DatasetTable.ContactScores, scores, id, contactId, "999999999", "3");
                }
            }
        }

        private static bool InRange(string text, int maximum) =>
            text.Length == 0 || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v <= maximum);

        private static string? TherapyType(string intensity, string intervention) => (intensity, intervention) switch
        {
            (_, "cbt" or "cbt_erp" or "trauma_focused_cbt") when intensity == "high" => "304891004",
            ("high", "ipt") => "443730003",
            ("high", "emdr") => "449030000",
            ("high", "counselling") => "286711000000107",
            ("high", _) => "1026131000000100",
            ("low", "guided_self_help") => "748051000000105",
            ("low", "non_guided_self_help") => "748101000000105",
            ("low", "computerised_cbt") => "748041000000107",
            ("low", _) => "1026111000000108",
            _ => null,
        };

        private static List<Dictionary<string, string>> ReadCsv(string csv)
        {
            var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
            using var reader = CsvRecordReader.Open(stream, "sample");
            var names = reader.ColumnNames.ToArray();
            var rows = new List<Dictionary<string, string>>();
            foreach (var row in reader)
            {
                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                for (int i = 0; i < names.Length; i++)
                {
                    cells[names[i]] = row[i].ToString();
                }

                rows.Add(cells);
            }

            return rows;
        }
    }
}

using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Csv;
using Iapt.Rules.Dataset;
using Iapt.Rules.RuleSets;
using NodaTime;

namespace Iapt.Rules.Tests.Dataset;

/// <summary>
/// Row order within each table never changes the report, and every table's rows read are used, superseded or
/// rejected (issue 14). The extracts are small and crowded: resubmissions in several months, contacts of unknown or
/// rejected referrals, every attendance code and then some, cancellations, several descriptors per referral,
/// unusable and unmapped scores and bad dates. Each row keeps its line when the rows are shuffled (a line is where
/// the row is in its file, so "the later line wins" is no dependence on order).
/// </summary>
public class NationalDatasetPropertyTests
{
    private static readonly LocalDate Origin = new(2024, 1, 1);

    private static string Date(int day) => Origin.PlusDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Extract(
        ReferralRow[] Referrals, CareContactRow[] Contacts, CareActivityRow[] Activities, PresentingComplaintRow[] Complaints,
        ContactScoreRow[] ContactScores, ReferralScoreRow[] ReferralScores)
    {
        public DatasetInput Input => new()
        {
            Referrals = Referrals, CareContacts = Contacts, CareActivities = Activities, PresentingComplaints = Complaints,
            ContactScores = ContactScores, ReferralScores = ReferralScores,
        };
    }

    private static T[] Lined<T>(IEnumerable<Func<long, T>> rows) => [.. rows.Select((row, i) => row(i + 2))];

    private static Gen<Func<long, ReferralRow>> ReferralGen(int count) =>
        from id in Gen.Choose(1, count + 1)
        from received in Gen.Choose(0, 30)
        from length in Gen.Frequency((1, Gen.Constant(-1)), (4, Gen.Choose(0, 150)))
        from month in Gen.Elements("", "1450", "1451", "1452", "1453", "x")
        from bad in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        from recovery in Gen.Elements("", "True", "false", "1", "0")
        select (Func<long, ReferralRow>)(line => new ReferralRow(line, "P" + id, bad ? "bad" : Date(received), length < 0 ? "" : Date(received + length))
        {
            UniqMonthId = month,
            Flags = NhsdValues.TryReadFlag(recovery, out bool value) ? default(NhsdValues).With(NhsdIndicator.Recovery, value) : default,
        });

    private static Gen<Func<long, CareContactRow>> ContactGen(int count) =>
        from id in Gen.Choose(1, count + 1)
        from contact in Gen.Choose(1, 5)
        from day in Gen.Choose(-2, 180)
        from attend in Gen.Elements("2", "3", "4", "5", "6", "7", "05", "1", "8", "")
        from appType in Gen.Elements("01", "02", "2", "03", "05", "06", "x")
        from month in Gen.Elements("", "1450", "1451", "1452")
        select (Func<long, CareContactRow>)(line => new CareContactRow(line, "P" + id, "C" + contact, Date(day), attend, appType) { UniqMonthId = month });

    private static Gen<Func<long, CareActivityRow>> ActivityGen(int count) =>
        from id in Gen.Choose(1, count + 1)
        from contact in Gen.Choose(1, 6)
        from code in Gen.Elements("304891004", "748051000000105", "1098051000000103", "123456789", "")
        select (Func<long, CareActivityRow>)(line => new CareActivityRow(line, "P" + id, "C" + contact, code));

    private static Gen<Func<long, PresentingComplaintRow>> ComplaintGen(int count) =>
        from id in Gen.Choose(1, count + 1)
        from code in Gen.Elements("F32.1", "F41.1", "F40.1", "83482000", "", "Z63.0", "anxiety")
        from significance in Gen.Elements("P", "S", "")
        from day in Gen.Frequency((1, Gen.Constant(-100)), (4, Gen.Choose(0, 5)))
        select (Func<long, PresentingComplaintRow>)(line => new PresentingComplaintRow(line, "P" + id, code, significance, day == -100 ? "" : Date(day)));

    private static readonly string[] Tools = ["720433000", "445455005", "999999999"];

    private static readonly string[] Values = ["0", "4", "9", "12", "18", "21", "27", "28", "NA", "Y", ""];

    private static Gen<Func<long, ContactScoreRow>> ContactScoreGen(int count) =>
        from id in Gen.Choose(1, count + 1)
        from contact in Gen.Choose(1, 6)
        from tool in Gen.Elements(Tools)
        from score in Gen.Elements(Values)
        select (Func<long, ContactScoreRow>)(line => new ContactScoreRow(line, "P" + id, "C" + contact, tool, score));

    private static Gen<Func<long, ReferralScoreRow>> ReferralScoreGen(int count) =>
        from id in Gen.Choose(1, count + 1)
        from tool in Gen.Elements(Tools)
        from score in Gen.Elements(Values)
        from day in Gen.Choose(-2, 180)
        select (Func<long, ReferralScoreRow>)(line => new ReferralScoreRow(line, "P" + id, tool, score, Date(day)));

    private static Gen<T[]> Rows<T>(Gen<Func<long, T>> row, int most) =>
        Gen.Choose(0, most).SelectMany(n => Gen.ListOf(row, n)).Select(rows => Lined(rows));

    private static Gen<Extract> ExtractGen() =>
        from count in Gen.Choose(1, 6)
        from referrals in Rows(ReferralGen(count), 12)
        from contacts in Rows(ContactGen(count), 25)
        from activities in Rows(ActivityGen(count), 10)
        from complaints in Rows(ComplaintGen(count), 10)
        from contactScores in Rows(ContactScoreGen(count), 25)
        from referralScores in Rows(ReferralScoreGen(count), 10)
        select new Extract(referrals, contacts, activities, complaints, contactScores, referralScores);

    private static Gen<(Extract Extract, Extract Shuffled)> Shuffled() =>
        from extract in ExtractGen()
        from referrals in Gen.Shuffle(extract.Referrals)
        from contacts in Gen.Shuffle(extract.Contacts)
        from activities in Gen.Shuffle(extract.Activities)
        from complaints in Gen.Shuffle(extract.Complaints)
        from contactScores in Gen.Shuffle(extract.ContactScores)
        from referralScores in Gen.Shuffle(extract.ReferralScores)
        select (extract, new Extract(referrals, contacts, activities, complaints, contactScores, referralScores));

    private static string Json(DatasetReport report)
    {
        var text = new StringWriter();
        JsonReportWriter.Write(report.Report, text);
        return text.ToString();
    }

    [Property(MaxTest = 200)]
    public Property Row_order_within_each_table_never_changes_the_report() =>
        Prop.ForAll(Shuffled().ToArbitrary(), input =>
        {
            var a = NationalDataset.Report(RuleSet.ManualV4, input.Extract.Input, new() { MaxDegreeOfParallelism = 1 });
            var b = NationalDataset.Report(RuleSet.ManualV4, input.Shuffled.Input, new() { MaxDegreeOfParallelism = 1 });
            return Json(a) == Json(b)
                   && a.Translation.Counts.SequenceEqual(b.Translation.Counts)
                   && a.Translation.Rejections.OrderBy(r => (r.Table, r.Line)).SequenceEqual(b.Translation.Rejections.OrderBy(r => (r.Table, r.Line)))
                   && a.Agreement.SequenceEqual(b.Agreement)
                   && a.Disagreements.Select(d => (d.PathwayId, d.Flag, d.Engine)).Order().SequenceEqual(b.Disagreements.Select(d => (d.PathwayId, d.Flag, d.Engine)).Order());
        });

    [Property(MaxTest = 200)]
    public Property Superseded_used_and_rejected_rows_add_up_to_the_rows_read() =>
        Prop.ForAll(ExtractGen().ToArbitrary(), extract =>
        {
            var translation = NationalDataset.Translate(RuleSet.ManualV4, extract.Input);
            long[] given =
            [
                extract.Referrals.Length, extract.Contacts.Length, extract.Activities.Length, extract.Complaints.Length,
                extract.ContactScores.Length, extract.ReferralScores.Length,
            ];
            return translation.Counts.All(c => c.Read == c.Used + c.Superseded + c.Rejected && c.Used >= 0)
                   && translation.Counts.Select(c => c.Read).SequenceEqual(given)
                   && translation.Counts.Sum(c => c.Rejected) == translation.Rejections.Length
                   && translation.Counts[0].Used == translation.Referrals.Length;
        });
}

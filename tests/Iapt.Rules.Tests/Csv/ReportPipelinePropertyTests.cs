using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Csv;
using Iapt.Rules.Reporting;
using Iapt.Rules.Tests.Reporting;

using Iapt.Rules.Tests.Cli;

namespace Iapt.Rules.Tests.Csv;

/// <summary>Properties of <c>iapt report</c>'s reading of the two files: nothing dropped silently, and row order does not matter.</summary>
public class ReportPipelinePropertyTests
{
    private static readonly string[] Groups = ["group"];

    /// <summary>Bad referral rows, each rejected for one reason; <c>{0}</c> is a fresh id, <c>{1}</c> an id already used (for the duplicate).</summary>
    private static readonly string[] BadReferralRows =
    [
        ",2024-01-01,F32,,a",               // empty id
        "{0},2024-02-30,F32,,a",            // no such date
        "{0},01/02/2024,F32,,a",            // not ISO
        "{0},2024-03-01,F32,2024-02-29,a",  // discharged before referral
        "{0},2024-03-01,F32,tomorrow,a",    // bad discharge date
        "{1},2024-01-01,F41.1,,b",          // a duplicate id
    ];

    /// <summary>Bad session rows; <c>{0}</c> is the id of a referral that was read.</summary>
    private static readonly string[] BadSessionRows =
    [
        "nobody,2024-06-01,treatment,true,,,,,",           // unknown referral
        "{0},2024-06-31,treatment,true,,,,,",              // no such date
        "{0},2023-12-31,treatment,true,,,,,",              // before every generated referral
        "{0},2024-06-01,group,true,,,,,",                  // bad type
        "{0},2024-06-01,treatment,1,,,,,",                 // bad attended
        "{0},2024-06-01,treatment,true,step3,,,,",         // bad intensity
        "{0},2024-06-01,treatment,true,low,reiki,,,",      // bad intervention
        "{0},2024-06-01,treatment,true,low,,28,,",         // PHQ-9 out of range
        "{0},2024-06-01,treatment,true,low,,,-1,",         // GAD-7 out of range
        "{0},2024-06-01,treatment,true,low,,,,six",        // SPIN malformed
        "{0},2024-06-01,treatment,true,low,,,,12.5",       // SPIN not whole
        "{0},2024-06-01",                                  // fields missing
    ];

    private static (ServiceReport Report, string[] Rejects) Run(string referrals, IEnumerable<string> sessionRows)
    {
        var (report, rejects) = ReportPipelineTests.Run(referrals, ServiceModel.SessionsHeader + "\n" + string.Join("", sessionRows.Select(r => r + "\n")), null, Groups);
        return (report, rejects.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..]);
    }

    /// <summary>A service with bad rows of every kind mixed in at random places, and how many of each there are.</summary>
    private static Gen<(string Referrals, string[] Sessions, int Good, int Bad)> ServiceWithBadRows() =>
        from service in ServiceGen.Service().Where(s => s.Length > 0)
        from badReferrals in Gen.Elements(BadReferralRows).ArrayOf()
        from badSessions in Gen.Elements(BadSessionRows).ArrayOf()
        from target in Gen.Choose(0, service.Length - 1)
        let referralRows = service.Select(ServiceModel.ReferralRow)
            .Concat(badReferrals.Select((row, i) => string.Format(System.Globalization.CultureInfo.InvariantCulture, row, $"bad{i}", service[target].Id)))
        let sessionRows = ServiceModel.SessionRows(service)
            .Concat(badSessions.Select(row => string.Format(System.Globalization.CultureInfo.InvariantCulture, row, service[target].Id)))
        from referralsShuffled in Gen.Shuffle(referralRows)
        from sessionsShuffled in Gen.Shuffle(sessionRows)
        select (
            ServiceModel.ReferralsHeader(Groups) + "\n" + string.Join("", referralsShuffled.Select(r => r + "\n")),
            sessionsShuffled,
            service.Length + service.Sum(r => r.Sessions.Length),
            badReferrals.Length + badSessions.Length);

    /// <summary>
    /// Rows read = rows used + rows rejected, for any mix of good and bad rows: every bad row is rejected once, no
    /// good row is rejected, and the rejects file lists exactly the rejected rows. (Of a duplicated id one row is
    /// rejected, whichever comes second.)
    /// </summary>
    [Property(MaxTest = 60)]
    public Property Rows_read_equal_rows_used_plus_rows_rejected() =>
        Prop.ForAll(ServiceWithBadRows().ToArbitrary(), input =>
        {
            var (report, rejects) = Run(input.Referrals, input.Sessions);
            return report.Headline.RowsRead == input.Good + input.Bad
                && report.Headline.RowsRejected == input.Bad
                && rejects.Length == input.Bad;
        });

    /// <summary>Sessions need not be sorted (issue 6): shuffling the rows of sessions.csv changes nothing in the report.</summary>
    [Property(MaxTest = 60)]
    public Property The_report_does_not_depend_on_the_order_of_session_rows() =>
        Prop.ForAll(
            ServiceGen.Service()
                .SelectMany(s => Gen.Shuffle(ServiceModel.SessionRows(s)), (s, shuffled) => (Service: s, Shuffled: shuffled))
                .ToArbitrary(),
            input =>
            {
                string referrals = ServiceModel.ReferralsCsv(input.Service, Groups);
                var (sorted, _) = Run(referrals, ServiceModel.SessionRows(input.Service));
                var (shuffled, _) = Run(referrals, input.Shuffled);
                return ReportPipelineTests.Json(sorted) == ReportPipelineTests.Json(shuffled);
            });

    /// <summary>
    /// A service read from CSV gives the report the library builds from the same referrals, on one to three threads.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property The_csv_report_equals_the_library_report() =>
        Prop.ForAll(ServiceGen.Service().ToArbitrary(), Gen.Choose(1, 3).ToArbitrary(), (service, threads) =>
        {
            var sessions = ServiceModel.SessionRows(service).ToArray();
            string sessionsCsv = ServiceModel.SessionsHeader + "\n" + string.Join("", sessions.Select(r => r + "\n"));
            var (fromCsv, rejects) = ReportPipelineTests.Run(
                ServiceModel.ReferralsCsv(service, Groups), sessionsCsv, new CsvReportOptions { By = Groups, Parallelism = threads });
            var fromLibrary = ServiceModel.Report(service, breakdowns: Groups, rowsRead: service.Length + sessions.Length);
            return (rejects == "file,line,field,reason\n" && ReportPipelineTests.Json(fromCsv) == ReportPipelineTests.Json(fromLibrary))
                .Label($"{threads} threads");
        });

    /// <summary>
    /// The sessions file is read, and referrals assessed, on several threads (each owning some referrals, each
    /// counting its share into a builder of its own, merged): the report and the rejects file,
    /// in line order, are the same with one thread as with two or three, for any mix of good and bad rows in any order.
    /// </summary>
    [Property(MaxTest = 40)]
    public Property The_report_and_its_rejects_do_not_depend_on_the_number_of_threads() =>
        Prop.ForAll(ServiceWithBadRows().ToArbitrary(), Gen.Choose(2, 3).ToArbitrary(), (input, threads) =>
        {
            string sessions = ServiceModel.SessionsHeader + "\n" + string.Join("", input.Sessions.Select(r => r + "\n"));
            var options = new CsvReportOptions { By = Groups, OwnershipRun = 1 };
            var (one, oneRejects) = ReportPipelineTests.Run(input.Referrals, sessions, options with { Parallelism = 1 });
            var (many, manyRejects) = ReportPipelineTests.Run(input.Referrals, sessions, options with { Parallelism = threads });
            return (ReportPipelineTests.Json(one) == ReportPipelineTests.Json(many) && oneRejects == manyRejects)
                .Label($"{threads} threads");
        });

    /// <summary>
    /// A sessions file grouped by referral (as extracts usually are), with bad rows anywhere, is read in byte ranges
    /// whichever range runs first (each range keeps the rows of the referral it starts with for the range before it),
    /// and gives the report and rejects of one thread.
    /// </summary>
    [Property(MaxTest = 40)]
    public Property Sessions_grouped_by_referral_are_read_in_byte_ranges_with_the_report_of_one_thread() =>
        Prop.ForAll(
            GroupedSessionsWithBadRows().ToArbitrary(),
            Gen.Choose(2, 3).ToArbitrary(),
            Gen.Elements(RangeSchedule.Together, RangeSchedule.FirstToLast, RangeSchedule.LastToFirst).ToArbitrary(),
            (input, threads, schedule) =>
            {
                string sessions = ServiceModel.SessionsHeader + "\n" + string.Join("", input.Sessions.Select(r => r + "\n"));
                var diagnostics = new CsvReadDiagnostics();
                var options = new CsvReportOptions { By = Groups };
                var (one, oneRejects) = ReportPipelineTests.Run(input.Referrals, sessions, options with { Parallelism = 1 });
                var (many, manyRejects) = ReportPipelineTests.Run(
                    input.Referrals, sessions, options with { Parallelism = threads, RangeSchedule = schedule, Diagnostics = diagnostics });
                bool ranges = diagnostics.SessionReading!.StartsWith("byte ranges: ", StringComparison.Ordinal);
                return (ReportPipelineTests.Json(one) == ReportPipelineTests.Json(many) && oneRejects == manyRejects && ranges == input.Sessions.Length > 0)
                    .Label($"{threads} threads, {schedule}: {diagnostics.SessionReading}");
            });

    /// <summary>A service's session rows in referral order, with bad rows put in at random places.</summary>
    private static Gen<(string Referrals, string[] Sessions)> GroupedSessionsWithBadRows() =>
        from service in ServiceGen.Service().Where(s => s.Length > 0)
        from badSessions in Gen.Elements(BadSessionRows).ArrayOf()
        from places in Gen.Choose(0, 1000).ArrayOf(badSessions.Length)
        from target in Gen.Choose(0, service.Length - 1)
        select (
            ServiceModel.ReferralsCsv(service, Groups),
            Insert(
                [.. ServiceModel.SessionRows(service)],
                badSessions.Select(row => string.Format(System.Globalization.CultureInfo.InvariantCulture, row, service[target].Id)).ToArray(),
                places));

    /// <summary><paramref name="rows"/> with each of <paramref name="inserted"/> put in at its place (taken modulo the length so far).</summary>
    private static string[] Insert(List<string> rows, string[] inserted, int[] places)
    {
        for (int i = 0; i < inserted.Length; i++)
        {
            rows.Insert(places[i] % (rows.Count + 1), inserted[i]);
        }

        return [.. rows];
    }
}

using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Episodes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Tests.Csv;
using static Iapt.Rules.Tests.Reporting.ServiceModel;

namespace Iapt.Rules.Tests.Reporting;

/// <summary>
/// One report path: the batch API and the builder merged from any partition give the same report, on any number of
/// threads and in any order of either input, with sessions on the same day included. (The CSV reader against the
/// batch: <see cref="Iapt.Rules.Tests.Csv.CsvBatchAgreementPropertyTests"/>.)
/// </summary>
public class ServiceReportBatchPropertyTests
{
    internal static readonly string[] Groups = ["group"];

    internal static string Json(ServiceReport report) => ReportPipelineTests.Json(report);

    internal static ServiceReportBatchResult Batch(IEnumerable<ReferralRecord> referrals, IEnumerable<ReferralSession> sessions, int threads) =>
        ServiceReportBatch.Run(RuleSet.ManualV4, referrals, sessions,
            new ServiceReportBatchOptions { Breakdowns = Groups, MaxDegreeOfParallelism = threads });

    /// <summary>Records the rules reject, as services send them: <c>{0}</c> is a fresh id, <c>{1}</c> a good referral's id.</summary>
    private static readonly Func<ReferralSpec, int, ReferralRecord>[] BadReferrals =
    [
        (good, i) => Record(good) with { Id = "" },
        (good, i) => Record(good) with { Id = $"bad{i}", DischargeDate = good.Referred.PlusDays(-1) },
        (good, i) => Record(good),
    ];

    private static readonly Func<ReferralSpec, ReferralSession>[] BadSessions =
    [
        good => new ReferralSession("nobody", new SessionRecord(good.Referred, SessionType.Treatment, true)),
        good => new ReferralSession(good.Id, new SessionRecord(good.Referred.PlusDays(-1), SessionType.Treatment, true)),
    ];

    /// <summary>A service (sessions possibly sharing days) with bad records of every kind, the bad ones last.</summary>
    internal static Gen<(ReferralSpec[] Service, ReferralRecord[] Referrals, ReferralSession[] Sessions)> ServiceWithBadRecords() =>
        from service in ServiceGen.Service(sameDays: true).Where(s => s.Length > 0)
        from badReferrals in Gen.Choose(0, BadReferrals.Length - 1).ArrayOf()
        from badSessions in Gen.Choose(0, BadSessions.Length - 1).ArrayOf()
        from target in Gen.Choose(0, service.Length - 1)
        select (
            service,
            service.Select(r => Record(r)).Concat(badReferrals.Select((b, i) => BadReferrals[b](service[target], i))).ToArray(),
            Sessions(service).Concat(badSessions.Select(b => BadSessions[b](service[target]))).ToArray());

    internal static string RecordsCsv(IEnumerable<ReferralRecord> referrals)
    {
        var text = new StringBuilder(ReferralsHeader(Groups)).Append('\n');
        foreach (var r in referrals)
        {
            text.Append(string.Join(",", [r.Id, Iso(r.ReferralDate), DescriptorCode(r), r.DischargeDate is { } d ? Iso(d) : "", .. r.Attributes])).Append('\n');
        }

        return text.ToString();
    }

    private static string DescriptorCode(ReferralRecord r) =>
        r.DescriptorGroup?.Key == "other_mental_health_problems" ? "F31.0"
        : r.DescriptorGroup?.Key == "invalid_data_supplied" ? "depressed"
        : ServiceGenCodes.TryGetValue(r.Descriptor, out var code) ? code : throw new InvalidOperationException(r.Descriptor.ToString());

    private static readonly Dictionary<ProblemDescriptor, string> ServiceGenCodes = new()
    {
        [ProblemDescriptor.Depression] = "F32",
        [ProblemDescriptor.GeneralisedAnxietyDisorder] = "F41.1",
        [ProblemDescriptor.SocialAnxietyDisorder] = "F40.1",
        [ProblemDescriptor.MixedAnxietyAndDepression] = "F41.2",
        [ProblemDescriptor.PostTraumaticStressDisorder] = "F43.1",
        [ProblemDescriptor.None] = "",
    };

    internal static string SessionsCsv(IEnumerable<ReferralSession> sessions, ReferralSpec[] service)
    {
        var specs = service.SelectMany(r => r.Sessions.Select(s => (r.Id, Spec: s))).ToArray();
        var text = new StringBuilder(SessionsHeader).Append('\n');
        int next = 0;
        foreach (var (id, session) in sessions)
        {
            // The good sessions are written from their specs (in the same order); the bad ones carry no scores.
            string row = next < specs.Length && specs[next].Id == id && specs[next].Spec.Date == session.Date
                ? SessionRow(id, specs[next++].Spec)
                : SessionRow(id, new SessionSpec(session.Date, session.Type, session.Attended));
            text.Append(row).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Building any partition of the referrals into its own builder and merging, in any order, gives the report of one builder.</summary>
    [Property(MaxTest = 80)]
    public Property Any_partition_merged_in_any_order_gives_the_same_report() =>
        Prop.ForAll(
            (from service in ServiceGen.Service(sameDays: true)
             from parts in Gen.Choose(1, 4)
             from assignment in Gen.Choose(0, parts - 1).ArrayOf(service.Length)
             from order in Gen.Shuffle(Enumerable.Range(0, parts))
             select (service, parts, assignment, order)).ToArbitrary(),
            input =>
            {
                var whole = new ServiceReportBuilder(RuleSet.ManualV4, breakdowns: Groups);
                var builders = Enumerable.Range(0, input.parts).Select(_ => new ServiceReportBuilder(RuleSet.ManualV4, breakdowns: Groups)).ToArray();
                for (int i = 0; i < input.service.Length; i++)
                {
                    AddTo(whole, input.service[i], withGroups: true);
                    AddTo(builders[input.assignment[i]], input.service[i], withGroups: true);
                }

                var merged = builders[input.order[0]];
                foreach (int p in input.order.Skip(1))
                {
                    merged.Merge(builders[p]);
                }

                return Json(whole.Build(7, 1)) == Json(merged.Build(7, 1));
            });

    /// <summary>One thread and several give the same report and the same rejections.</summary>
    [Property(MaxTest = 50)]
    public Property One_thread_and_several_give_the_same_report_and_rejections() =>
        Prop.ForAll(ServiceWithBadRecords().ToArbitrary(), Gen.Choose(2, 4).ToArbitrary(), (input, threads) =>
        {
            var one = Batch(input.Referrals, input.Sessions, 1);
            var many = Batch(input.Referrals, input.Sessions, threads);
            return Json(one.Report) == Json(many.Report) && one.Rejections.SequenceEqual(many.Rejections);
        });

    /// <summary>
    /// Row order never changes a result: any shuffle of the referrals and of the sessions (several on one day, of any
    /// type, with any scores, intensities and interventions) gives the same report.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property Any_shuffle_of_either_input_gives_the_same_report() =>
        Prop.ForAll(
            (from service in ServiceGen.Service(sameDays: true)
             from referrals in Gen.Shuffle(service.Select(r => Record(r)))
             from sessions in Gen.Shuffle(Sessions(service))
             select (service, referrals, sessions)).ToArbitrary(),
            input =>
            {
                var inOrder = Batch(input.service.Select(r => Record(r)), Sessions(input.service), 2);
                var shuffled = Batch(input.referrals, input.sessions, 2);
                return Json(inOrder.Report) == Json(shuffled.Report);
            });
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Reporting;

namespace Iapt.Rules.Tests.Reporting;

/// <summary>Invariants of the service report that hold for every service (issue 6: "rates lie in 0-100%; adding a recovered referral never lowers the recovery count").</summary>
public class ServiceReportPropertyTests
{
    private static IEnumerable<ReportFigure> AllFigures(ServiceReport report) =>
        report.Sections.SelectMany(s => s.Figures).Concat(report.Breakdowns.SelectMany(b => b.Groups.SelectMany(g => g.Figures)));

    [Property]
    public Property Every_rate_lies_between_0_and_1_and_no_count_exceeds_its_denominator() =>
        Prop.ForAll(ServiceGen.Service().ToArbitrary(), service =>
        {
            var report = ServiceModel.Report(service, breakdowns: ["group"]);
            return AllFigures(report).All(f =>
                (f.Rate is not { } rate || (rate >= 0m && rate <= 1m))
                && (f.Denominator is not { } d || (f.Count >= 0 && f.Count <= d)));
        });

    /// <summary>
    /// With no period, the headline counts nest: recovered and reliable recovery within finished minus not at
    /// caseness; the three change outcomes within finished; finished within entered treatment within referrals.
    /// </summary>
    [Property]
    public Property The_headline_counts_nest() =>
        Prop.ForAll(ServiceGen.Service().ToArbitrary(), service =>
        {
            var h = ServiceModel.Report(service).Headline;
            return h.ReliableRecovery <= h.Recovered
                && h.Recovered <= h.Finished - h.NotAtCaseness
                && h.ReliableImprovement + h.ReliableDeterioration + h.NoReliableChange <= h.Finished
                && h.Within6Weeks <= h.Within18Weeks && h.Within18Weeks <= h.Finished
                && h.Finished <= h.EnteredTreatment && h.EnteredTreatment <= h.Referrals
                && h.Referrals == service.Length;
        });

    [Property]
    public Property Adding_a_recovered_referral_adds_one_to_the_recovery_count_and_never_lowers_the_rate() =>
        Prop.ForAll(ServiceGen.Service().ToArbitrary(), service =>
        {
            var before = ServiceModel.Report(service);
            var after = ServiceModel.Report([.. service, ServiceGen.Recovered("extra")]);
            var rateBefore = ReportAssert.Find(before, ReportKeys.OutcomesSection, ReportKeys.Recovered).Rate ?? 0m;
            var rateAfter = ReportAssert.Find(after, ReportKeys.OutcomesSection, ReportKeys.Recovered).Rate;
            return after.Headline.Recovered == before.Headline.Recovered + 1
                && after.Headline.Finished == before.Headline.Finished + 1
                && rateAfter >= rateBefore;
        });

    /// <summary>The report is a sum over referrals: the order they are added in changes nothing.</summary>
    [Property]
    public Property The_order_referrals_are_added_in_changes_nothing() =>
        Prop.ForAll(
            ServiceGen.Service().SelectMany(s => Gen.Shuffle(s), (s, shuffled) => (Service: s, Shuffled: shuffled)).ToArbitrary(),
            input => Csv.ReportPipelineTests.Json(ServiceModel.Report(input.Service, breakdowns: ["group"]))
                == Csv.ReportPipelineTests.Json(ServiceModel.Report(input.Shuffled, breakdowns: ["group"])));
}

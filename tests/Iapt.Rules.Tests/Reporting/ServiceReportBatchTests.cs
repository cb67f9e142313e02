using System.Collections.Immutable;
using Iapt.Rules.Episodes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Tests.Csv;
using static Iapt.Rules.Tests.Reporting.ServiceModel;

namespace Iapt.Rules.Tests.Reporting;

/// <summary>The public batch entry point: a service's report from records held in memory, with every rejection.</summary>
public class ServiceReportBatchTests
{
    private static ServiceReportBatchResult Run(
        IEnumerable<ReferralRecord> referrals, IEnumerable<ReferralSession> sessions, int threads = 2, params string[] breakdowns) =>
        ServiceReportBatch.Run(RuleSet.ManualV4, referrals, sessions,
            new ServiceReportBatchOptions { Breakdowns = breakdowns, MaxDegreeOfParallelism = threads });

    [Fact]
    public void Every_figure_of_the_hand_built_service_from_records()
    {
        var result = Run(HandBuiltService.Referrals.Select(r => Record(r)), Sessions(HandBuiltService.Referrals), 2, [.. HandBuiltService.Breakdowns]);
        Assert.Empty(result.Rejections);
        HandBuiltService.AssertEveryFigure(result.Report);
    }

    [Fact]
    public void The_batch_report_is_the_csv_report_of_the_same_service()
    {
        var fromCsv = ReportPipelineTests.Run(HandBuiltService.ReferralsCsv, HandBuiltService.SessionsCsv, by: "gender").Report;
        var fromRecords = Run(HandBuiltService.Referrals.Select(r => Record(r)), Sessions(HandBuiltService.Referrals), 3, "gender").Report;
        Assert.Equal(ReportPipelineTests.Json(fromCsv), ReportPipelineTests.Json(fromRecords));
    }

    private static readonly LocalDateParts Jan1 = new(2024, 1, 1);

    private static ReferralRecord Referral(string id, int referredDay = 0, int? dischargedDay = null) =>
        new(id, Jan1.Plus(referredDay), ProblemDescriptor.Depression, dischargedDay is int d ? Jan1.Plus(d) : null);

    private static ReferralSession Session(string id, int day, SessionType type = SessionType.Treatment) =>
        new(id, new SessionRecord(Jan1.Plus(day), type, true));

    /// <summary>Each record rule rejects its record with its position, field and reason; every other record is used.</summary>
    [Fact]
    public void Each_record_rule_rejects_with_the_position_field_and_reason()
    {
        var result = Run(
            [Referral("a"), Referral(" "), Referral("b", 10, 9), Referral("a", 5), Referral("c", 10, 10)],
            [Session("a", 3), Session("nobody", 3), Session("c", 9), Session("c", 10), Session("b", 11), Session("a", 4)]);
        RecordRejection[] expected =
            [
                new RecordRejection(RecordKind.Referral, 1, RecordRules.EmptyReferralId),
                new RecordRejection(RecordKind.Referral, 2, RecordRules.DischargeBeforeReferral),
                new RecordRejection(RecordKind.Referral, 3, RecordRules.DuplicateReferral("position 0")),
                new RecordRejection(RecordKind.Session, 1, RecordRules.UnknownReferral),
                new RecordRejection(RecordKind.Session, 2, RecordRules.SessionBeforeReferral),
                new RecordRejection(RecordKind.Session, 4, RecordRules.UnknownReferral),
            ];
        Assert.Equal(string.Join("\n", expected), string.Join("\n", result.Rejections));
        Assert.Equal(11, result.Report.Headline.RowsRead);
        Assert.Equal(6, result.Report.Headline.RowsRejected);
        Assert.Equal(2, result.Report.Headline.Referrals);
        Assert.Equal(2, result.Report.Headline.EnteredTreatment);
        Assert.Equal(0, result.Report.Headline.Finished);
    }

    [Fact]
    public void Nothing_given_is_an_empty_report()
    {
        var result = Run([], []);
        Assert.Empty(result.Rejections);
        Assert.Equal(0, result.Report.Headline.RowsRead);
        Assert.Equal(0, result.Report.Headline.Referrals);
    }

    [Fact]
    public void A_referral_needs_one_attribute_per_breakdown()
    {
        var error = Assert.Throws<ArgumentException>(() => Run([Referral("a")], [], 1, "gender"));
        Assert.Contains("position 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builders_merge_only_with_the_same_rules_period_and_breakdowns()
    {
        var builder = new ServiceReportBuilder(RuleSet.ManualV4, breakdowns: ["gender"]);
        Assert.Throws<ArgumentException>(() => builder.Merge(new ServiceReportBuilder(RuleSet.ManualV4)));
        Assert.Throws<ArgumentException>(() => builder.Merge(new ServiceReportBuilder(RuleSet.ManualV4, new ReportPeriod(Jan1.Plus(0), Jan1.Plus(1)), ["gender"])));
        Assert.Throws<ArgumentException>(() => builder.Merge(new ServiceReportBuilder(RuleSet.ManualV4 with { Version = "other" }, breakdowns: ["gender"])));
        builder.Merge(new ServiceReportBuilder(RuleSet.ManualV4, breakdowns: ["gender"]));
        Assert.Equal(["gender"], builder.Breakdowns);
    }

    /// <summary>The referral's own fault comes back from the per-referral derivation, before any session is read.</summary>
    [Fact]
    public void The_derivation_returns_the_referral_fault()
    {
        var builder = new ServiceReportBuilder(RuleSet.ManualV4);
        Assert.Equal(RecordRules.EmptyReferralId, builder.Assess(Referral(""), [], null).AsT1);
        Assert.Equal(RecordRules.DischargeBeforeReferral, builder.Assess(Referral("x", 3, 2), [], null).AsT1);
        Assert.True(builder.Assess(Referral("x", 3, 3), [], null).IsT0);
    }

    /// <summary>The README's batch example gives the output its comment says (the code here is the README's, word for word).</summary>
    [Fact]
    public void The_readme_batch_example_prints_what_it_says()
    {
        var rules = RuleSet.ManualV4;
        var phq9 = rules.Measures[Iapt.Rules.Measures.MeasureKeys.Phq9];
        var gad7 = rules.Measures[Iapt.Rules.Measures.MeasureKeys.Gad7];
        ReferralRecord[] referrals =
        [
            ReferralRecord.Resolved("r1", new NodaTime.LocalDate(2025, 4, 1), rules.Descriptors.Resolve("F32.1"), new NodaTime.LocalDate(2025, 7, 1)),
            ReferralRecord.Resolved("r2", new NodaTime.LocalDate(2025, 4, 3), rules.Descriptors.Resolve("F34.1"), null),
        ];
        ReferralSession[] sessions =
        [
            new("r1", new SessionRecord(new NodaTime.LocalDate(2025, 4, 20), SessionType.Treatment, true)
                { Scores = [phq9.ScoreTotal(18).AsT0, gad7.ScoreTotal(12).AsT0] }),
            new("r1", new SessionRecord(new NodaTime.LocalDate(2025, 6, 20), SessionType.Treatment, true)
                { Scores = [phq9.ScoreTotal(6).AsT0, gad7.ScoreTotal(5).AsT0] }),
            new("r2", new SessionRecord(new NodaTime.LocalDate(2025, 3, 30), SessionType.Treatment, true)),
        ];
        var result = ServiceReportBatch.Run(rules, referrals, sessions);
        string printed = $"{result.Report.Headline.Recovered} recovered; rejected: {string.Join("; ", result.Rejections)}";

        string readme = File.ReadAllText(Path.Combine(Documentation.RulesDocumentTests.RepositoryRoot(), "README.md"));
        Assert.Contains("// " + printed + "\n", readme.Replace("\r\n", "\n"), StringComparison.Ordinal);
        Assert.Contains("ReferralRecord.Resolved(\"r2\", new LocalDate(2025, 4, 3), rules.Descriptors.Resolve(\"F34.1\"), null)", readme, StringComparison.Ordinal);
        Assert.Equal("other_mental_health_problems", result.Report.Breakdowns[0].Groups.Single(g => g.Value != "depression").Value);
    }

    /// <summary>
    /// The national waiting measures beyond M4 (reference §9) in a report of the first half of 2024, worked by hand:
    /// each counts by its own date (the second treatment, the first assessment) and the tracking list is drawn up as of
    /// the period's last day, 2024-06-30.
    /// </summary>
    [Fact]
    public void The_national_waiting_measures_count_by_their_own_dates_in_the_period()
    {
        static NodaTime.LocalDate D(int year, int month, int day) => new(year, month, day);
        static ReferralSession S(string id, NodaTime.LocalDate date, SessionType type) => new(id, new SessionRecord(date, type, true));
        ReferralRecord[] referrals =
        [
            new("r1", D(2023, 12, 1), ProblemDescriptor.Depression, D(2024, 5, 1)),
            new("r2", D(2024, 2, 1), ProblemDescriptor.Depression, null),
            new("r3", D(2024, 1, 10), ProblemDescriptor.Depression, null),
            new("r4", D(2024, 6, 1), ProblemDescriptor.Depression, null),
            new("r5", D(2024, 1, 5), ProblemDescriptor.Depression, D(2024, 2, 1)),
        ];
        ReferralSession[] sessions =
        [
            S("r1", D(2023, 12, 10), SessionType.Assessment),   // assessed before the period: not counted
            S("r1", D(2023, 12, 20), SessionType.Treatment),
            S("r1", D(2024, 4, 1), SessionType.Treatment),      // second treatment in the period, 103 days on: over 90
            S("r2", D(2024, 2, 20), SessionType.Assessment),    // 19 days: not within 14; band 0-28
            S("r2", D(2024, 3, 1), SessionType.Treatment),
            S("r2", D(2024, 3, 15), SessionType.Treatment),     // second, 14 days; last contact: 107 days before 06-30
            S("r4", D(2024, 6, 5), SessionType.Assessment),     // 4 days: within 14
            S("r5", D(2024, 1, 10), SessionType.Treatment),
            S("r5", D(2024, 1, 20), SessionType.Treatment),     // second, 10 days; r5 closed on 02-01
        ];
        var report = ServiceReportBatch.Run(RuleSet.ManualV4, referrals, sessions,
            new ServiceReportBatchOptions { Period = new ReportPeriod(D(2024, 1, 1), D(2024, 6, 30)) }).Report;
        var a = new ReportAssert(report);
        a.Share(ReportKeys.WaitsSection, "second_treatment_over_90_days", 1, 3);
        a.Share(ReportKeys.WaitsSection, "assessment_within_14_days", 1, 2);
        a.Share(ReportKeys.WaitsSection, "assessment_wait_0_28", 2, 2);
        a.Share(ReportKeys.WaitsSection, "assessment_wait_29_56", 0, 2);
        a.Share(ReportKeys.WaitsSection, "waiting_over_90_days", 1, 2);       // r3 172 days; r4 29 days
        a.Share(ReportKeys.WaitsSection, "no_contact_over_90_days", 1, 1);    // r2 in treatment, last seen 03-15
    }

    /// <summary>A day of the test year, as a small value the cases above can be written with.</summary>
    private readonly record struct LocalDateParts(int Year, int Month, int Day)
    {
        public NodaTime.LocalDate Plus(int days) => new NodaTime.LocalDate(Year, Month, Day).PlusDays(days);
    }
}

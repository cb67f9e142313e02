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

    /// <summary>A day of the test year, as a small value the cases above can be written with.</summary>
    private readonly record struct LocalDateParts(int Year, int Month, int Day)
    {
        public NodaTime.LocalDate Plus(int days) => new NodaTime.LocalDate(Year, Month, Day).PlusDays(days);
    }
}

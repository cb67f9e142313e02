using System.Collections.Immutable;
using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;
using NodaTime;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.Cli;

/// <summary>Hand-built service reports for the renderer tests; every number is written here, not computed by the engine.</summary>
internal static class ReportSamples
{
    public static readonly ServiceStandard Recovery = new("recovery_rate", "Recovery rate", 0.5m, StandardComparison.AtLeast, Source.M4("§6.4.3"));
    public static readonly ServiceStandard Improvement = new("reliable_improvement_rate", "Reliable improvement rate", 2m / 3m, StandardComparison.AtLeast, Source.M4("§6.4.3"));
    public static readonly ServiceStandard SixWeeks = new("six_week_wait", "First treatment within 6 weeks", 0.75m, StandardComparison.AtLeast, Source.M4("§6.4.2"));
    public static readonly ServiceStandard Course = new("course_share", "Referrals seen who go on to a course", 0.5m, StandardComparison.MoreThan, Source.M4("Table 7"));

    /// <summary>Text that would break Markdown, HTML or JSON if it were not escaped.</summary>
    public const string Hostile = "<script>alert('x')</script> | \"q\" & *b* [l](http://evil.example/x.png)";

    public static HeadlineCounts Headline => new()
    {
        RowsRead = 1012,
        RowsRejected = 12,
        Referrals = 400,
        EnteredTreatment = 300,
        Finished = 200,
        NotAtCaseness = 20,
        Recovered = 90,
        ReliableImprovement = 140,
        ReliableDeterioration = 9,
        NoReliableChange = 51,
        ReliableRecovery = 80,
        Within6Weeks = 160,
        Within18Weeks = 196,
    };

    /// <summary>A report with every kind of figure: counts, shares with and without standards, values, wait bands and two breakdowns.</summary>
    public static ServiceReport Full() => new()
    {
        RuleSet = "IAPT Manual v4 (2020.1)",
        Period = new ReportPeriod(new LocalDate(2024, 4, 1), new LocalDate(2025, 3, 31)),
        Headline = Headline,
        Sections =
        [
            new(ReportKeys.ActivitySection, "Activity",
            [
                ReportFigure.Of(ReportKeys.Referrals, "Referrals", 400, rule: "M4 §6.4.1"),
                ReportFigure.Of(ReportKeys.EnteredTreatment, "Entered treatment", 300, 400, "M4 §6.4.1"),
                ReportFigure.Of("course_share", "Seen who went on to a course", 200, 300, "M4 Table 7", Course),
                ReportFigure.OfValue("mean_sessions", "Mean treatment sessions", 7.25m, 200, "M4 §6.4.3"),
            ]),
            new(ReportKeys.OutcomesSection, "Outcomes",
            [
                ReportFigure.Of(ReportKeys.Recovered, "Recovered", 90, 180, "M4 §6.4.3", Recovery),
                ReportFigure.Of(ReportKeys.ReliableImprovement, "Reliable improvement", 140, 200, "M4 §6.4.3", Improvement),
                ReportFigure.Of(ReportKeys.ReliableDeterioration, "Reliable deterioration", 3, 200, "M4 §6.4.3"),
                ReportFigure.OfValue("effect_size_phq9", "PHQ-9 pre-post effect size", 1.4m, "LIT"),
            ]),
            new(ReportKeys.WaitsSection, "Waiting times",
            [
                ReportFigure.Of(ReportKeys.Within6Weeks, "First treatment within 6 weeks", 160, 200, "M4 §6.4.2", SixWeeks),
                ReportFigure.Of(ReportKeys.WaitBands[0], "0-28 days", 180, 300),
                ReportFigure.Of(ReportKeys.WaitBands[1], "29-56 days", 70, 300),
                ReportFigure.Of(ReportKeys.WaitBands[2], "57-90 days", 46, 300),
                ReportFigure.Of(ReportKeys.WaitBands[3], "over 90 days", 4, 300),
            ]),
        ],
        Breakdowns =
        [
            new(ReportKeys.ProblemDescriptorBreakdown,
            [
                Group("", 2, 3),
                Group("F32 Depressive episode", 40, 80),
                Group("F41.1 Generalised anxiety disorder", 50, 97),
            ]),
            new("ethnicity",
            [
                Group(Hostile, 10, 20),
                Group("White British", 80, 160),
            ]),
        ],
    };

    private static ReportGroup Group(string value, long recovered, long denominator) =>
        new(value, ImmutableArray.Create(
            ReportFigure.Of(ReportKeys.Finished, "Finished", denominator + 2),
            ReportFigure.Of(ReportKeys.Recovered, "Recovered", recovered, denominator, "M4 §6.4.3", Recovery)));
}

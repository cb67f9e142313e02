using System.Collections.Immutable;
using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.Reporting;

/// <summary>Small hand-built reports and standards for the disclosure and renderer tests.</summary>
internal static class ReportFixtures
{
    /// <summary>Recovery: at least 50% (M4 §6.4.3), built here rather than read from the engine's tables.</summary>
    public static readonly ServiceStandard Recovery50 =
        new("recovery_rate", "Recovery rate", 0.5m, StandardComparison.AtLeast, Source.M4("§6.4.3"));

    /// <summary>A report with the given headline and sections and no breakdowns.</summary>
    public static ServiceReport Report(HeadlineCounts headline, params ReportSection[] sections) => new()
    {
        RuleSet = "IAPT Manual v4 (2020.1)",
        Headline = headline,
        Sections = [.. sections],
        Breakdowns = [],
    };

    /// <summary>A section holding the given figures.</summary>
    public static ReportSection Section(string key, params ReportFigure[] figures) => new(key, key, [.. figures]);

    /// <summary>A breakdown by problem descriptor whose groups each hold a recovered figure of the given counts.</summary>
    public static ReportBreakdown Descriptors(params (string Value, long Recovered, long Denominator)[] groups) =>
        new(ReportKeys.ProblemDescriptorBreakdown,
            [.. groups.Select(g => new ReportGroup(g.Value, ImmutableArray.Create(
                ReportFigure.Of(ReportKeys.Recovered, "Recovered", g.Recovered, g.Denominator, "M4 §6.4.3", Recovery50))))]);
}

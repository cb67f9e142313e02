using System.Collections.Immutable;
using Iapt.Rules.Reporting.Disclosure;

namespace Iapt.Rules.Reporting;

/// <summary>
/// A service's report against the national standards: headline counts, titled sections of figures, the wait-band
/// distribution, and breakdowns by problem descriptor and by chosen attributes.
/// </summary>
public sealed record ServiceReport
{
    /// <summary>The rule set that produced the report, as <c>name (version)</c>.</summary>
    public required string RuleSet { get; init; }

    /// <summary>The reporting period, or <see langword="null"/> for every referral.</summary>
    public ReportPeriod? Period { get; init; }

    /// <summary>The headline counts (JSON <c>headline</c>).</summary>
    public required HeadlineCounts Headline { get; init; }

    /// <summary>The sections of figures, in display order.</summary>
    public required ImmutableArray<ReportSection> Sections { get; init; }

    /// <summary>The breakdowns (problem descriptor first, then any chosen attributes).</summary>
    public required ImmutableArray<ReportBreakdown> Breakdowns { get; init; }

    /// <summary>
    /// The outcomes of the referrals ended in each calendar month of the report (<see cref="OutcomesByMonthTally"/>,
    /// key <see cref="ReportKeys.MonthEndedBreakdown"/>): recovery by month. Set by <see cref="ServiceReportBuilder"/>
    /// (and so by <see cref="ServiceReportBatch"/> and the CSV reader); <see langword="null"/> on a report built
    /// another way. Its counts add up to the outcomes section's.
    /// </summary>
    public ReportBreakdown? OutcomesByMonth { get; init; }

    /// <summary>Whether statistical disclosure control has been applied.</summary>
    public bool Suppressed { get; init; }

    /// <summary>
    /// The disclosure rules that were applied (set by <see cref="DisclosureControl"/>), or
    /// <see langword="null"/> when the report is exact. Renderers use it to state the threshold and rounding base.
    /// </summary>
    public DisclosureRules? DisclosureRules { get; init; }
}

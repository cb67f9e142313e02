using System.Collections.Immutable;

namespace Iapt.Rules.Reporting;

/// <summary>
/// The report's key figures split by one attribute (the problem descriptor, or any referral column chosen with
/// <c>--by</c>): equity of access and outcomes (MQS 5).
/// </summary>
/// <param name="Key">The attribute, for example <c>problem_descriptor</c> or <c>ethnicity</c>.</param>
/// <param name="Groups">One group per value of the attribute, in ascending order of the value.</param>
public sealed record ReportBreakdown(string Key, ImmutableArray<ReportGroup> Groups);

/// <summary>The figures of one value of a breakdown's attribute.</summary>
/// <param name="Value">The attribute's value; empty when the referral had none.</param>
/// <param name="Figures">The figures for the referrals with this value.</param>
public sealed record ReportGroup(string Value, ImmutableArray<ReportFigure> Figures);

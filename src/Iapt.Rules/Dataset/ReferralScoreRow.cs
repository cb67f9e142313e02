namespace Iapt.Rules.Dataset;

/// <summary>One row of <c>IDS606CodedScoreAssessmentRefer</c> as text: a score recorded against the referral.</summary>
/// <param name="Line">The row's line; named in rejections.</param>
/// <param name="PathwayId"><c>PathwayID</c>.</param>
/// <param name="ToolType"><c>CodedAssToolType</c>, the measure (SNOMED CT).</param>
/// <param name="Score"><c>PersScore</c>, the total as text.</param>
/// <param name="Date"><c>AssToolCompDate</c>, ISO <c>yyyy-MM-dd</c>.</param>
public readonly record struct ReferralScoreRow(long Line, string? PathwayId, string? ToolType, string? Score, string? Date);

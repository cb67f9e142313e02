namespace Iapt.Rules.Dataset;

/// <summary>One row of <c>IDS607CodedScoreAssessmentAct</c> as text: a score recorded at a care contact (dated by it).</summary>
/// <param name="Line">The row's line; named in rejections.</param>
/// <param name="PathwayId"><c>PathwayID</c>.</param>
/// <param name="CareContactId"><c>CareContactId</c> of the contact.</param>
/// <param name="ToolType"><c>CodedAssToolType</c>, the measure (SNOMED CT).</param>
/// <param name="Score"><c>PersScore</c>, the total as text.</param>
public readonly record struct ContactScoreRow(long Line, string? PathwayId, string? CareContactId, string? ToolType, string? Score);

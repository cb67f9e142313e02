namespace Iapt.Rules.Dataset;

/// <summary>One row of <c>IDS202CareActivity</c> as text.</summary>
/// <param name="Line">The row's line; named in rejections.</param>
/// <param name="PathwayId"><c>PathwayID</c>.</param>
/// <param name="CareContactId"><c>CareContactId</c> of the contact the activity belongs to.</param>
/// <param name="TherapyType"><c>CodeProcAndProcStatus</c>, the therapy type (SNOMED CT).</param>
public readonly record struct CareActivityRow(long Line, string? PathwayId, string? CareContactId, string? TherapyType);

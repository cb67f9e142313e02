namespace Iapt.Rules.Dataset;

/// <summary>One row of <c>IDS603PresentingComplaints</c> as text.</summary>
/// <param name="Line">The row's line; named in rejections and the later of two otherwise equal rows wins.</param>
/// <param name="PathwayId"><c>PathwayID</c>.</param>
/// <param name="Code"><c>PresComp</c> (or <c>Validated_PresentingComplaint</c>): an ICD-10 code or a SNOMED CT concept id.</param>
/// <param name="Significance"><c>PresCompCodSig</c>: <c>P</c> primary, <c>S</c> secondary.</param>
/// <param name="Date"><c>PresCompDate</c>, ISO <c>yyyy-MM-dd</c>; may be empty.</param>
public readonly record struct PresentingComplaintRow(long Line, string? PathwayId, string? Code, string? Significance, string? Date);

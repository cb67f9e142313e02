using Iapt.Rules.Provenance;

namespace Iapt.Rules.Dataset;

/// <summary>
/// One assessment tool of <c>CodedAssToolType</c> (a SNOMED CT concept id) and the measure of the rule set its total
/// is a score on, with its source. Tool types the rule set does not list are ignored and counted.
/// </summary>
/// <param name="Code">The SNOMED CT concept id, for example <c>720433000</c> (PHQ-9 total).</param>
/// <param name="MeasureKey">The key of the measure in the rule set's catalogue, for example <c>phq9</c>.</param>
/// <param name="Meaning">The tool in words.</param>
/// <param name="Source">Where the code comes from.</param>
public sealed record AssessmentTool(string Code, string MeasureKey, string Meaning, Source Source);

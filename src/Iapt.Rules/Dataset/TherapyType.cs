using Iapt.Rules.Provenance;
using Iapt.Rules.Stepping;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Dataset;

/// <summary>One therapy type of <c>CodeProcAndProcStatus</c> (a SNOMED CT concept id) and its intensity, with its source.</summary>
/// <param name="Code">The SNOMED CT concept id, for example <c>304891004</c> (cognitive behavioural therapy).</param>
/// <param name="Intensity">Low or high intensity, or <see cref="Intensity.Unknown"/> for neither (employment support).</param>
/// <param name="Meaning">The therapy in words.</param>
/// <param name="Source">Where the code and its intensity come from.</param>
public sealed record TherapyType(string Code, Intensity Intensity, string Meaning, Source Source);

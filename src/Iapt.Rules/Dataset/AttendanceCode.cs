using Iapt.Rules.Provenance;

namespace Iapt.Rules.Dataset;

/// <summary>One attendance code of <c>AttendOrDNACode</c> and what it counts as, with its source.</summary>
/// <param name="Code">The code as a number (<c>05</c> and <c>5</c> are both 5).</param>
/// <param name="Kind">Attended, missed or cancelled.</param>
/// <param name="Meaning">The code's meaning in the NHS data dictionary, for example <c>arrived late but seen</c>.</param>
/// <param name="Source">Where the code and its reading come from.</param>
public sealed record AttendanceCode(int Code, AttendanceKind Kind, string Meaning, Source Source);

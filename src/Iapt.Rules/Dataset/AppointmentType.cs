using Iapt.Rules.Episodes;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Dataset;

/// <summary>
/// One appointment type of <c>AppType</c> and the session type an attended contact of it is, with its source. A code
/// that <see cref="DatasetRules.AppointmentTypes"/> does not list is an attended contact that is neither an
/// assessment nor a treatment session (<see cref="SessionType.FollowUp"/>).
/// </summary>
/// <param name="Code">The code as a number (<c>02</c> and <c>2</c> are both 2).</param>
/// <param name="SessionType">What an attended contact of the type is: an assessment, a treatment session, or both.</param>
/// <param name="Meaning">The type in words, for example <c>treatment</c>.</param>
/// <param name="Source">Where the reading comes from.</param>
public sealed record AppointmentType(int Code, SessionType SessionType, string Meaning, Source Source);

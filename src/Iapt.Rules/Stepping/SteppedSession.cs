using NodaTime;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Stepping;

/// <summary>
/// One treatment session as stepping sees it: its date, its intensity and the intervention delivered. Only
/// attended treatment sessions belong here (sessions coded "treatment" or "assessment and treatment", M4 §6.4.1);
/// the caller leaves out assessments, follow-ups and missed appointments.
/// </summary>
/// <param name="Date">The date of the session.</param>
/// <param name="Intensity">Low or high intensity; <see cref="Intensity.Unknown"/> when not recorded.</param>
/// <param name="Intervention">The intervention; <see cref="Intervention.Unknown"/> when not recorded.</param>
public readonly record struct SteppedSession(LocalDate Date, Intensity Intensity, Intervention Intervention = Intervention.Unknown);

using Iapt.Rules.Measures;

namespace Iapt.Rules.Stepping;

/// <summary>
/// What M4 Table 2's conditions and footnotes depend on, beyond the problem descriptor and the step: the depression
/// severity, the phase of treatment and the couple relationship. Every member may be left unrecorded; a condition
/// that depends on an unrecorded member is reported as undetermined, never guessed. <c>default</c> records nothing.
/// </summary>
public readonly record struct TreatmentContext
{
    /// <summary>
    /// The PHQ-9 score that sets the depression severity (the referral's first PHQ-9), or <see langword="null"/> when
    /// there is none. Its severity band (for example <c>severe</c>, 20-27) decides which depression rows of Table 2
    /// apply and whether depression is severe (M4 §1.3, Table 5). It must be a PHQ-9 score.
    /// </summary>
    public Score? FirstPhq9 { get; init; }

    /// <summary>Acute episode or relapse prevention (Table 2 footnote e); <see cref="TreatmentPhase.Unknown"/> when not recorded.</summary>
    public TreatmentPhase Phase { get; init; }

    /// <summary>
    /// Whether the relationship is considered to contribute to maintaining the depression and both partners wish
    /// to work together in therapy (Table 2 footnote d, the condition for couple therapy); <see langword="null"/>
    /// when not recorded.
    /// </summary>
    public bool? RelationshipMaintainsDepression { get; init; }
}

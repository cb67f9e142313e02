namespace Iapt.Rules.Measures;

/// <summary>
/// Whether a score carries a risk signal: PHQ-9 item 9 (thoughts of self-harm) answered above zero. Risk is
/// assessed at every contact and high risk is referred the same day (OSS 10, 13), so a scoring result surfaces it.
/// </summary>
public enum RiskSignal
{
    /// <summary>The measure has no risk item, or the score was recorded as a total so the risk item is unknown.</summary>
    NotAssessed,

    /// <summary>The risk item was answered zero.</summary>
    NotRaised,

    /// <summary>The risk item was answered above zero: surface it to a clinician.</summary>
    Raised,
}

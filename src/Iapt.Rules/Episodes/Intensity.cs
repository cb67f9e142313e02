namespace Iapt.Rules.Episodes;

/// <summary>The intensity of an intervention in stepped care (M4 Table 9; OSS 5, 7).</summary>
public enum Intensity
{
    /// <summary>Not recorded.</summary>
    Unknown,

    /// <summary>Low intensity: step 2, delivered by psychological wellbeing practitioners.</summary>
    Low,

    /// <summary>High intensity: step 3, delivered by high-intensity therapists.</summary>
    High,
}

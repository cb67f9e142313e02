namespace Iapt.Rules.Stepping;

/// <summary>Whether a step-up to high intensity is recommended after a low-intensity course.</summary>
public enum StepUpVerdict
{
    /// <summary>The outcome needed to decide was not recorded.</summary>
    Undetermined = 0,

    /// <summary>A full course of high-intensity treatment is recommended within the same episode of care (M4 Table 5).</summary>
    Recommended,

    /// <summary>No step-up: the person recovered, or responded (below caseness and reliably improved).</summary>
    NotRecommended,
}

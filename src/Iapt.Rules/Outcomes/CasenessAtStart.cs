namespace Iapt.Rules.Outcomes;

/// <summary>Whether a referral was a clinical case at the start of treatment (M4 §6.4.3).</summary>
public enum CasenessAtStart
{
    /// <summary>Not known: no first score is at caseness and at least one of the two first scores is missing.</summary>
    Unknown,

    /// <summary>The first PHQ-9 or the first anxiety-measure score is at caseness.</summary>
    Case,

    /// <summary>Both first scores are present and below caseness.</summary>
    NotCase,
}

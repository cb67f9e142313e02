namespace Iapt.Rules.Outcomes;

/// <summary>The outcomes a finished course of treatment achieved (M4 §6.4.3; NHSD), as flags.</summary>
[Flags]
public enum ClinicalOutcomes
{
    /// <summary>None of the outcomes below (always the case when the scores are not paired).</summary>
    None = 0,

    /// <summary>At caseness at the start, and both last scores below caseness.</summary>
    Recovered = 1,

    /// <summary>PHQ-9 or the anxiety measure fell by at least its reliable-change value, and neither rose by that much.</summary>
    ReliableImprovement = 2,

    /// <summary>PHQ-9 or the anxiety measure rose by at least its reliable-change value, and neither fell by that much.</summary>
    ReliableDeterioration = 4,

    /// <summary>Paired scores that show neither reliable improvement nor reliable deterioration.</summary>
    NoReliableChange = 8,

    /// <summary>Both recovered and reliably improved.</summary>
    ReliableRecovery = 16,
}

namespace Iapt.Rules.Dataset;

/// <summary>NHS Digital's derived flags on <c>IDS101Referral</c> that the engine reconciles against (reference §9).</summary>
public enum NhsdIndicator
{
    /// <summary><c>CompletedTreatment_Flag</c>: finished a course of treatment (the engine's <c>Finished</c>).</summary>
    CompletedTreatment,

    /// <summary><c>NotCaseness_Flag</c>: finished, and not at caseness at the start.</summary>
    NotCaseness,

    /// <summary><c>Recovery_Flag</c>: moved to recovery.</summary>
    Recovery,

    /// <summary><c>ReliableImprovement_Flag</c>: reliable improvement.</summary>
    ReliableImprovement,

    /// <summary><c>ReliableDeterioration_Flag</c>: reliable deterioration.</summary>
    ReliableDeterioration,
}

namespace Iapt.Rules.Stepping;

/// <summary>Why a step-up was or was not recommended (M4 §1.3, Table 5).</summary>
public enum StepUpReason
{
    /// <summary>Not recommended: the person recovered; only those who do not fully recover are stepped up (M4 §1.3, Table 5).</summary>
    Recovered = 0,

    /// <summary>
    /// Recommended: still at caseness after the low-intensity course, so the person has not responded and should be
    /// given at least one full dose of high intensity within the same episode (M4 Table 5 "offer an adequate dose").
    /// </summary>
    StillAtCaseness,

    /// <summary>Recommended: below caseness but without reliable improvement; step up when there is no improvement (M4 Table 5 "appropriate stepping").</summary>
    NoReliableImprovement,

    /// <summary>Not recommended: below caseness and reliably improved, so the person responded to low intensity.</summary>
    Responded,

    /// <summary>Undetermined: caseness at the end, or reliable improvement, was not recorded.</summary>
    OutcomeNotRecorded,
}

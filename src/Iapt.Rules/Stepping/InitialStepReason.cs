namespace Iapt.Rules.Stepping;

/// <summary>Why an initial step was chosen (M4 §1.3, §5.1.3, Table 2, Table 5).</summary>
public enum InitialStepReason
{
    /// <summary>Step 2: the least intrusive NICE-recommended intervention is offered first (M4 §1.3, Table 5).</summary>
    LeastIntrusiveFirst = 0,

    /// <summary>Step 3: NICE recommends high intensity first for the descriptor (PTSD, social anxiety disorder; M4 §1.3, §3.2, Table 5).</summary>
    HighIntensityFirstForDescriptor,

    /// <summary>
    /// Step 3: depression whose first PHQ-9 is in <see cref="SteppingRules.SevereDepressionBand"/>: the severe band,
    /// 20-27 (M4 §1.3, Table 5); in <see cref="SteppingRules.Ng222"/> the more severe band, 16-27 (NICE NG222).
    /// </summary>
    SevereDepression,

    /// <summary>
    /// Step 3: Table 2 lists no low-intensity intervention for the descriptor, and low intensity is offered only where
    /// there is evidence of its effectiveness (M4 Table 5).
    /// </summary>
    NoLowIntensityInTable2,

    /// <summary>Unknown step: no problem descriptor, so no NICE-recommended treatment can be chosen (M4 Table 5).</summary>
    NoProblemDescriptor,

    /// <summary>Unknown step: depression with no first PHQ-9, so whether it is severe cannot be known (M4 §1.3, Table 5).</summary>
    DepressionSeverityUnknown,

    /// <summary>
    /// Step 2: mixed anxiety and depressive disorder is by definition the mildest presentation, "a mild disorder"
    /// whose symptoms are not intense enough for a depressive or anxiety disorder (M4 §5.1.3), so the least
    /// intrusive step applies although Table 2 has no row for it (M4 §1.3, Table 5).
    /// </summary>
    MildestPresentation,
}

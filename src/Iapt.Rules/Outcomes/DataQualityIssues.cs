namespace Iapt.Rules.Outcomes;

/// <summary>Problems in a referral's record that the national guidance names as worse practice (M4 Table 7).</summary>
[Flags]
public enum DataQualityIssues
{
    /// <summary>No problem found.</summary>
    None = 0,

    /// <summary>No problem descriptor was recorded (M4 Table 7; Table 8 expects at least 80% recorded).</summary>
    NoProblemDescriptor = 1,

    /// <summary>
    /// Mixed anxiety and depressive disorder (F41.2) recorded while the first PHQ-9 and the first anxiety-measure
    /// score are both at caseness: the descriptor is for sub-syndromal symptoms, not both disorders (M4 §5.1.3, Table 7).
    /// </summary>
    MixedAnxietyDepressionAtCaseness = 2,

    /// <summary>
    /// The descriptor calls for a measure other than GAD-7 that the rule set counts for recovery (an ADSM), and that
    /// measure has no first and last score, so GAD-7 was used (M4 Table 7). Raised whether or not the course has
    /// finished.
    /// </summary>
    AdsmNotPaired = 4,
}

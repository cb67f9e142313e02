namespace Iapt.Rules.Stepping;

/// <summary>Whether an intervention is NICE-concordant for a problem descriptor at a step (M4 Table 2).</summary>
public enum ConcordanceVerdict
{
    /// <summary>
    /// Table 2 recommends the intervention only under a condition whose input was not recorded (depression severity,
    /// relapse prevention, the couple relationship), or the intervention or the form of CBT was not recorded.
    /// </summary>
    Undetermined = 0,

    /// <summary>A Table 2 row for the descriptor and step lists the intervention, and the row's condition and footnote hold.</summary>
    Recommended,

    /// <summary>
    /// Table 2 covers the descriptor, but no row at that step lists the intervention, or the rows that do are for
    /// another severity or phase, or the footnote's condition does not hold.
    /// </summary>
    NotRecommended,

    /// <summary>
    /// Table 2 does not speak to the case: no problem descriptor, a descriptor with no Table 2 row (for example
    /// agoraphobia or mixed anxiety and depressive disorder), or a step Table 2 does not list (steps 1 and 4).
    /// </summary>
    NotCovered,
}

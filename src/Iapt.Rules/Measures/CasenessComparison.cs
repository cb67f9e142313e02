namespace Iapt.Rules.Measures;

/// <summary>How a score is compared with a measure's cut-off to decide caseness.</summary>
public enum CasenessComparison
{
    /// <summary>A score at or above the cut-off is at caseness (PHQ-9 &gt;= 10, GAD-7 &gt;= 8, and most measures).</summary>
    AtOrAbove,

    /// <summary>Only a score strictly above the cut-off is at caseness (the Mobility Inventory: mean &gt; 2.3, M4 Table 6).</summary>
    StrictlyAbove,
}

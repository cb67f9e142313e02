namespace Iapt.Rules.Measures;

/// <summary>How item answers become a score.</summary>
public enum ScoringMethod
{
    /// <summary>The total is the sum of the item answers (a whole number).</summary>
    Sum,

    /// <summary>The score is the exact mean of the item answers (the Mobility Inventory); a decimal.</summary>
    ItemMean,
}

namespace Iapt.Rules.Measures;

/// <summary>How a summed measure's total is read when an item that may be not applicable is.</summary>
public enum NotApplicableScoring
{
    /// <summary>
    /// The total is the sum of the applicable items, and the severity bands are read on it unchanged (WSAS with
    /// item 1 not applicable: 0-32, read on the 0-40 bands). The default of both WSAS and PHQ-15 [unconfirmed].
    /// </summary>
    SumOfApplicableItems,

    /// <summary>
    /// The sum of the applicable items scaled to the full item count and rounded to the nearest whole number, halves
    /// up: sum x items / applicable items (WSAS 13 over four items reads 16.25, so 16). The bands are read on that.
    /// </summary>
    ProratedToAllItems,
}

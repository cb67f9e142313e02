namespace Iapt.Rules.Stepping;

/// <summary>Where a number of treatment sessions falls against the dose range for its intensity.</summary>
public enum DoseBand
{
    /// <summary>The intensity is unknown, so there is no range to compare with.</summary>
    Unknown = 0,

    /// <summary>Fewer sessions than the range's minimum.</summary>
    BelowRange,

    /// <summary>Within the range, both ends included.</summary>
    WithinRange,

    /// <summary>More sessions than the range's maximum.</summary>
    AboveRange,
}

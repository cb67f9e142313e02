namespace Iapt.Rules.Waiting;

/// <summary>Which waiting-time standard a breach is measured against.</summary>
public enum BreachTarget
{
    /// <summary>The 6-week standard (breach date: referral + 42 days under the Manual v4).</summary>
    SixWeeks,

    /// <summary>The 18-week standard (breach date: referral + 126 days under the Manual v4).</summary>
    EighteenWeeks,
}

namespace Iapt.Rules.Waiting;

/// <summary>Where a referral stands on the referral-to-treatment clock.</summary>
public enum WaitStatus
{
    /// <summary>No treatment session yet: the clock is still running.</summary>
    Waiting,

    /// <summary>The first treatment session has taken place: the clock has stopped.</summary>
    Treated,
}

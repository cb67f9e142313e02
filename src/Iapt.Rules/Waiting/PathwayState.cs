namespace Iapt.Rules.Waiting;

/// <summary>Where a referral stands on an as-of date, for the patient tracking list's national views.</summary>
public enum PathwayState
{
    /// <summary>The referral was received after the as-of date: it is on no list yet.</summary>
    NotYetReferred,

    /// <summary>The referral was discharged on or before the as-of date.</summary>
    Closed,

    /// <summary>Open, and no treatment session on or before the as-of date: waiting for a first treatment (M4 §8.1.4).</summary>
    WaitingForFirstTreatment,

    /// <summary>Open, with a first treatment session on or before the as-of date.</summary>
    InTreatment,
}

namespace Iapt.Rules.Waiting;

/// <summary>A dated event on a referral's pathway from which, or to which, an access standard is measured.</summary>
public enum AccessMilestone
{
    /// <summary>The referral was received (M4 §6.3: the date the referral is received).</summary>
    Referral,

    /// <summary>The decision to treat was made (OSS 10).</summary>
    DecisionToTreat,

    /// <summary>The first assessment took place (RtB 7.10, 7.12).</summary>
    Assessment,

    /// <summary>The first attended treatment session, whatever the step (RtB 7.12; M4 §6.4.2).</summary>
    FirstTreatment,

    /// <summary>Step 2 (low-intensity) treatment started (OSS 11).</summary>
    Step2TreatmentStart,

    /// <summary>Step 3 or 4 treatment started, where that is the first step (OSS 11).</summary>
    Step3Or4TreatmentStart,

    /// <summary>High risk was identified (OSS 13: suicidal ideation, severe self-injury, psychotic symptoms).</summary>
    HighRiskIdentified,

    /// <summary>The high-risk patient was referred urgently to the community mental health team or provider (OSS 13).</summary>
    UrgentOnwardReferral,
}

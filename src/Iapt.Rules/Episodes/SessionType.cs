namespace Iapt.Rules.Episodes;

/// <summary>What a care contact was, as services code it. Only attended treatment contacts count as treatment sessions (M4 §6.4.1).</summary>
public enum SessionType
{
    /// <summary>An assessment only: not a treatment session, though its scores can be a referral's first scores.</summary>
    Assessment,

    /// <summary>An assessment that also delivered treatment: a treatment session when attended (M4 §6.4.1).</summary>
    AssessmentAndTreatment,

    /// <summary>A treatment session (M4 §6.4.1).</summary>
    Treatment,

    /// <summary>A follow-up contact after treatment: counts neither as a treatment session nor for scores (NHSD).</summary>
    FollowUp,
}

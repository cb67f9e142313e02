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

    /// <summary>
    /// Scores recorded against the referral rather than at a care contact (the national data set's
    /// <c>IDS606CodedScoreAssessmentRefer</c>, reference §9): not a contact, never a treatment session or a missed
    /// appointment, and attendance is not read; its scores count when dated on or before discharge, and on one date
    /// they come before any contact's scores.
    /// </summary>
    ReferralScores,
}

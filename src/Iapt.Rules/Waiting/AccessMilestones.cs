namespace Iapt.Rules.Waiting;

/// <summary>Field names and shared errors for <see cref="AccessMilestone"/> values.</summary>
internal static class AccessMilestones
{
    private static readonly string[] Fields =
    [
        WaitingError.ReferralDateField,
        "decision_to_treat_date",
        "assessment_date",
        WaitingError.FirstTreatmentDateField,
        "step_2_treatment_date",
        "step_3_or_4_treatment_date",
        "high_risk_identified_date",
        "urgent_referral_date",
    ];

    private static readonly WaitingError[,] EndBeforeStartErrors = BuildErrors();

    /// <summary>The field name of a milestone's date, for example <c>decision_to_treat_date</c>.</summary>
    public static string Field(AccessMilestone milestone) => Fields[(int)milestone];

    /// <summary>The shared error for a later milestone dated before an earlier one.</summary>
    public static WaitingError EndBeforeStart(AccessMilestone from, AccessMilestone to) => EndBeforeStartErrors[(int)from, (int)to];

    private static WaitingError[,] BuildErrors()
    {
        var errors = new WaitingError[Fields.Length, Fields.Length];
        for (int from = 0; from < Fields.Length; from++)
        {
            for (int to = 0; to < Fields.Length; to++)
            {
                errors[from, to] = WaitingError.EndBefore(Fields[to], Fields[from]);
            }
        }

        return errors;
    }
}

namespace Iapt.Rules.Reporting;

/// <summary>
/// The stable keys of a service report's sections and figures. They appear in the JSON output and are relied on by
/// other tools: add new keys, never rename old ones.
/// </summary>
public static class ReportKeys
{
    /// <summary>Section: referrals, treatment and activity.</summary>
    public const string ActivitySection = "activity";

    /// <summary>Section: clinical outcomes of finished courses.</summary>
    public const string OutcomesSection = "outcomes";

    /// <summary>Section: waiting times.</summary>
    public const string WaitsSection = "waits";

    /// <summary>Section: data quality and worse-practice flags.</summary>
    public const string DataQualitySection = "data_quality";

    /// <summary>Section: stepped care (intensity mix, MQS 1).</summary>
    public const string SteppingSection = "stepping";

    /// <summary>Breakdown by problem descriptor.</summary>
    public const string ProblemDescriptorBreakdown = "problem_descriptor";

    /// <summary>
    /// Breakdown by the calendar month a referral ended (was discharged), its values ISO <c>yyyy-MM</c>: the report's
    /// <see cref="ServiceReport.OutcomesByMonth"/> (<see cref="OutcomesByMonthTally"/>).
    /// </summary>
    public const string MonthEndedBreakdown = "month_ended";

    /// <summary>Figure: referrals ended (discharged).</summary>
    public const string Ended = "ended";

    /// <summary>Figure: referrals.</summary>
    public const string Referrals = "referrals";

    /// <summary>Figure: entered treatment.</summary>
    public const string EnteredTreatment = "entered_treatment";

    /// <summary>Figure: finished a course of treatment.</summary>
    public const string Finished = "finished";

    /// <summary>Figure: finished courses at caseness at the start.</summary>
    public const string AtCaseness = "at_caseness";

    /// <summary>Figure: finished courses not at caseness at the start.</summary>
    public const string NotAtCaseness = "not_at_caseness";

    /// <summary>Figure: recovered (rate over finished minus not at caseness).</summary>
    public const string Recovered = "recovered";

    /// <summary>Figure: reliable recovery (rate over finished minus not at caseness).</summary>
    public const string ReliableRecovery = "reliable_recovery";

    /// <summary>Figure: reliable improvement (rate over finished).</summary>
    public const string ReliableImprovement = "reliable_improvement";

    /// <summary>Figure: reliable deterioration (rate over finished).</summary>
    public const string ReliableDeterioration = "reliable_deterioration";

    /// <summary>Figure: no reliable change (rate over finished).</summary>
    public const string NoReliableChange = "no_reliable_change";

    /// <summary>Figure: first treatment within 6 weeks, among finished courses (headline standard).</summary>
    public const string Within6Weeks = "within_6_weeks";

    /// <summary>Figure: first treatment within 18 weeks, among finished courses (headline standard).</summary>
    public const string Within18Weeks = "within_18_weeks";

    /// <summary>Wait-band figures (first treatment among those who entered treatment), in band order.</summary>
    public static readonly IReadOnlyList<string> WaitBands = ["wait_band_0_28", "wait_band_29_56", "wait_band_57_90", "wait_band_over_90"];
}

using Iapt.Rules.Reporting;

namespace Iapt.Rules.Cli.Reporting;

/// <summary>
/// The headline counts in their contract order (the JSON object <c>headline</c>): the stable snake_case name, a
/// label for people and how to read the count from <see cref="HeadlineCounts"/>.
/// </summary>
internal static class HeadlineFields
{
    /// <summary>The fields, in the order of the JSON contract.</summary>
    public static readonly IReadOnlyList<(string Key, string Label, Func<HeadlineCounts, long?> Read)> All =
    [
        ("rows_read", "Rows read", h => h.RowsRead),
        ("rows_rejected", "Rows rejected", h => h.RowsRejected),
        ("referrals", "Referrals", h => h.Referrals),
        ("entered_treatment", "Entered treatment", h => h.EnteredTreatment),
        ("finished", "Finished a course of treatment", h => h.Finished),
        ("not_at_caseness", "Finished, not at caseness at the start", h => h.NotAtCaseness),
        ("recovered", "Recovered", h => h.Recovered),
        ("reliable_improvement", "Reliable improvement", h => h.ReliableImprovement),
        ("reliable_deterioration", "Reliable deterioration", h => h.ReliableDeterioration),
        ("no_reliable_change", "No reliable change", h => h.NoReliableChange),
        ("reliable_recovery", "Reliable recovery", h => h.ReliableRecovery),
        ("within_6_weeks", "First treatment within 6 weeks", h => h.Within6Weeks),
        ("within_18_weeks", "First treatment within 18 weeks", h => h.Within18Weeks),
    ];
}

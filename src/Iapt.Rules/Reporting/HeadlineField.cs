namespace Iapt.Rules.Reporting;

/// <summary>
/// One headline count of a report by name: its stable snake_case key (the key of the JSON object <c>headline</c>,
/// a contract other tools rely on), a label for people and how to read it from <see cref="HeadlineCounts"/>.
/// </summary>
/// <param name="Key">The stable key, for example <c>reliable_improvement</c>.</param>
/// <param name="Label">A label for people, for example <c>Reliable improvement</c>.</param>
/// <param name="Read">Reads the count (null when withheld by disclosure control).</param>
public sealed record HeadlineField(string Key, string Label, Func<HeadlineCounts, long?> Read)
{
    /// <summary>Every headline count, in the order of the JSON contract.</summary>
    public static IReadOnlyList<HeadlineField> All { get; } = Array.AsReadOnly(
    [
        new HeadlineField("rows_read", "Rows read", h => h.RowsRead),
        new HeadlineField("rows_rejected", "Rows rejected", h => h.RowsRejected),
        new HeadlineField("referrals", "Referrals", h => h.Referrals),
        new HeadlineField("entered_treatment", "Entered treatment", h => h.EnteredTreatment),
        new HeadlineField("finished", "Finished a course of treatment", h => h.Finished),
        new HeadlineField("not_at_caseness", "Finished, not at caseness at the start", h => h.NotAtCaseness),
        new HeadlineField("recovered", "Recovered", h => h.Recovered),
        new HeadlineField("reliable_improvement", "Reliable improvement", h => h.ReliableImprovement),
        new HeadlineField("reliable_deterioration", "Reliable deterioration", h => h.ReliableDeterioration),
        new HeadlineField("no_reliable_change", "No reliable change", h => h.NoReliableChange),
        new HeadlineField("reliable_recovery", "Reliable recovery", h => h.ReliableRecovery),
        new HeadlineField("within_6_weeks", "First treatment within 6 weeks", h => h.Within6Weeks),
        new HeadlineField("within_18_weeks", "First treatment within 18 weeks", h => h.Within18Weeks),
    ]);
}

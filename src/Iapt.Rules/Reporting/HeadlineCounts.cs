namespace Iapt.Rules.Reporting;

/// <summary>
/// The headline whole-number counts of a service report (the JSON object <c>headline</c>, a contract other tools
/// rely on). Outcome counts are over finished courses; the waits are among finished courses. A count is
/// <see langword="null"/> only when disclosure control suppresses it.
/// </summary>
public sealed record HeadlineCounts
{
    /// <summary>Data rows read from both files (headers excluded).</summary>
    public long? RowsRead { get; init; }

    /// <summary>Data rows rejected (rows read = rows used + rows rejected).</summary>
    public long? RowsRejected { get; init; }

    /// <summary>Referrals (received in the period, or all).</summary>
    public long? Referrals { get; init; }

    /// <summary>Referrals with at least one attended treatment session (M4 §6.4.1).</summary>
    public long? EnteredTreatment { get; init; }

    /// <summary>Referrals that ended after two or more treatment sessions (M4 §6.4.3).</summary>
    public long? Finished { get; init; }

    /// <summary>Finished courses not at caseness at the start.</summary>
    public long? NotAtCaseness { get; init; }

    /// <summary>Finished courses that moved to recovery.</summary>
    public long? Recovered { get; init; }

    /// <summary>Finished courses with reliable improvement.</summary>
    public long? ReliableImprovement { get; init; }

    /// <summary>Finished courses with reliable deterioration.</summary>
    public long? ReliableDeterioration { get; init; }

    /// <summary>Finished courses with paired scores and no reliable change.</summary>
    public long? NoReliableChange { get; init; }

    /// <summary>Finished courses with reliable recovery.</summary>
    public long? ReliableRecovery { get; init; }

    /// <summary>Finished courses whose first treatment came within 6 weeks (42 days) of referral.</summary>
    public long? Within6Weeks { get; init; }

    /// <summary>Finished courses whose first treatment came within 18 weeks (126 days) of referral.</summary>
    public long? Within18Weeks { get; init; }
}

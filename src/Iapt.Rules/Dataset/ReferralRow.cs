using System.Collections.Immutable;

namespace Iapt.Rules.Dataset;

/// <summary>
/// One row of <c>IDS101Referral</c> as text, as a reader of files gives it: the cells the rules read (<see langword="null"/>
/// or empty for none), the attributes a report is broken down by, and NHS Digital's derived flags when present.
/// </summary>
/// <param name="Line">The row's line (a reader of files counts the header as line 1); named in rejections.</param>
/// <param name="PathwayId"><c>PathwayID</c>, the referral's key.</param>
/// <param name="ReferralReceivedDate"><c>ReferralRequestReceivedDate</c>, ISO <c>yyyy-MM-dd</c>.</param>
/// <param name="DischargeDate"><c>ServDischDate</c>, ISO <c>yyyy-MM-dd</c>; empty while the referral is open.</param>
public readonly record struct ReferralRow(long Line, string? PathwayId, string? ReferralReceivedDate, string? DischargeDate)
{
    /// <summary><c>UniqMonthID</c>, the submission month (larger is later); empty when not given.</summary>
    public string? UniqMonthId { get; init; }

    /// <summary>The row's value of each breakdown of the report, in the options' order; default or empty for none.</summary>
    public ImmutableArray<string> Attributes { get; init; }

    /// <summary>NHS Digital's derived flags on the row, each <see langword="null"/> when absent or empty.</summary>
    public NhsdValues Flags { get; init; }
}

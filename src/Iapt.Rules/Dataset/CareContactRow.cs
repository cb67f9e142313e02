namespace Iapt.Rules.Dataset;

/// <summary>One row of <c>IDS201CareContact</c> as text (<see langword="null"/> or empty cells for none).</summary>
/// <param name="Line">The row's line; named in rejections.</param>
/// <param name="PathwayId"><c>PathwayID</c>.</param>
/// <param name="CareContactId"><c>CareContactId</c>, the contact's key within its referral.</param>
/// <param name="Date"><c>CareContDate</c>, ISO <c>yyyy-MM-dd</c>.</param>
/// <param name="AttendOrDnaCode"><c>AttendOrDNACode</c>, possibly zero-padded.</param>
/// <param name="AppType"><c>AppType</c>, possibly zero-padded.</param>
public readonly record struct CareContactRow(long Line, string? PathwayId, string? CareContactId, string? Date, string? AttendOrDnaCode, string? AppType)
{
    /// <summary><c>UniqMonthID</c>, the submission month (larger is later); empty when not given.</summary>
    public string? UniqMonthId { get; init; }
}

using Iapt.Rules.Provenance;

namespace Iapt.Rules.Waiting;

/// <summary>
/// One band of waits from referral to first treatment, as the national dashboards show them (NHSD): a named,
/// inclusive range of whole days, the last band open-ended.
/// </summary>
/// <param name="Key">The band as files show it, for example <c>0-28</c> or <c>over-90</c>.</param>
/// <param name="MinimumDays">The shortest wait in the band, in days (inclusive).</param>
/// <param name="MaximumDays">The longest wait in the band, in days (inclusive); <see langword="null"/> for the open last band.</param>
/// <param name="Source">Where the band comes from.</param>
public sealed record WaitBand(string Key, int MinimumDays, int? MaximumDays, Source Source)
{
    /// <summary>Whether a wait falls in this band.</summary>
    /// <param name="days">The wait in whole days.</param>
    /// <returns><see langword="true"/> when <paramref name="days"/> is between the bounds, both included.</returns>
    public bool Contains(int days) => days >= MinimumDays && (MaximumDays is not int maximum || days <= maximum);

    /// <summary>The band as text, for example <c>29-56 (29 to 56 days)</c>.</summary>
    /// <returns>The key and the range in days.</returns>
    public override string ToString() =>
        MaximumDays is int maximum ? $"{Key} ({MinimumDays} to {maximum} days)" : $"{Key} ({MinimumDays} days or more)";
}

using System.Globalization;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Stepping;

/// <summary>
/// A dose of treatment as the sources state it: an inclusive range of treatment sessions, the average course where
/// the source gives one, and the source.
/// </summary>
/// <param name="Minimum">The fewest sessions of the range (inclusive), at least 0.</param>
/// <param name="Maximum">The most sessions of the range (inclusive), at least <paramref name="Minimum"/>.</param>
/// <param name="Average">The average course in sessions where the source gives one (for example 4 for low intensity, OSS 6); otherwise <see langword="null"/>.</param>
/// <param name="Source">Where the range comes from.</param>
public sealed record SessionRange(int Minimum, int Maximum, decimal? Average, Source Source)
{
    /// <summary>Whether a number of sessions lies in the range, both ends included.</summary>
    /// <param name="sessions">The number of treatment sessions.</param>
    /// <returns><see langword="true"/> when <paramref name="sessions"/> is between the bounds.</returns>
    public bool Contains(int sessions) => sessions >= Minimum && sessions <= Maximum;

    /// <summary>The range for people, for example <c>1-6 sessions, average 4 (OSS 6)</c>.</summary>
    /// <returns>The range, the average if any, and the source.</returns>
    public override string ToString() =>
        Average is { } average
            ? $"{Minimum}-{Maximum} sessions, average {average.ToString(CultureInfo.InvariantCulture)} ({Source})"
            : $"{Minimum}-{Maximum} sessions ({Source})";
}

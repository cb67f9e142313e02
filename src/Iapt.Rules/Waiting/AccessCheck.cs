using NodaTime;

namespace Iapt.Rules.Waiting;

/// <summary>The result of checking one referral against an <see cref="AccessStandard"/>.</summary>
public readonly struct AccessCheck
{
    internal AccessCheck(AccessStandard standard, LocalDate from, LocalDate to, int elapsedDays, LocalDate? deadline)
    {
        Standard = standard;
        From = from;
        To = to;
        ElapsedDays = elapsedDays;
        Deadline = deadline;
    }

    /// <summary>The standard checked.</summary>
    public AccessStandard Standard { get; }

    /// <summary>The date of the milestone the clock started at.</summary>
    public LocalDate From { get; }

    /// <summary>The date of the milestone the clock stopped at.</summary>
    public LocalDate To { get; }

    /// <summary>The days elapsed, in the standard's <see cref="AccessStandard.Counting"/> (same day = 0).</summary>
    public int ElapsedDays { get; }

    /// <summary>Whether the standard was met: <see cref="ElapsedDays"/> is at most the standard's maximum.</summary>
    public bool IsMet => ElapsedDays <= Standard.MaximumDays;

    /// <summary>
    /// The last date on which the later milestone would still have met the standard; <see langword="null"/> only when
    /// that date lies beyond the working-day calendar's coverage.
    /// </summary>
    public LocalDate? Deadline { get; }

    /// <summary>The check in words, for example <c>oss-decision-to-treat: 2 working days, met (at most 3)</c>.</summary>
    /// <returns>A sentence for explanations.</returns>
    public override string ToString() =>
        $"{Standard.Key}: {ElapsedDays} {(Standard.Counting == DayCounting.WorkingDays ? "working" : "calendar")} days, " +
        $"{(IsMet ? "met" : "not met")} (at most {Standard.MaximumDays})";
}

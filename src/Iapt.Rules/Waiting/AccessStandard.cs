using NodaTime;
using OneOf;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Waiting;

/// <summary>
/// A named access standard: the most days allowed from one milestone of a referral's pathway to another, counted in
/// calendar or working days. A referral meets it when the days elapsed are at most <see cref="MaximumDays"/>.
/// </summary>
/// <param name="Key">A stable key, for example <c>oss-decision-to-treat</c> (see <see cref="AccessStandardKeys"/>).</param>
/// <param name="Name">The standard in words.</param>
/// <param name="From">The milestone the clock starts at.</param>
/// <param name="To">The milestone the clock stops at.</param>
/// <param name="MaximumDays">The most days allowed, inclusive; 0 means the same day.</param>
/// <param name="Counting">Whether calendar days or working days are counted.</param>
/// <param name="Source">Where the standard comes from.</param>
public sealed record AccessStandard(
    string Key, string Name, AccessMilestone From, AccessMilestone To, int MaximumDays, DayCounting Counting, Source Source)
{
    /// <summary>When the standard applies, where it does not apply to every referral; empty otherwise.</summary>
    public string AppliesWhen { get; init; } = string.Empty;

    /// <summary>Checks one referral against the standard.</summary>
    /// <param name="from">The date of the <see cref="From"/> milestone.</param>
    /// <param name="to">The date of the <see cref="To"/> milestone.</param>
    /// <param name="calendar">The working-day calendar (used only when <see cref="Counting"/> is working days).</param>
    /// <returns>
    /// The check (days elapsed, met or not, the deadline), or an error: the later milestone dated before the earlier
    /// (<see cref="WaitingErrorKind.EndBeforeStart"/>, naming its field, for example <c>decision_to_treat_date</c>),
    /// or a working day outside the calendar's coverage.
    /// </returns>
    public OneOf<AccessCheck, WaitingError> Check(LocalDate from, LocalDate to, IWorkingDayCalendar calendar)
    {
        Guard.Against.Null(calendar);
        int elapsed;
        if (Counting == DayCounting.CalendarDays)
        {
            elapsed = Days.Between(from, to);
            if (elapsed < 0)
            {
                return AccessMilestones.EndBeforeStart(From, To);
            }

            return new AccessCheck(this, from, to, elapsed, from.PlusDays(MaximumDays));
        }

        var count = WorkingDays.Count(
            calendar, from, to, AccessMilestones.Field(From), AccessMilestones.Field(To), AccessMilestones.EndBeforeStart(From, To));
        if (count.TryPickT1(out var error, out elapsed))
        {
            return error;
        }

        var deadline = calendar.AddWorkingDays(from, MaximumDays);
        return new AccessCheck(this, from, to, elapsed, deadline.TryPickT0(out var date, out _) ? date : null);
    }

    /// <summary>The last date on which the <see cref="To"/> milestone still meets the standard.</summary>
    /// <param name="from">The date of the <see cref="From"/> milestone.</param>
    /// <param name="calendar">The working-day calendar (used only when <see cref="Counting"/> is working days).</param>
    /// <returns>The deadline, or an error when the working days run past the calendar's coverage.</returns>
    public OneOf<LocalDate, WaitingError> Deadline(LocalDate from, IWorkingDayCalendar calendar)
    {
        Guard.Against.Null(calendar);
        return Counting == DayCounting.CalendarDays ? from.PlusDays(MaximumDays) : calendar.AddWorkingDays(from, MaximumDays);
    }

    /// <summary>The standard in words, for example <c>oss-decision-to-treat: at most 3 working days from referral to decision to treat (OSS para 10)</c>.</summary>
    /// <returns>A sentence for explanations.</returns>
    public override string ToString() =>
        $"{Key}: at most {MaximumDays} {(Counting == DayCounting.WorkingDays ? "working" : "calendar")} days from {From} to {To} ({Source})";
}

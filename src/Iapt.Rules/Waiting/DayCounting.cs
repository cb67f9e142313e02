namespace Iapt.Rules.Waiting;

/// <summary>How an access standard counts the days between two milestones.</summary>
public enum DayCounting
{
    /// <summary>Every day counts: the number of days from the start date to the end date (same day = 0).</summary>
    CalendarDays,

    /// <summary>
    /// Only working days count: the days after the start date up to and including the end date that are neither a
    /// weekend day nor a public holiday of the calendar used (same day = 0).
    /// </summary>
    WorkingDays,
}

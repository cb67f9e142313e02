namespace Iapt.Rules.Waiting;

/// <summary>Why dates or figures could not be used by a waiting-time rule.</summary>
public enum WaitingErrorKind
{
    /// <summary>A required date is empty.</summary>
    MissingDate,

    /// <summary>A date is not written <c>yyyy-MM-dd</c>, or names a day that does not exist (such as 2023-02-29).</summary>
    UnreadableDate,

    /// <summary>The first treatment session is dated before the referral was received.</summary>
    FirstTreatmentBeforeReferral,

    /// <summary>The second treatment session is dated before the first.</summary>
    SecondTreatmentBeforeFirst,

    /// <summary>A second treatment session is given without a first.</summary>
    SecondTreatmentWithoutFirst,

    /// <summary>The as-of date of a tracking list is before the referral was received.</summary>
    AsOfBeforeReferral,

    /// <summary>The first high-intensity session is dated before the last low-intensity session.</summary>
    HighIntensityBeforeLowIntensity,

    /// <summary>The end of an interval (the later milestone) is dated before its start.</summary>
    EndBeforeStart,

    /// <summary>A working-day count needs a day the calendar does not cover, so its holidays are unknown.</summary>
    OutsideCalendarCoverage,

    /// <summary>A figure that must be above zero (weekly referrals, weekly capacity) is zero or negative.</summary>
    NotPositive,

    /// <summary>A number of days or weeks that must be zero or more is negative.</summary>
    Negative,

    /// <summary>The rule set has no rule of thumb for the waiting-time target asked about.</summary>
    NoRuleOfThumb,

    /// <summary>A referral said to have finished a course of treatment has no first treatment date.</summary>
    FinishedCourseWithoutTreatment,

    /// <summary>The first assessment is dated before the referral was received.</summary>
    AssessmentBeforeReferral,

    /// <summary>The last attended contact is dated before the referral was received, or before the first treatment session.</summary>
    LastContactTooEarly,

    /// <summary>The referral is discharged before it was received.</summary>
    DischargeBeforeReferral,

    /// <summary>
    /// A date the rule must work out (a 6- or 18-week breach date) would fall after 9999-12-31, the last day of the
    /// calendar: the referral date is too late to be measured (often a "no date" sentinel such as 9999-12-31).
    /// </summary>
    BreachDateOutsideCalendar,
}

namespace Iapt.Rules.Waiting;

/// <summary>
/// Why a waiting-time rule could not use its input: the kind of problem, the field at fault, and a message that
/// starts with the field name and gives the reason, never the dates themselves (they are patient data).
/// </summary>
/// <remarks>
/// The errors about input dates and figures are shared instances (their messages are fixed per kind and field), so
/// reporting one allocates nothing; only calendar-coverage errors, which name the calendar, are built when needed.
/// </remarks>
public sealed class WaitingError
{
    private WaitingError(WaitingErrorKind kind, string field, string reason)
    {
        Kind = kind;
        Field = field;
        Message = $"{field}: {reason}";
    }

    /// <summary>The field holding the date the referral was received.</summary>
    public const string ReferralDateField = "referral_date";

    /// <summary>The field holding the date of the first attended treatment session.</summary>
    public const string FirstTreatmentDateField = "first_treatment_date";

    /// <summary>The field holding the date of the second attended treatment session.</summary>
    public const string SecondTreatmentDateField = "second_treatment_date";

    /// <summary>The field holding the date of the first attended assessment.</summary>
    public const string FirstAssessmentDateField = "first_assessment_date";

    /// <summary>The field holding the date of the last attended contact of any kind.</summary>
    public const string LastContactDateField = "last_contact_date";

    /// <summary>The field holding the date the referral was discharged (NHS England's <c>ServDischDate</c>).</summary>
    public const string DischargeDateField = "discharge_date";

    /// <summary>The as-of date of a patient tracking list.</summary>
    public const string AsOfDateField = "as_of_date";

    /// <summary>The date of the last low-intensity session before a step up.</summary>
    public const string LastLowIntensityDateField = "last_low_intensity_date";

    /// <summary>The date of the first high-intensity session after a step up.</summary>
    public const string FirstHighIntensityDateField = "first_high_intensity_date";

    /// <summary>A single date checked against a working-day calendar.</summary>
    public const string DateField = "date";

    /// <summary>The start of a working-day interval.</summary>
    public const string StartDateField = "start_date";

    /// <summary>The end of a working-day interval.</summary>
    public const string EndDateField = "end_date";

    /// <summary>A number of working days to add.</summary>
    public const string WorkingDaysField = "working_days";

    /// <summary>The average number of new referrals a week.</summary>
    public const string WeeklyReferralsField = "weekly_referrals";

    /// <summary>The number of patients the service can see a week.</summary>
    public const string WeeklyCapacityField = "weekly_capacity";

    /// <summary>The waiting-time target in weeks whose rule of thumb is wanted.</summary>
    public const string TargetWaitWeeksField = "target_wait_weeks";

    /// <summary>The number of patients waiting.</summary>
    public const string WaitingField = "waiting";

    /// <summary>A number of days ahead, for breaches to come.</summary>
    public const string DaysAheadField = "days_ahead";

    /// <summary>What is wrong.</summary>
    public WaitingErrorKind Kind { get; }

    /// <summary>The field at fault, for example <c>first_treatment_date</c>.</summary>
    public string Field { get; }

    /// <summary>A sentence for people: the field name, a colon and the reason. It never contains a date given.</summary>
    public string Message { get; }

    /// <summary>The message.</summary>
    /// <returns><see cref="Message"/>.</returns>
    public override string ToString() => Message;

    internal static readonly WaitingError ReferralMissing =
        new(WaitingErrorKind.MissingDate, ReferralDateField, "empty (the date the referral was received is required)");

    internal static readonly WaitingError ReferralUnreadable = Unreadable(ReferralDateField);

    internal static readonly WaitingError FirstUnreadable = Unreadable(FirstTreatmentDateField);

    internal static readonly WaitingError SecondUnreadable = Unreadable(SecondTreatmentDateField);

    internal static readonly WaitingError AssessmentUnreadable = Unreadable(FirstAssessmentDateField);

    internal static readonly WaitingError LastContactUnreadable = Unreadable(LastContactDateField);

    internal static readonly WaitingError DischargeUnreadable = Unreadable(DischargeDateField);

    internal static readonly WaitingError AssessmentBeforeReferral =
        new(WaitingErrorKind.AssessmentBeforeReferral, FirstAssessmentDateField, "before the referral date");

    internal static readonly WaitingError LastContactBeforeReferral =
        new(WaitingErrorKind.LastContactTooEarly, LastContactDateField, "before the referral date");

    internal static readonly WaitingError LastContactBeforeFirst =
        new(WaitingErrorKind.LastContactTooEarly, LastContactDateField, "before the first treatment date (the first treatment is an attended contact)");

    internal static readonly WaitingError DischargeBeforeReferral =
        new(WaitingErrorKind.DischargeBeforeReferral, DischargeDateField, "before the referral date");

    internal static readonly WaitingError FirstBeforeReferral =
        new(WaitingErrorKind.FirstTreatmentBeforeReferral, FirstTreatmentDateField, "before the referral date");

    internal static readonly WaitingError SecondBeforeFirst =
        new(WaitingErrorKind.SecondTreatmentBeforeFirst, SecondTreatmentDateField, "before the first treatment date");

    internal static readonly WaitingError SecondWithoutFirst =
        new(WaitingErrorKind.SecondTreatmentWithoutFirst, SecondTreatmentDateField, "given without a first treatment date");

    internal static readonly WaitingError AsOfBeforeReferral =
        new(WaitingErrorKind.AsOfBeforeReferral, ReferralDateField, "after the as-of date (the referral was not yet received)");

    internal static readonly WaitingError BreachDateOutsideCalendar =
        new(WaitingErrorKind.BreachDateOutsideCalendar, ReferralDateField, "too late: a breach date would fall after 9999-12-31, the calendar's last day");

    internal static readonly WaitingError StepUpBreachOutsideCalendar =
        new(WaitingErrorKind.BreachDateOutsideCalendar, LastLowIntensityDateField, "too late: the breach date would fall after 9999-12-31, the calendar's last day");

    internal static readonly WaitingError HighBeforeLow =
        new(WaitingErrorKind.HighIntensityBeforeLowIntensity, FirstHighIntensityDateField, "before the last low-intensity session");

    internal static readonly WaitingError IntervalEndBeforeStart =
        new(WaitingErrorKind.EndBeforeStart, EndDateField, "before the start date");

    internal static readonly WaitingError NegativeWorkingDays =
        new(WaitingErrorKind.Negative, WorkingDaysField, "negative (count forwards from the start date)");

    internal static readonly WaitingError NegativeDaysAhead =
        new(WaitingErrorKind.Negative, DaysAheadField, "negative (look ahead from the as-of date)");

    internal static readonly WaitingError NegativeWaiting =
        new(WaitingErrorKind.Negative, WaitingField, "negative (a count of patients)");

    internal static readonly WaitingError WeeklyReferralsNotPositive =
        new(WaitingErrorKind.NotPositive, WeeklyReferralsField, "must be above zero");

    internal static readonly WaitingError WeeklyCapacityNotPositive =
        new(WaitingErrorKind.NotPositive, WeeklyCapacityField, "must be above zero (with no capacity the list never clears)");

    internal static readonly WaitingError NoRuleOfThumb =
        new(WaitingErrorKind.NoRuleOfThumb, TargetWaitWeeksField, "the rule set has no rule of thumb for this waiting-time target");

    internal static readonly WaitingError FinishedWithoutTreatment =
        new(WaitingErrorKind.FinishedCourseWithoutTreatment, FirstTreatmentDateField,
            "empty, but a finished course of treatment has at least two treatment sessions");

    internal static WaitingError OutsideCoverage(string field, string calendar) =>
        new(WaitingErrorKind.OutsideCalendarCoverage, field,
            $"outside the dates the working-day calendar '{calendar}' covers, so its holidays are unknown");

    internal static WaitingError EndBefore(string endField, string startField) =>
        new(WaitingErrorKind.EndBeforeStart, endField, $"before the {startField.Replace('_', ' ')}");

    private static WaitingError Unreadable(string field) =>
        new(WaitingErrorKind.UnreadableDate, field, "not a date in the form yyyy-MM-dd");
}

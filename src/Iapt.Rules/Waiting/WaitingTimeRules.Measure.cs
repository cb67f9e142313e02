using NodaTime;
using OneOf;

namespace Iapt.Rules.Waiting;

public sealed partial record WaitingTimeRules
{
    /// <summary>The day number of 9999-12-31, the last day of the calendar.</summary>
    private static readonly int LastCalendarDay = Days.Number(LocalDate.MaxIsoValue);

    /// <summary>
    /// Measures one referral's referral-to-treatment clock: the wait to the first treatment session and, when there
    /// is one, the gap to the second (M4 §6.4.2, §8). Allocates nothing, even when the dates are impossible.
    /// </summary>
    /// <param name="referralDate">The day the referral was received (the clock starts).</param>
    /// <param name="firstTreatmentDate">The day of the first attended treatment session; <see langword="null"/> while waiting.</param>
    /// <param name="secondTreatmentDate">The day of the second attended treatment session; <see langword="null"/> when none.</param>
    /// <returns>
    /// The wait, or a <see cref="WaitingError"/> naming the field: a first treatment before the referral
    /// (<see cref="WaitingErrorKind.FirstTreatmentBeforeReferral"/>), a second before the first
    /// (<see cref="WaitingErrorKind.SecondTreatmentBeforeFirst"/>), or a second without a first
    /// (<see cref="WaitingErrorKind.SecondTreatmentWithoutFirst"/>). Same-day dates are allowed (0 days). A referral
    /// date so late that a breach date (the referral date plus <see cref="SixWeekStandardDays"/> or
    /// <see cref="EighteenWeekStandardDays"/>) would fall after 9999-12-31, the calendar's last day, is
    /// <see cref="WaitingErrorKind.BreachDateOutsideCalendar"/> (under the Manual v4 rules, a referral from 9999-08-28
    /// on: 9999-08-27 + 126 days is 9999-12-31), so that no date of the wait is outside the calendar; never an
    /// exception.
    /// </returns>
    public OneOf<ReferralWait, WaitingError> Measure(LocalDate referralDate, LocalDate? firstTreatmentDate, LocalDate? secondTreatmentDate = null)
    {
        int referralDay = Days.Number(referralDate);
        if (referralDay > LastMeasurableDay())
        {
            return WaitingError.BreachDateOutsideCalendar;
        }

        // The common case, a treated referral with valid dates, stays on this short path: each date becomes a day
        // number once and the waits are differences of day numbers. Waiting referrals and errors take the other.
        if (firstTreatmentDate.HasValue)
        {
            var first = firstTreatmentDate.GetValueOrDefault();
            int firstDay = Days.Number(first);
            int daysToFirst = firstDay - referralDay;
            if (daysToFirst >= 0)
            {
                if (!secondTreatmentDate.HasValue)
                {
                    return new ReferralWait(this, referralDate, first, daysToFirst);
                }

                var second = secondTreatmentDate.GetValueOrDefault();
                int gap = Days.Number(second) - firstDay;
                if (gap >= 0)
                {
                    return new ReferralWait(this, referralDate, first, daysToFirst, second, gap);
                }
            }
        }

        return MeasureOtherwise(referralDate, firstTreatmentDate, secondTreatmentDate);
    }

    /// <summary>
    /// Measures a referral's clock from dates as they arrive in a file: each strictly ISO <c>yyyy-MM-dd</c>
    /// with a year from 0001 to 9999, read by the one date reader of every file
    /// (<see cref="Episodes.RecordFields.TryParseDate"/>), nothing else; no surrounding spaces (a CSV reader trims
    /// cells first), no times.
    /// </summary>
    /// <param name="referralDate">The referral date; required.</param>
    /// <param name="firstTreatmentDate">The first treatment date; empty while waiting.</param>
    /// <param name="secondTreatmentDate">The second treatment date; empty when none.</param>
    /// <returns>
    /// The wait, or the first error found, checking the referral date, then the first and the second treatment
    /// dates: <see cref="WaitingErrorKind.MissingDate"/> (empty referral date),
    /// <see cref="WaitingErrorKind.UnreadableDate"/> (not <c>yyyy-MM-dd</c>, or a day that does not exist such as
    /// 2023-02-29), then the errors of <see cref="Measure"/>.
    /// </returns>
    public OneOf<ReferralWait, WaitingError> MeasureText(ReadOnlySpan<char> referralDate, ReadOnlySpan<char> firstTreatmentDate, ReadOnlySpan<char> secondTreatmentDate)
    {
        if (referralDate.IsEmpty)
        {
            return WaitingError.ReferralMissing;
        }

        if (!Numerics.IsoDateText.TryParse(referralDate, out var referral))
        {
            return WaitingError.ReferralUnreadable;
        }

        LocalDate? first = null;
        if (!firstTreatmentDate.IsEmpty)
        {
            if (!Numerics.IsoDateText.TryParse(firstTreatmentDate, out var parsed))
            {
                return WaitingError.FirstUnreadable;
            }

            first = parsed;
        }

        LocalDate? second = null;
        if (!secondTreatmentDate.IsEmpty)
        {
            if (!Numerics.IsoDateText.TryParse(secondTreatmentDate, out var parsed))
            {
                return WaitingError.SecondUnreadable;
            }

            second = parsed;
        }

        return Measure(referral, first, second);
    }

    /// <inheritdoc cref="MeasureText(ReadOnlySpan{char}, ReadOnlySpan{char}, ReadOnlySpan{char})"/>
    public OneOf<ReferralWait, WaitingError> MeasureText(string? referralDate, string? firstTreatmentDate, string? secondTreatmentDate) =>
        MeasureText(referralDate.AsSpan(), firstTreatmentDate.AsSpan(), secondTreatmentDate.AsSpan());

    /// <summary>
    /// Measures the wait of a step up from low to high intensity against <see cref="StepUpStandardDays"/> (M4 §6.4.2).
    /// </summary>
    /// <param name="lastLowIntensitySession">The day of the last low-intensity session.</param>
    /// <param name="firstHighIntensitySession">The day of the first high-intensity session.</param>
    /// <returns>
    /// The step-up wait, or a <see cref="WaitingErrorKind.HighIntensityBeforeLowIntensity"/> error when the
    /// high-intensity session is dated first, or <see cref="WaitingErrorKind.BreachDateOutsideCalendar"/> when the
    /// breach date (the last low-intensity session plus <see cref="StepUpStandardDays"/>) would fall after 9999-12-31.
    /// </returns>
    public OneOf<StepUpWait, WaitingError> MeasureStepUp(LocalDate lastLowIntensitySession, LocalDate firstHighIntensitySession)
    {
        if (Days.Number(lastLowIntensitySession) > LastCalendarDay - StepUpStandardDays.Value)
        {
            return WaitingError.StepUpBreachOutsideCalendar;
        }

        int days = Days.Between(lastLowIntensitySession, firstHighIntensitySession);
        return days < 0
            ? WaitingError.HighBeforeLow
            : new StepUpWait(StepUpStandardDays, lastLowIntensitySession, firstHighIntensitySession, days);
    }

    /// <summary>
    /// Where a referral that is still waiting stands on an as-of date, for a patient tracking list (M4 §8.1.5):
    /// days and weeks waited, breach dates, breached or not. Allocates nothing.
    /// </summary>
    /// <param name="referralDate">The day the referral was received.</param>
    /// <param name="asOf">The day the list is drawn up (for "today", see <see cref="PatientTrackingList.Today"/>).</param>
    /// <returns>
    /// The position, or a <see cref="WaitingErrorKind.AsOfBeforeReferral"/> error when the referral is dated after
    /// the as-of date, or <see cref="WaitingErrorKind.BreachDateOutsideCalendar"/> as for <see cref="Measure"/>.
    /// </returns>
    public OneOf<WaitingPosition, WaitingError> PositionOn(LocalDate referralDate, LocalDate asOf)
    {
        if (Days.Number(referralDate) > LastMeasurableDay())
        {
            return WaitingError.BreachDateOutsideCalendar;
        }

        int days = Days.Between(referralDate, asOf);
        return days < 0 ? WaitingError.AsOfBeforeReferral : new WaitingPosition(this, referralDate, asOf, days);
    }

    /// <summary>
    /// Compares the size of a waiting list with the rule of thumb for a waiting-time target (M4 §8.1.4): the weeks of
    /// new referrals waiting, the most that can wait and still meet the target, and the excess (the backlog).
    /// </summary>
    /// <param name="waiting">The number of patients waiting (everyone referred and not yet seen or discharged, M4 §8.1.4).</param>
    /// <param name="weeklyReferrals">The average number of new referrals a week, above zero.</param>
    /// <param name="targetWaitWeeks">The waiting-time target in weeks: 6 or 4 under the Manual v4 rule set.</param>
    /// <returns>
    /// The assessment, or an error: <see cref="WaitingErrorKind.Negative"/> (waiting),
    /// <see cref="WaitingErrorKind.NotPositive"/> (weekly referrals), or <see cref="WaitingErrorKind.NoRuleOfThumb"/>.
    /// </returns>
    public OneOf<BacklogAssessment, WaitingError> AssessBacklog(int waiting, decimal weeklyReferrals, int targetWaitWeeks)
    {
        if (waiting < 0)
        {
            return WaitingError.NegativeWaiting;
        }

        if (weeklyReferrals <= 0m)
        {
            return WaitingError.WeeklyReferralsNotPositive;
        }

        return FindRuleOfThumb(targetWaitWeeks) is { } rule
            ? new BacklogAssessment(waiting, weeklyReferrals, rule)
            : WaitingError.NoRuleOfThumb;
    }

    /// <summary>The last referral day whose 6- and 18-week breach dates are both in the calendar.</summary>
    private int LastMeasurableDay() => LastCalendarDay - Math.Max(SixWeekStandardDays.Value, EighteenWeekStandardDays.Value);

    /// <summary>A waiting referral, or the error of impossible dates (out of line: the rarer paths).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private OneOf<ReferralWait, WaitingError> MeasureOtherwise(LocalDate referralDate, LocalDate? firstTreatmentDate, LocalDate? secondTreatmentDate)
    {
        if (firstTreatmentDate is not LocalDate first)
        {
            return secondTreatmentDate.HasValue ? WaitingError.SecondWithoutFirst : new ReferralWait(this, referralDate);
        }

        return Days.Between(referralDate, first) < 0 ? WaitingError.FirstBeforeReferral : WaitingError.SecondBeforeFirst;
    }
}

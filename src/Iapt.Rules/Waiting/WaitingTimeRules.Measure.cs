using NodaTime;
using NodaTime.Text;
using OneOf;

namespace Iapt.Rules.Waiting;

public sealed partial record WaitingTimeRules
{
    /// <summary>The only text form of a date the waiting-time rules read: ISO <c>yyyy-MM-dd</c>.</summary>
    private const int IsoDateLength = 10;

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
    /// (<see cref="WaitingErrorKind.SecondTreatmentWithoutFirst"/>). Same-day dates are allowed (0 days).
    /// </returns>
    public OneOf<ReferralWait, WaitingError> Measure(LocalDate referralDate, LocalDate? firstTreatmentDate, LocalDate? secondTreatmentDate = null)
    {
        // The common case, a treated referral with valid dates, stays on this short path: each date becomes a day
        // number once and the waits are differences of day numbers. Waiting referrals and errors take the other.
        if (firstTreatmentDate.HasValue)
        {
            var first = firstTreatmentDate.GetValueOrDefault();
            int firstDay = Days.Number(first);
            int daysToFirst = firstDay - Days.Number(referralDate);
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
    /// (NodaTime's <see cref="LocalDatePattern.Iso"/>), nothing else; no surrounding spaces, no times.
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

        if (!TryParseIso(referralDate, out var referral))
        {
            return WaitingError.ReferralUnreadable;
        }

        LocalDate? first = null;
        if (!firstTreatmentDate.IsEmpty)
        {
            if (!TryParseIso(firstTreatmentDate, out var parsed))
            {
                return WaitingError.FirstUnreadable;
            }

            first = parsed;
        }

        LocalDate? second = null;
        if (!secondTreatmentDate.IsEmpty)
        {
            if (!TryParseIso(secondTreatmentDate, out var parsed))
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
    /// high-intensity session is dated first.
    /// </returns>
    public OneOf<StepUpWait, WaitingError> MeasureStepUp(LocalDate lastLowIntensitySession, LocalDate firstHighIntensitySession)
    {
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
    /// the as-of date.
    /// </returns>
    public OneOf<WaitingPosition, WaitingError> PositionOn(LocalDate referralDate, LocalDate asOf)
    {
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

    private static bool TryParseIso(ReadOnlySpan<char> text, out LocalDate date)
    {
        // The ISO pattern reads exactly ten characters; anything longer or shorter cannot be an ISO date, so it is
        // rejected without building a string.
        if (text.Length != IsoDateLength)
        {
            date = default;
            return false;
        }

        var result = LocalDatePattern.Iso.Parse(text.ToString());
        date = result.Success ? result.Value : default;
        return result.Success;
    }
}

using NodaTime;
using OneOf;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Waiting;

/// <summary>The national waiting measures beyond M4 (reference fact sheet §9; NHS England's core data pack).</summary>
public sealed partial record WaitingTimeRules
{
    /// <summary>
    /// "Referral to first assessment within 14 days": a wait of at most this many days (14; RtB 7.10, 7.12, the
    /// early-adopter best practice of two weeks). The Manual v4 value when a custom rule set does not set it.
    /// </summary>
    public Sourced<int> AssessmentStandardDays { get; init; } = DefaultAssessmentStandardDays;

    /// <summary>
    /// The patient tracking list's long wait: a referral still waiting for its first treatment more than this many
    /// days on the as-of date is counted (90; NHSD waiting list "waiting more than 90 days").
    /// </summary>
    public Sourced<int> TrackingListLongWaitDays { get; init; } = DefaultTrackingListLongWaitDays;

    /// <summary>
    /// An open referral in treatment whose last attended contact is more than this many days before the as-of date
    /// is counted as having no contact (90; NHSD "open pathways with no contact for over 90 days").
    /// </summary>
    public Sourced<int> NoContactDays { get; init; } = DefaultNoContactDays;

    private static Sourced<int> DefaultAssessmentStandardDays =>
        new(14, new Source("RtB", "7.10, 7.12: referral to assessment within 14 days", Note: "early-adopter best practice; NHSD reports referral to first assessment"));

    private static Sourced<int> DefaultTrackingListLongWaitDays =>
        new(90, Source.Nhsd("waiting list: referrals waiting more than 90 days for a first treatment"));

    private static Sourced<int> DefaultNoContactDays =>
        new(90, Source.Nhsd("open pathways in treatment with no attended contact for over 90 days"));

    /// <summary>
    /// Measures one referral's wait from referral to its first attended assessment (reference §9, "referral to first
    /// assessment"; RtB 7.10): the days, the wait band and whether it was within
    /// <see cref="AssessmentStandardDays"/>. Allocates nothing.
    /// </summary>
    /// <param name="referralDate">The day the referral was received.</param>
    /// <param name="firstAssessmentDate">The day of the first attended assessment; <see langword="null"/> while not yet assessed.</param>
    /// <returns>
    /// The wait, or a <see cref="WaitingErrorKind.AssessmentBeforeReferral"/> error naming <c>first_assessment_date</c>.
    /// Same day = 0 days.
    /// </returns>
    public OneOf<AssessmentWait, WaitingError> MeasureAssessment(LocalDate referralDate, LocalDate? firstAssessmentDate)
    {
        if (firstAssessmentDate is not LocalDate assessment)
        {
            return new AssessmentWait(this, referralDate);
        }

        int days = Days.Between(referralDate, assessment);
        return days < 0 ? WaitingError.AssessmentBeforeReferral : new AssessmentWait(this, referralDate, assessment, days);
    }

    /// <summary>
    /// Measures the referral-to-first-assessment wait from dates as they arrive in a file (strictly ISO
    /// <c>yyyy-MM-dd</c>, as <see cref="MeasureText(ReadOnlySpan{char}, ReadOnlySpan{char}, ReadOnlySpan{char})"/>).
    /// </summary>
    /// <param name="referralDate">The referral date; required.</param>
    /// <param name="firstAssessmentDate">The first assessment date; empty while not yet assessed.</param>
    /// <returns>
    /// The wait, or the first error: an empty or unreadable referral date, an unreadable assessment date, then the
    /// errors of <see cref="MeasureAssessment"/>.
    /// </returns>
    public OneOf<AssessmentWait, WaitingError> MeasureAssessmentText(ReadOnlySpan<char> referralDate, ReadOnlySpan<char> firstAssessmentDate)
    {
        if (referralDate.IsEmpty)
        {
            return WaitingError.ReferralMissing;
        }

        if (!Numerics.IsoDateText.TryParse(referralDate, out var referral))
        {
            return WaitingError.ReferralUnreadable;
        }

        if (firstAssessmentDate.IsEmpty)
        {
            return new AssessmentWait(this, referral);
        }

        return Numerics.IsoDateText.TryParse(firstAssessmentDate, out var assessment)
            ? MeasureAssessment(referral, assessment)
            : WaitingError.AssessmentUnreadable;
    }

    /// <summary>
    /// Where a referral stands on an as-of date for the patient tracking list's national views (reference §9; M4
    /// §8.1.5): not yet referred, closed, waiting for a first treatment (and for how long: more than
    /// <see cref="TrackingListLongWaitDays"/>?), or in treatment (and the days since the last attended contact: more
    /// than <see cref="NoContactDays"/>?). Dates after the as-of date are not yet known on it: a first treatment or a
    /// discharge after it leaves the referral waiting or open. Allocates nothing.
    /// </summary>
    /// <param name="referralDate">The day the referral was received.</param>
    /// <param name="firstTreatmentDate">The day of the first attended treatment session; <see langword="null"/> when none.</param>
    /// <param name="lastContactDate">
    /// The day of the last attended contact of any kind; <see langword="null"/> when none is known besides the first
    /// treatment session (which is then the last contact).
    /// </param>
    /// <param name="dischargeDate">The day the referral was discharged (<c>ServDischDate</c>); <see langword="null"/> while open.</param>
    /// <param name="asOf">The day the views are drawn up.</param>
    /// <returns>
    /// The position, or an error naming the field: a first treatment before the referral, a last contact before the
    /// referral or before the first treatment (<see cref="WaitingErrorKind.LastContactTooEarly"/>), or a discharge
    /// before the referral.
    /// </returns>
    public OneOf<PathwayPosition, WaitingError> TrackOn(
        LocalDate referralDate, LocalDate? firstTreatmentDate, LocalDate? lastContactDate, LocalDate? dischargeDate, LocalDate asOf)
    {
        int referral = Days.Number(referralDate);
        int first = firstTreatmentDate is LocalDate f ? Days.Number(f) : int.MinValue;
        int last = lastContactDate is LocalDate l ? Days.Number(l) : int.MinValue;
        if (firstTreatmentDate.HasValue && first < referral)
        {
            return WaitingError.FirstBeforeReferral;
        }

        if (lastContactDate.HasValue && last < referral)
        {
            return WaitingError.LastContactBeforeReferral;
        }

        if (lastContactDate.HasValue && firstTreatmentDate.HasValue && last < first)
        {
            return WaitingError.LastContactBeforeFirst;
        }

        if (dischargeDate is LocalDate discharge && Days.Number(discharge) < referral)
        {
            return WaitingError.DischargeBeforeReferral;
        }

        int day = Days.Number(asOf);
        if (day < referral)
        {
            return new PathwayPosition(this, asOf, PathwayState.NotYetReferred, PathwayPosition.Unknown, PathwayPosition.Unknown);
        }

        if (dischargeDate is LocalDate closed && Days.Number(closed) <= day)
        {
            return new PathwayPosition(this, asOf, PathwayState.Closed, PathwayPosition.Unknown, PathwayPosition.Unknown);
        }

        if (!firstTreatmentDate.HasValue || first > day)
        {
            return new PathwayPosition(this, asOf, PathwayState.WaitingForFirstTreatment, day - referral, PathwayPosition.Unknown);
        }

        // The last attended contact on the as-of date: the later of the first treatment and the last contact; a last
        // contact after the as-of date hides which contact was the last on it, so the gap is unknown.
        int sinceContact = !lastContactDate.HasValue ? day - first
            : last <= day ? day - last
            : PathwayPosition.Unknown;
        return new PathwayPosition(this, asOf, PathwayState.InTreatment, PathwayPosition.Unknown, sinceContact);
    }

    /// <summary>
    /// <see cref="TrackOn"/> from dates as they arrive in a file (strictly ISO <c>yyyy-MM-dd</c>; empty = none).
    /// </summary>
    /// <param name="referralDate">The referral date; required.</param>
    /// <param name="firstTreatmentDate">The first treatment date; empty when none.</param>
    /// <param name="lastContactDate">The last attended contact date; empty when none is known.</param>
    /// <param name="dischargeDate">The discharge date; empty while open.</param>
    /// <param name="asOf">The day the views are drawn up.</param>
    /// <returns>The position, or the first error, checking the dates in the order of the parameters.</returns>
    public OneOf<PathwayPosition, WaitingError> TrackOnText(
        ReadOnlySpan<char> referralDate, ReadOnlySpan<char> firstTreatmentDate, ReadOnlySpan<char> lastContactDate,
        ReadOnlySpan<char> dischargeDate, LocalDate asOf)
    {
        if (referralDate.IsEmpty)
        {
            return WaitingError.ReferralMissing;
        }

        if (!Numerics.IsoDateText.TryParse(referralDate, out var referral))
        {
            return WaitingError.ReferralUnreadable;
        }

        if (!TryParseOptional(firstTreatmentDate, out var first))
        {
            return WaitingError.FirstUnreadable;
        }

        if (!TryParseOptional(lastContactDate, out var last))
        {
            return WaitingError.LastContactUnreadable;
        }

        return TryParseOptional(dischargeDate, out var discharge)
            ? TrackOn(referral, first, last, discharge, asOf)
            : WaitingError.DischargeUnreadable;
    }

    private static bool TryParseOptional(ReadOnlySpan<char> text, out LocalDate? date)
    {
        date = null;
        if (text.IsEmpty)
        {
            return true;
        }

        if (!Numerics.IsoDateText.TryParse(text, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }
}

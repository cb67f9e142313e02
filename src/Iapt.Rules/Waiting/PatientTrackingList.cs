using NodaTime;

namespace Iapt.Rules.Waiting;

/// <summary>Builds patient tracking lists (M4 §8.1.5) from the caller's own referral records.</summary>
public static class PatientTrackingList
{
    /// <summary>The time zone of services in England and Wales, for "today" from a clock.</summary>
    public static DateTimeZone England { get; } = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>Today's date in a time zone, from an injected clock (a <c>FakeClock</c> in tests).</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="zone">The time zone whose calendar day is wanted, for example <see cref="England"/>.</param>
    /// <returns>The local date at the clock's current instant.</returns>
    public static LocalDate Today(IClock clock, DateTimeZone zone)
    {
        Guard.Against.Null(clock);
        Guard.Against.Null(zone);
        return clock.GetCurrentInstant().InZone(zone).Date;
    }

    /// <summary>
    /// Builds the tracking list of the referrals still waiting for their first treatment on an as-of date: the
    /// waiting list of M4 §8.1.4 (everyone referred and not yet seen or discharged).
    /// </summary>
    /// <typeparam name="T">The caller's referral record.</typeparam>
    /// <param name="waitingReferrals">The referrals still waiting: referred, not yet seen and not discharged.</param>
    /// <param name="referralDate">Reads the date a record's referral was received.</param>
    /// <param name="asOf">The day the list is drawn up.</param>
    /// <param name="rules">The waiting-time rules (breach dates, rules of thumb).</param>
    /// <returns>
    /// The list, longest wait first (referrals with the same wait keep their input order); records that cannot be
    /// placed (a referral dated after the as-of date) are in <see cref="PatientTrackingList{T}.Rejected"/>.
    /// </returns>
    public static PatientTrackingList<T> Build<T>(
        IEnumerable<T> waitingReferrals, Func<T, LocalDate> referralDate, LocalDate asOf, WaitingTimeRules rules)
    {
        Guard.Against.Null(waitingReferrals);
        Guard.Against.Null(referralDate);
        Guard.Against.Null(rules);
        var entries = new List<TrackedReferral<T>>();
        var rejected = new List<RejectedReferral<T>>();
        foreach (var referral in waitingReferrals)
        {
            rules.PositionOn(referralDate(referral), asOf).Switch(
                position => entries.Add(new TrackedReferral<T>(referral, position)),
                error => rejected.Add(new RejectedReferral<T>(referral, error)));
        }

        return new PatientTrackingList<T>(asOf, rules, [.. entries.OrderByDescending(e => e.Position.DaysWaited)], [.. rejected]);
    }

    /// <summary>Builds the tracking list as of today, read from an injected clock in a time zone.</summary>
    /// <typeparam name="T">The caller's referral record.</typeparam>
    /// <param name="waitingReferrals">The referrals still waiting.</param>
    /// <param name="referralDate">Reads the date a record's referral was received.</param>
    /// <param name="clock">The clock giving "now".</param>
    /// <param name="zone">The time zone whose date is "today", for example <see cref="England"/>.</param>
    /// <param name="rules">The waiting-time rules.</param>
    /// <returns>The list, as <see cref="Build{T}(IEnumerable{T}, Func{T, LocalDate}, LocalDate, WaitingTimeRules)"/>.</returns>
    public static PatientTrackingList<T> Build<T>(
        IEnumerable<T> waitingReferrals, Func<T, LocalDate> referralDate, IClock clock, DateTimeZone zone, WaitingTimeRules rules) =>
        Build(waitingReferrals, referralDate, Today(clock, zone), rules);
}

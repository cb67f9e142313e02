using NodaTime;

namespace Iapt.Rules.Waiting;

/// <summary>
/// Counts the patient tracking list's national views on an as-of date as referrals stream past (reference §9; NHSD;
/// M4 §8.1.5): referrals waiting more than 90 days for a first treatment, and open referrals in treatment with no
/// attended contact for more than 90 days. Add each referral's <see cref="PathwayPosition"/> on the same date. Memory
/// does not grow with the number of referrals; tallies can be <see cref="Merge">merged</see>. Not thread-safe.
/// </summary>
public sealed class PatientTrackingTally
{
    /// <summary>Creates an empty tally.</summary>
    /// <param name="rules">The waiting-time rules: the two 90-day limits.</param>
    /// <param name="asOf">The day the views are drawn up; every position added must be on it.</param>
    public PatientTrackingTally(WaitingTimeRules rules, LocalDate asOf)
    {
        Rules = Guard.Against.Null(rules);
        AsOf = asOf;
    }

    /// <summary>The rules the positions are counted with.</summary>
    public WaitingTimeRules Rules { get; }

    /// <summary>The day the views are drawn up.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Referrals received after the as-of date (on no list).</summary>
    public int NotYetReferred { get; private set; }

    /// <summary>Referrals discharged on or before the as-of date.</summary>
    public int Closed { get; private set; }

    /// <summary>Open referrals waiting for a first treatment (the waiting list, M4 §8.1.4).</summary>
    public int Waiting { get; private set; }

    /// <summary>Of those, waiting more than <see cref="WaitingTimeRules.TrackingListLongWaitDays"/> (90) days.</summary>
    public int WaitingOverLimit { get; private set; }

    /// <summary>Open referrals in treatment.</summary>
    public int InTreatment { get; private set; }

    /// <summary>Of those, with no attended contact for more than <see cref="WaitingTimeRules.NoContactDays"/> (90) days.</summary>
    public int NoContactOverLimit { get; private set; }

    /// <summary>Of those in treatment, how many had a last contact after the as-of date, so their gap on it is unknown.</summary>
    public int ContactUnknown { get; private set; }

    /// <summary>Counts one referral. Allocates nothing.</summary>
    /// <param name="position">The referral's position on <see cref="AsOf"/>.</param>
    /// <exception cref="ArgumentException">The position is <c>default</c>, on another date, or measured with other rules.</exception>
    public void Add(in PathwayPosition position)
    {
        if (position.AsOf != AsOf || (!ReferenceEquals(position.Rules, Rules) && !Equals(position.Rules, Rules)))
        {
            throw new ArgumentException("The position is not on this tally's as-of date with its rules (or is default).", nameof(position));
        }

        switch (position.State)
        {
            case PathwayState.NotYetReferred:
                NotYetReferred++;
                break;
            case PathwayState.Closed:
                Closed++;
                break;
            case PathwayState.WaitingForFirstTreatment:
                Waiting++;
                WaitingOverLimit += position.IsWaitingOverLimit ? 1 : 0;
                break;
            default:
                InTreatment++;
                var noContact = position.IsNoContactOverLimit;
                NoContactOverLimit += noContact == true ? 1 : 0;
                ContactUnknown += noContact is null ? 1 : 0;
                break;
        }
    }

    /// <summary>Adds another tally's counts to this one (for tallies of parts of the same data).</summary>
    /// <param name="other">The other tally; it must use the same rules and as-of date. It is unchanged.</param>
    /// <exception cref="ArgumentException">The tallies use different rules or dates.</exception>
    public void Merge(PatientTrackingTally other)
    {
        Guard.Against.Null(other);
        if (!Equals(other.Rules, Rules) || other.AsOf != AsOf)
        {
            throw new ArgumentException("Only tallies with the same rules and as-of date can be merged.", nameof(other));
        }

        NotYetReferred += other.NotYetReferred;
        Closed += other.Closed;
        Waiting += other.Waiting;
        WaitingOverLimit += other.WaitingOverLimit;
        InTreatment += other.InTreatment;
        NoContactOverLimit += other.NoContactOverLimit;
        ContactUnknown += other.ContactUnknown;
    }

    /// <summary>The views so far.</summary>
    /// <returns>The counts with the limits and their sources.</returns>
    public PatientTrackingSummary Result() => new(
        AsOf, Waiting, WaitingOverLimit, InTreatment, NoContactOverLimit, ContactUnknown, Closed, NotYetReferred,
        Rules.TrackingListLongWaitDays, Rules.NoContactDays);
}

using NodaTime;

namespace Iapt.Rules.Waiting;

/// <summary>
/// Counts the wait from first to second treatment session as NHS England counts it (reference §9; core data pack
/// B03): of the second treatment sessions dated in the period, how many came more than 90 (and more than 28) days
/// after the first. Memory does not grow with the number of referrals; tallies can be <see cref="Merge">merged</see>.
/// Not thread-safe: one tally per thread.
/// </summary>
public sealed class FirstToSecondTreatmentTally
{
    private readonly int _firstDay;
    private readonly int _lastDay;

    /// <summary>Creates an empty tally.</summary>
    /// <param name="rules">The waiting-time rules: the 28- and 90-day gap limits.</param>
    /// <param name="period">The reporting period, both ends included: second treatments dated in it are counted.</param>
    public FirstToSecondTreatmentTally(WaitingTimeRules rules, DateInterval period)
    {
        Rules = Guard.Against.Null(rules);
        Period = Guard.Against.Null(period);
        _firstDay = Days.Number(period.Start);
        _lastDay = Days.Number(period.End);
    }

    /// <summary>The rules the gaps are counted with.</summary>
    public WaitingTimeRules Rules { get; }

    /// <summary>The period whose second treatment sessions are counted.</summary>
    public DateInterval Period { get; }

    /// <summary>The denominator: second treatment sessions dated in the period.</summary>
    public int SecondTreatments { get; private set; }

    /// <summary>Of those, how many came more than <see cref="WaitingTimeRules.FirstToSecondLongGapDays"/> (28) days after the first.</summary>
    public int OverLongGap { get; private set; }

    /// <summary>Of those, how many came more than <see cref="WaitingTimeRules.FirstToSecondVeryLongGapDays"/> (90) days after the first.</summary>
    public int OverVeryLongGap { get; private set; }

    /// <summary>How many referrals added had no second treatment session in the period (none at all, or one dated outside it).</summary>
    public int NotCounted { get; private set; }

    /// <summary>Counts one referral. Allocates nothing.</summary>
    /// <param name="wait">The referral's measured clock (its first and second treatment dates).</param>
    /// <exception cref="ArgumentException"><paramref name="wait"/> is <c>default</c>, not a measured wait.</exception>
    public void Add(in ReferralWait wait)
    {
        if (wait.Rules is null)
        {
            throw new ArgumentException("default(ReferralWait) is not a measured wait.", nameof(wait));
        }

        int day = wait.SecondTreatmentDate is LocalDate second ? Days.Number(second) : int.MinValue;
        if (day < _firstDay || day > _lastDay)
        {
            // No second treatment session (int.MinValue is before every period), or one dated outside the period.
            NotCounted++;
            return;
        }

        int gap = wait.DaysFirstToSecond.GetValueOrDefault();
        SecondTreatments++;
        OverLongGap += gap > Rules.FirstToSecondLongGapDays.Value ? 1 : 0;
        OverVeryLongGap += gap > Rules.FirstToSecondVeryLongGapDays.Value ? 1 : 0;
    }

    /// <summary>Adds another tally's counts to this one (for tallies of parts of the same data).</summary>
    /// <param name="other">The other tally; it must use the same rules and period. It is unchanged.</param>
    /// <exception cref="ArgumentException">The tallies use different rules or periods.</exception>
    public void Merge(FirstToSecondTreatmentTally other)
    {
        Guard.Against.Null(other);
        if (!Equals(other.Rules, Rules) || !Equals(other.Period, Period))
        {
            throw new ArgumentException("Only tallies with the same rules and period can be merged.", nameof(other));
        }

        SecondTreatments += other.SecondTreatments;
        OverLongGap += other.OverLongGap;
        OverVeryLongGap += other.OverVeryLongGap;
        NotCounted += other.NotCounted;
    }

    /// <summary>The figures so far.</summary>
    /// <returns>The counts, the shares and the limits with their sources.</returns>
    public FirstToSecondTreatmentSummary Result() =>
        new(SecondTreatments, OverLongGap, OverVeryLongGap, Rules.FirstToSecondLongGapDays, Rules.FirstToSecondVeryLongGapDays);
}

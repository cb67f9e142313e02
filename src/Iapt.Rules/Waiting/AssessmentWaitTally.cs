using System.Collections.Immutable;
using NodaTime;

namespace Iapt.Rules.Waiting;

/// <summary>
/// Counts referral-to-first-assessment waits as they stream past (reference §9; RtB 7.10): how many first
/// assessments, how many within 14 days, and how many in each wait band. Memory does not grow with the number of
/// referrals; tallies of parts of a file can be <see cref="Merge">merged</see>. Not thread-safe: one tally per thread.
/// </summary>
/// <remarks>
/// With a period, only first assessments dated in it are counted (the others are <see cref="OutsidePeriod"/>); without
/// one, every assessed referral added is counted. A referral not yet assessed is counted only in
/// <see cref="NotAssessed"/>.
/// </remarks>
public sealed class AssessmentWaitTally
{
    private readonly int[] _byBand;
    private readonly int _firstDay;
    private readonly int _lastDay;

    /// <summary>Creates an empty tally.</summary>
    /// <param name="rules">The waiting-time rules: the 14-day standard and the wait bands.</param>
    /// <param name="period">The reporting period (both ends included), or <see langword="null"/> to count every assessment.</param>
    public AssessmentWaitTally(WaitingTimeRules rules, DateInterval? period = null)
    {
        Rules = Guard.Against.Null(rules);
        Period = period;
        _byBand = new int[rules.Bands.Length];
        _firstDay = period is null ? int.MinValue : Days.Number(period.Start);
        _lastDay = period is null ? int.MaxValue : Days.Number(period.End);
    }

    /// <summary>The rules the waits are counted with.</summary>
    public WaitingTimeRules Rules { get; }

    /// <summary>The period whose first assessments are counted; <see langword="null"/> when every assessment is.</summary>
    public DateInterval? Period { get; }

    /// <summary>How many first assessments were counted (the denominator).</summary>
    public int Assessed { get; private set; }

    /// <summary>How many of them came within <see cref="WaitingTimeRules.AssessmentStandardDays"/> (14) days.</summary>
    public int WithinStandard { get; private set; }

    /// <summary>How many referrals added had no first assessment yet.</summary>
    public int NotAssessed { get; private set; }

    /// <summary>How many referrals added were assessed outside the period (not counted).</summary>
    public int OutsidePeriod { get; private set; }

    /// <summary>Counts one referral. Allocates nothing.</summary>
    /// <param name="wait">The referral's measured wait to first assessment.</param>
    /// <exception cref="ArgumentException"><paramref name="wait"/> is <c>default</c>, or was measured with other rules.</exception>
    public void Add(in AssessmentWait wait)
    {
        if (!ReferenceEquals(wait.Rules, Rules) && !Equals(wait.Rules, Rules))
        {
            throw new ArgumentException("The wait was not measured with this tally's rules (or is default).", nameof(wait));
        }

        if (wait.FirstAssessmentDate is not LocalDate assessment)
        {
            NotAssessed++;
            return;
        }

        int day = Days.Number(assessment);
        if (day < _firstDay || day > _lastDay)
        {
            OutsidePeriod++;
            return;
        }

        Assessed++;
        WithinStandard += wait.IsWithinStandard == true ? 1 : 0;
        _byBand[wait.BandIndex]++;
    }

    /// <summary>Adds another tally's counts to this one (for tallies of parts of the same data).</summary>
    /// <param name="other">The other tally; it must use the same rules and period. It is unchanged.</param>
    /// <exception cref="ArgumentException">The tallies use different rules or periods.</exception>
    public void Merge(AssessmentWaitTally other)
    {
        Guard.Against.Null(other);
        if (!Equals(other.Rules, Rules) || !Equals(other.Period, Period))
        {
            throw new ArgumentException("Only tallies with the same rules and period can be merged.", nameof(other));
        }

        Assessed += other.Assessed;
        WithinStandard += other.WithinStandard;
        NotAssessed += other.NotAssessed;
        OutsidePeriod += other.OutsidePeriod;
        for (int i = 0; i < _byBand.Length; i++)
        {
            _byBand[i] += other._byBand[i];
        }
    }

    /// <summary>The figures so far.</summary>
    /// <returns>The counts, the share within 14 days and the distribution in the wait bands.</returns>
    public AssessmentWaitSummary Result() => new(
        Assessed,
        WithinStandard,
        NotAssessed,
        [.. Rules.Bands.Select((band, i) => new WaitBandCount(band, _byBand[i]))],
        Rules.AssessmentStandardDays);
}

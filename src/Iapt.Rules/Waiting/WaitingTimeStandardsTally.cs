using OneOf;
using OneOf.Types;

namespace Iapt.Rules.Waiting;

/// <summary>
/// Counts referrals against the waiting-time standards as they stream past (M4 §6.4.2, §8): the headline standard
/// over finished courses of treatment and the secondary benchmark over everyone with at least one treatment
/// session. Memory does not grow with the number of referrals; tallies of parts of a file can be
/// <see cref="Merge">merged</see>.
/// </summary>
/// <remarks>
/// Which referrals to add is the caller's choice of period: for the headline standard, the courses that ended in the
/// period (the standard is measured at the end of the course); for the secondary benchmark, the referrals whose first
/// treatment fell in the period. A referral still waiting is counted in neither population, only in
/// <see cref="NotTreated"/>. Not thread-safe: use one tally per thread and merge.
/// </remarks>
public sealed class WaitingTimeStandardsTally
{
    private int _finished;
    private int _finishedWithinSix;
    private int _finishedWithinEighteen;
    private int _seen;
    private int _seenWithinSix;
    private int _seenWithinEighteen;

    /// <summary>Creates an empty tally.</summary>
    /// <param name="rules">The waiting-time rules: the 42 and 126 days and the 75% and 95% targets.</param>
    public WaitingTimeStandardsTally(WaitingTimeRules rules)
    {
        Rules = Guard.Against.Null(rules);
    }

    /// <summary>The rules the waits are counted with.</summary>
    public WaitingTimeRules Rules { get; }

    /// <summary>How many referrals added were still waiting (counted in neither population).</summary>
    public int NotTreated { get; private set; }

    /// <summary>How many referrals were refused with an error (a finished course without a first treatment).</summary>
    public int Rejected { get; private set; }

    /// <summary>The headline standard: referrals that finished a course of treatment.</summary>
    public StandardAttainment Headline =>
        new(StandardPopulation.FinishedCourses, _finished, _finishedWithinSix, _finishedWithinEighteen, Rules);

    /// <summary>The secondary benchmark: referrals with at least one treatment session.</summary>
    public StandardAttainment Secondary =>
        new(StandardPopulation.SeenAtLeastOnce, _seen, _seenWithinSix, _seenWithinEighteen, Rules);

    /// <summary>Counts one referral. Allocates nothing.</summary>
    /// <param name="wait">The referral's measured wait.</param>
    /// <param name="finishedCourse">
    /// Whether the referral finished a course of treatment (ended after two or more treatment sessions, M4 §6.4.3).
    /// </param>
    /// <returns>
    /// Success, or a <see cref="WaitingErrorKind.FinishedCourseWithoutTreatment"/> error (the referral is then not
    /// counted, only <see cref="Rejected"/>).
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="wait"/> is <c>default</c>, not a measured wait.</exception>
    public OneOf<Success, WaitingError> Add(in ReferralWait wait, bool finishedCourse)
    {
        if (wait.Rules is null)
        {
            throw new ArgumentException("default(ReferralWait) is not a measured wait.", nameof(wait));
        }

        if (wait.DaysToFirstTreatment is not int days)
        {
            if (finishedCourse)
            {
                Rejected++;
                return WaitingError.FinishedWithoutTreatment;
            }

            NotTreated++;
            return default(Success);
        }

        int withinSix = days <= Rules.SixWeekStandardDays.Value ? 1 : 0;
        int withinEighteen = days <= Rules.EighteenWeekStandardDays.Value ? 1 : 0;
        _seen++;
        _seenWithinSix += withinSix;
        _seenWithinEighteen += withinEighteen;
        if (finishedCourse)
        {
            _finished++;
            _finishedWithinSix += withinSix;
            _finishedWithinEighteen += withinEighteen;
        }

        return default(Success);
    }

    /// <summary>Adds another tally's counts to this one (for tallies of parts of the same data).</summary>
    /// <param name="other">The other tally; it must use the same rules.</param>
    /// <exception cref="ArgumentException">The tallies use different rules.</exception>
    public void Merge(WaitingTimeStandardsTally other)
    {
        Guard.Against.Null(other);
        if (!Equals(other.Rules, Rules))
        {
            throw new ArgumentException("Only tallies with the same rules can be merged.", nameof(other));
        }

        _finished += other._finished;
        _finishedWithinSix += other._finishedWithinSix;
        _finishedWithinEighteen += other._finishedWithinEighteen;
        _seen += other._seen;
        _seenWithinSix += other._seenWithinSix;
        _seenWithinEighteen += other._seenWithinEighteen;
        NotTreated += other.NotTreated;
        Rejected += other.Rejected;
    }
}

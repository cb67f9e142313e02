using Iapt.Rules.Outcomes;
using NodaTime;

namespace Iapt.Rules.Reporting;

/// <summary>
/// The clinical outcomes of the referrals that ended (were discharged) in each calendar month: for each month, the
/// referrals ended, the finished courses and the national outcome rates (recovery, reliable recovery, reliable
/// improvement, reliable deterioration) of the courses that ended in it, counted exactly as the report's outcomes
/// section counts them (<see cref="OutcomeRates"/>). <see cref="ServiceReportBuilder"/> fills one for every report
/// (<see cref="ServiceReport.OutcomesByMonth"/>); an EPR holding its own assessments can fill one directly.
/// </summary>
/// <remarks>
/// <para>A referral counts in the month of its discharge date, which is when its course ended and when its outcome
/// is measured (M4 §6.4.3; the report counts outcomes of referrals discharged in the period). A referral with no
/// discharge date (still open) is in no month; with a period, a referral discharged outside it is in no month.
/// The months' counts therefore add up to the report's outcomes section.</para>
/// <para>Memory grows with the number of months seen, never with the number of referrals; adding a referral to a
/// month already seen allocates nothing. Every count is a sum, so the tallies of any partition of the referrals,
/// merged in any order, build exactly the breakdown of one tally of them all. Not thread-safe: one tally per
/// thread.</para>
/// </remarks>
public sealed class OutcomesByMonthTally : Numerics.ITally<OutcomesByMonthTally, ReferralAssessment, ReportBreakdown>
{
    private readonly Dictionary<int, OutcomeRates> _months = [];

    /// <summary>Creates an empty tally.</summary>
    /// <param name="rules">The rule set whose standards the monthly rates are judged against.</param>
    /// <param name="period">The reporting period, or <see langword="null"/> to count every discharge.</param>
    public OutcomesByMonthTally(IReportRuleSet rules, ReportPeriod? period = null)
    {
        Guard.Against.Null(rules);
        Rules = rules;
        Period = period;
    }

    /// <summary>The rule set.</summary>
    public IReportRuleSet Rules { get; }

    /// <summary>The reporting period, or <see langword="null"/>.</summary>
    public ReportPeriod? Period { get; }

    /// <summary>
    /// Counts one referral in the month of its discharge date; a referral not discharged, or discharged outside the
    /// period, is not counted.
    /// </summary>
    /// <param name="item">The referral's assessment (<see cref="ServiceReportBuilder.Assess(in Episodes.ReferralRecord, IEnumerable{Episodes.SessionRecord}, ICollection{Episodes.RecordRejection})"/>).</param>
    public void Add(in ReferralAssessment item)
    {
        if (item.Episode.DischargeDate is not { } ended || (Period is { } period && !period.Contains(ended)))
        {
            return;
        }

        int month = MonthIndex(ended.Year, ended.Month);
        _months.TryGetValue(month, out var rates);
        rates.Add(item.Outcome);
        _months[month] = rates;
    }

    /// <summary>Adds every month's counts of another tally (of other referrals) to this one; the other is unchanged.</summary>
    /// <param name="other">A tally with the same rule set and period.</param>
    /// <exception cref="ArgumentException">The other tally has another rule set or period.</exception>
    public void Merge(OutcomesByMonthTally other)
    {
        Guard.Against.Null(other);
        if (!ReferenceEquals(other.Rules, Rules) || other.Period != Period)
        {
            throw new ArgumentException("Only tallies with the same rule set and period can be merged.", nameof(other));
        }

        foreach (var (month, counts) in other._months)
        {
            _months.TryGetValue(month, out var rates);
            rates.Merge(counts);
            _months[month] = rates;
        }
    }

    /// <summary>
    /// The breakdown by month ended (<see cref="ReportKeys.MonthEndedBreakdown"/>): one group per month with at least
    /// one referral ended, in calendar order, its value the month as ISO <c>yyyy-MM</c> (for example <c>2025-04</c>);
    /// months with none are absent. Each group's figures, in order: <see cref="ReportKeys.Ended"/>,
    /// <see cref="ReportKeys.Finished"/> (of ended), <see cref="ReportKeys.Recovered"/> and
    /// <see cref="ReportKeys.ReliableRecovery"/> (of finished at caseness at the start; recovery judged against
    /// the rule set's recovery standard), <see cref="ReportKeys.ReliableImprovement"/> (of finished; judged against
    /// its standard) and <see cref="ReportKeys.ReliableDeterioration"/> (of finished). Counts are exact: apply
    /// disclosure control to the report (<see cref="Disclosure.DisclosureControl"/>) before publishing.
    /// </summary>
    /// <returns>The breakdown; with no referral ended, a breakdown with no groups.</returns>
    public ReportBreakdown Build() =>
        new(ReportKeys.MonthEndedBreakdown,
            [.. _months.OrderBy(m => m.Key).Select(m => new ReportGroup(MonthText(m.Key), ReportFigures.MonthFigures(Rules, m.Value)))]);

    private static int MonthIndex(int year, int month) => (year * 12) + (month - 1);

    private static string MonthText(int index)
    {
        int year = (int)Math.Floor(index / 12d);
        return NodaTime.Text.YearMonthPattern.Iso.Format(new YearMonth(year, index - (year * 12) + 1));
    }
}

using NodaTime;

namespace Iapt.Rules.Waiting;

/// <summary>
/// Where a referral that is still waiting for its first treatment stands on an as-of date (M4 §8.1.5): days and
/// weeks waited, the 6- and 18-week breach dates, whether each has passed, and how many days are left. Made by
/// <see cref="WaitingTimeRules.PositionOn"/>; allocates nothing.
/// </summary>
/// <remarks>
/// The breach date is the referral date plus the standard's days (42 or 126): the last day on which a first
/// treatment still meets the standard. A referral has breached once the as-of date is after its breach date, so
/// on the breach date itself it has not (yet) breached.
/// </remarks>
public readonly struct WaitingPosition
{
    internal WaitingPosition(WaitingTimeRules rules, LocalDate referral, LocalDate asOf, int daysWaited)
    {
        Rules = rules;
        ReferralDate = referral;
        AsOf = asOf;
        DaysWaited = daysWaited;
    }

    /// <summary>The rules the position was measured with.</summary>
    public WaitingTimeRules Rules { get; }

    /// <summary>The day the referral was received.</summary>
    public LocalDate ReferralDate { get; }

    /// <summary>The day the position is measured on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Days waited so far: from the referral date to the as-of date (referred today = 0).</summary>
    public int DaysWaited { get; }

    /// <summary>Whole weeks waited so far: <see cref="DaysWaited"/> divided by 7, rounded down (6 days = 0 weeks, 7 = 1).</summary>
    public int WeeksWaited => DaysWaited / 7;

    /// <summary>The 6-week breach date: the referral date plus 42 days.</summary>
    public LocalDate SixWeekBreachDate => ReferralDate.PlusDays(Rules.SixWeekStandardDays.Value);

    /// <summary>The 18-week breach date: the referral date plus 126 days.</summary>
    public LocalDate EighteenWeekBreachDate => ReferralDate.PlusDays(Rules.EighteenWeekStandardDays.Value);

    /// <summary>
    /// Whether the referral has waited more than <see cref="WaitingTimeRules.TrackingListLongWaitDays"/> days (90: 91
    /// is, 90 is not), the patient tracking list's national view (reference §9).
    /// </summary>
    public bool IsWaitingOverLimit => DaysWaited > Rules.TrackingListLongWaitDays.Value;

    /// <summary>Whether the 6-week breach date has passed: more than 42 days waited.</summary>
    public bool HasBreachedSixWeeks => HasBreached(BreachTarget.SixWeeks);

    /// <summary>Whether the 18-week breach date has passed: more than 126 days waited.</summary>
    public bool HasBreachedEighteenWeeks => HasBreached(BreachTarget.EighteenWeeks);

    /// <summary>The breach date for a standard.</summary>
    /// <param name="target">The standard.</param>
    /// <returns>The referral date plus the standard's days.</returns>
    public LocalDate BreachDate(BreachTarget target) => ReferralDate.PlusDays(StandardDays(target));

    /// <summary>Whether the breach date for a standard has passed.</summary>
    /// <param name="target">The standard.</param>
    /// <returns><see langword="true"/> when more days have been waited than the standard allows.</returns>
    public bool HasBreached(BreachTarget target) => DaysWaited > StandardDays(target);

    /// <summary>
    /// Days from the as-of date to the breach date: 0 on the breach date, negative once breached (-1 the day after).
    /// </summary>
    /// <param name="target">The standard.</param>
    /// <returns>The days left to see the patient within the standard.</returns>
    public int DaysUntilBreach(BreachTarget target) => StandardDays(target) - DaysWaited;

    /// <summary>
    /// Whether the referral has not breached yet but its breach date falls within the next
    /// <paramref name="days"/> days: between the as-of date and the as-of date plus <paramref name="days"/>, both
    /// included. Such patients must be seen within <paramref name="days"/> days to stay within the standard.
    /// </summary>
    /// <param name="days">How many days ahead to look, 0 or more (0: the breach date is today).</param>
    /// <param name="target">The standard.</param>
    /// <returns><see langword="true"/> when the breach date is due within the window; <see langword="false"/> for a negative window.</returns>
    public bool BreachesWithin(int days, BreachTarget target = BreachTarget.SixWeeks)
    {
        int left = DaysUntilBreach(target);
        return left >= 0 && left <= days;
    }

    /// <summary>The position in words, for example <c>waited 44 days (6 weeks), 6-week breach passed</c>.</summary>
    /// <returns>A sentence for explanations; it gives day counts, not dates.</returns>
    public override string ToString() =>
        $"waited {DaysWaited} days ({WeeksWaited} weeks), " +
        (HasBreachedEighteenWeeks ? "18-week breach passed"
            : HasBreachedSixWeeks ? "6-week breach passed"
            : $"{DaysUntilBreach(BreachTarget.SixWeeks)} days to the 6-week breach date");

    private int StandardDays(BreachTarget target) =>
        target == BreachTarget.SixWeeks ? Rules.SixWeekStandardDays.Value : Rules.EighteenWeekStandardDays.Value;
}

using NodaTime;

namespace Iapt.Rules.Waiting;

/// <summary>
/// One referral's referral-to-treatment clock (M4 §6.4.2, §8): the wait to the first treatment session, whether it
/// was within 6 and 18 weeks, its wait band, the gap from the first to the second treatment session, and the 6- and
/// 18-week breach dates. A small immutable value; made by <see cref="WaitingTimeRules.Measure"/>, which checks the
/// dates first, so the figures are never negative. Creating and reading one allocates nothing.
/// </summary>
/// <remarks>
/// <para>
/// The clock starts on the day the referral was received and stops at the first attended treatment session; the
/// wait is the number of days between (same day = 0). Pauses are not taken into account (M4 §8).
/// </para>
/// <para><c>default(ReferralWait)</c> is not a measured wait: its <see cref="Rules"/> is <see langword="null"/>.</para>
/// </remarks>
public readonly struct ReferralWait
{
    private const int None = -1;
    private readonly LocalDate _firstTreatment;
    private readonly LocalDate _secondTreatment;
    private readonly int _daysToFirst;
    private readonly int _daysFirstToSecond;

    internal ReferralWait(WaitingTimeRules rules, LocalDate referral)
    {
        Rules = rules;
        ReferralDate = referral;
        _daysToFirst = None;
        _daysFirstToSecond = None;
    }

    internal ReferralWait(WaitingTimeRules rules, LocalDate referral, LocalDate first, int daysToFirst)
    {
        Rules = rules;
        ReferralDate = referral;
        _firstTreatment = first;
        _daysToFirst = daysToFirst;
        _daysFirstToSecond = None;
    }

    internal ReferralWait(
        WaitingTimeRules rules, LocalDate referral, LocalDate first, int daysToFirst, LocalDate second, int daysFirstToSecond)
    {
        Rules = rules;
        ReferralDate = referral;
        _firstTreatment = first;
        _daysToFirst = daysToFirst;
        _secondTreatment = second;
        _daysFirstToSecond = daysFirstToSecond;
    }

    /// <summary>The rules the wait was measured with.</summary>
    public WaitingTimeRules Rules { get; }

    /// <summary>The day the referral was received: the clock starts here.</summary>
    public LocalDate ReferralDate { get; }

    /// <summary>The day of the first attended treatment session; <see langword="null"/> while waiting.</summary>
    public LocalDate? FirstTreatmentDate => _daysToFirst == None ? null : _firstTreatment;

    /// <summary>The day of the second attended treatment session; <see langword="null"/> when there is none.</summary>
    public LocalDate? SecondTreatmentDate => _daysFirstToSecond == None ? null : _secondTreatment;

    /// <summary>Whether the referral is still waiting or has had its first treatment session.</summary>
    public WaitStatus Status => _daysToFirst == None ? WaitStatus.Waiting : WaitStatus.Treated;

    /// <summary>Days from referral to the first treatment session (same day = 0); <see langword="null"/> while waiting.</summary>
    public int? DaysToFirstTreatment => _daysToFirst == None ? null : _daysToFirst;

    /// <summary>
    /// Whether the first treatment came within 6 weeks: a wait of at most <see cref="WaitingTimeRules.SixWeekStandardDays"/>
    /// days (42, so 42 is within and 43 is not); <see langword="null"/> while waiting.
    /// </summary>
    public bool? IsWithinSixWeeks => _daysToFirst == None ? null : _daysToFirst <= Rules.SixWeekStandardDays.Value;

    /// <summary>
    /// Whether the first treatment came within 18 weeks: a wait of at most
    /// <see cref="WaitingTimeRules.EighteenWeekStandardDays"/> days (126); <see langword="null"/> while waiting.
    /// </summary>
    public bool? IsWithinEighteenWeeks => _daysToFirst == None ? null : _daysToFirst <= Rules.EighteenWeekStandardDays.Value;

    /// <summary>The wait band of the wait to first treatment (NHSD); <see langword="null"/> while waiting.</summary>
    public WaitBand? Band => _daysToFirst == None ? null : Rules.FindBand(_daysToFirst);

    /// <summary>Days from the first to the second treatment session (same day = 0); <see langword="null"/> when there is no second.</summary>
    public int? DaysFirstToSecond => _daysFirstToSecond == None ? null : _daysFirstToSecond;

    /// <summary>
    /// Whether the first-to-second gap is longer than <see cref="WaitingTimeRules.FirstToSecondLongGapDays"/> (over 28
    /// days: 29 is flagged, 28 is not); <see langword="null"/> when there is no second session.
    /// </summary>
    public bool? IsFirstToSecondOverLongGap =>
        _daysFirstToSecond == None ? null : _daysFirstToSecond > Rules.FirstToSecondLongGapDays.Value;

    /// <summary>
    /// Whether the first-to-second gap is longer than <see cref="WaitingTimeRules.FirstToSecondVeryLongGapDays"/> (over
    /// 90 days); <see langword="null"/> when there is no second session.
    /// </summary>
    public bool? IsFirstToSecondOverVeryLongGap =>
        _daysFirstToSecond == None ? null : _daysFirstToSecond > Rules.FirstToSecondVeryLongGapDays.Value;

    /// <summary>
    /// The 6-week breach date: the referral date plus <see cref="WaitingTimeRules.SixWeekStandardDays"/> (42) days, the
    /// last day on which a first treatment is still within 6 weeks.
    /// </summary>
    public LocalDate SixWeekBreachDate => ReferralDate.PlusDays(Rules.SixWeekStandardDays.Value);

    /// <summary>
    /// The 18-week breach date: the referral date plus <see cref="WaitingTimeRules.EighteenWeekStandardDays"/> (126)
    /// days, the last day on which a first treatment is still within 18 weeks.
    /// </summary>
    public LocalDate EighteenWeekBreachDate => ReferralDate.PlusDays(Rules.EighteenWeekStandardDays.Value);

    /// <summary>The wait in words, for example <c>treated after 43 days (29-56; not within 6 weeks; within 18 weeks)</c>.</summary>
    /// <returns>A sentence for explanations; it gives day counts, not dates.</returns>
    public override string ToString() =>
        Status == WaitStatus.Waiting
            ? "waiting"
            : $"treated after {_daysToFirst} days ({Band!.Key}; {(IsWithinSixWeeks == true ? "" : "not ")}within 6 weeks; " +
              $"{(IsWithinEighteenWeeks == true ? "" : "not ")}within 18 weeks)";
}

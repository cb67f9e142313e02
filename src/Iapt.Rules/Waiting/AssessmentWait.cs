using NodaTime;

namespace Iapt.Rules.Waiting;

/// <summary>
/// One referral's wait from referral to its first attended assessment (reference §9, NHSD "referral to first
/// assessment"; RtB 7.10): the days, the wait band and whether it was within the 14-day best practice. Made by
/// <see cref="WaitingTimeRules.MeasureAssessment"/>, which checks the dates, so the days are never negative. A small
/// value; making and reading one allocates nothing.
/// </summary>
/// <remarks><c>default(AssessmentWait)</c> is not a measured wait: its <see cref="Rules"/> is <see langword="null"/>.</remarks>
public readonly struct AssessmentWait
{
    private const int None = -1;
    private readonly LocalDate _assessment;
    private readonly int _days;

    internal AssessmentWait(WaitingTimeRules rules, LocalDate referral)
    {
        Rules = rules;
        ReferralDate = referral;
        _days = None;
    }

    internal AssessmentWait(WaitingTimeRules rules, LocalDate referral, LocalDate assessment, int days)
    {
        Rules = rules;
        ReferralDate = referral;
        _assessment = assessment;
        _days = days;
    }

    /// <summary>The rules the wait was measured with.</summary>
    public WaitingTimeRules Rules { get; }

    /// <summary>The day the referral was received: the clock starts here.</summary>
    public LocalDate ReferralDate { get; }

    /// <summary>The day of the first attended assessment; <see langword="null"/> while not yet assessed.</summary>
    public LocalDate? FirstAssessmentDate => _days == None ? null : _assessment;

    /// <summary>Whether the referral has had its first assessment.</summary>
    public bool IsAssessed => _days != None;

    /// <summary>Days from referral to the first assessment (same day = 0); <see langword="null"/> while not yet assessed.</summary>
    public int? Days => _days == None ? null : _days;

    /// <summary>
    /// Whether the first assessment came within <see cref="WaitingTimeRules.AssessmentStandardDays"/> days (14: 14 is
    /// within, 15 is not); <see langword="null"/> while not yet assessed.
    /// </summary>
    public bool? IsWithinStandard => _days == None ? null : _days <= Rules.AssessmentStandardDays.Value;

    /// <summary>The wait band of the wait (the same bands as the wait to first treatment, NHSD); <see langword="null"/> while not yet assessed.</summary>
    public WaitBand? Band => _days == None ? null : Rules.FindBand(_days);

    /// <summary>The index of <see cref="Band"/> in <see cref="WaitingTimeRules.Bands"/>, for counting; -1 while not yet assessed.</summary>
    public int BandIndex => _days == None ? None : Rules.FindBandIndex(_days);

    /// <summary>The wait in words, for example <c>first assessment after 15 days, over the 14-day standard</c>.</summary>
    /// <returns>A sentence for explanations; it gives day counts, not dates.</returns>
    public override string ToString() => _days == None
        ? "not yet assessed"
        : $"first assessment after {_days} days, {(IsWithinStandard == true ? "within" : "over")} the {Rules.AssessmentStandardDays.Value}-day standard";
}

using NodaTime;

namespace Iapt.Rules.Waiting;

/// <summary>
/// One referral on an as-of date for the patient tracking list's national views (reference §9; NHSD): its
/// <see cref="State"/>, the days waited so far when waiting, the days since the last attended contact when in
/// treatment, and whether each is over its limit (90 days under the Manual v4 rule set). Made by
/// <see cref="WaitingTimeRules.TrackOn"/>; a small value that allocates nothing.
/// </summary>
/// <remarks><c>default(PathwayPosition)</c> is not a position: its <see cref="Rules"/> is <see langword="null"/>.</remarks>
public readonly struct PathwayPosition
{
    internal const int Unknown = -1;

    private readonly int _daysWaited;
    private readonly int _daysSinceContact;

    internal PathwayPosition(WaitingTimeRules rules, LocalDate asOf, PathwayState state, int daysWaited, int daysSinceContact)
    {
        Rules = rules;
        AsOf = asOf;
        State = state;
        _daysWaited = daysWaited;
        _daysSinceContact = daysSinceContact;
    }

    /// <summary>The rules the position was measured with.</summary>
    public WaitingTimeRules Rules { get; }

    /// <summary>The day the position is measured on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Not yet referred, closed, waiting for a first treatment, or in treatment, on the as-of date.</summary>
    public PathwayState State { get; }

    /// <summary>Whether the referral is open on the as-of date: waiting or in treatment.</summary>
    public bool IsOpen => State is PathwayState.WaitingForFirstTreatment or PathwayState.InTreatment;

    /// <summary>Days from the referral to the as-of date while waiting for a first treatment (referred that day = 0); otherwise <see langword="null"/>.</summary>
    public int? DaysWaited => _daysWaited == Unknown ? null : _daysWaited;

    /// <summary>
    /// Whether the referral is waiting for its first treatment more than <see cref="WaitingTimeRules.TrackingListLongWaitDays"/>
    /// days on the as-of date (91 days is, 90 is not); <see langword="false"/> when not waiting.
    /// </summary>
    public bool IsWaitingOverLimit => _daysWaited != Unknown && _daysWaited > Rules.TrackingListLongWaitDays.Value;

    /// <summary>
    /// Days from the last attended contact to the as-of date while in treatment (a contact that day = 0);
    /// <see langword="null"/> when not in treatment, or when the last contact given is after the as-of date (so the
    /// last contact on it is not known).
    /// </summary>
    public int? DaysSinceLastContact => _daysSinceContact == Unknown ? null : _daysSinceContact;

    /// <summary>
    /// Whether an open referral in treatment has had no attended contact for more than
    /// <see cref="WaitingTimeRules.NoContactDays"/> days on the as-of date (91 days is, 90 is not);
    /// <see langword="false"/> when not in treatment; <see langword="null"/> in treatment when the gap is not known.
    /// </summary>
    public bool? IsNoContactOverLimit => State != PathwayState.InTreatment ? false
        : _daysSinceContact == Unknown ? null
        : _daysSinceContact > Rules.NoContactDays.Value;

    /// <summary>The position in words, for example <c>WaitingForFirstTreatment: waited 95 days</c>.</summary>
    /// <returns>A sentence for explanations; it gives day counts, not the referral's dates.</returns>
    public override string ToString() => State switch
    {
        PathwayState.WaitingForFirstTreatment => $"{State}: waited {_daysWaited} days",
        PathwayState.InTreatment when _daysSinceContact != Unknown => $"{State}: {_daysSinceContact} days since the last attended contact",
        _ => State.ToString(),
    };
}

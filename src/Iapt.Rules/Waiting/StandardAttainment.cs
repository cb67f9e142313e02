using Iapt.Rules.Numerics;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Waiting;

/// <summary>
/// How a group of referrals did against the 6- and 18-week standards (M4 §6.4.2): how many were counted, how many
/// had their first treatment within 6 and within 18 weeks, the rates, and whether the 75% and 95% targets were met,
/// decided exactly (a rate exactly at the target meets it).
/// </summary>
public readonly struct StandardAttainment
{
    internal StandardAttainment(StandardPopulation population, int count, int withinSixWeeks, int withinEighteenWeeks, WaitingTimeRules rules)
    {
        Population = population;
        Count = count;
        WithinSixWeeks = withinSixWeeks;
        WithinEighteenWeeks = withinEighteenWeeks;
        SixWeekTarget = rules.SixWeekTarget;
        EighteenWeekTarget = rules.EighteenWeekTarget;
    }

    /// <summary>Whose waits are counted: finished courses (headline) or everyone seen at least once (secondary).</summary>
    public StandardPopulation Population { get; }

    /// <summary>The number of referrals counted (the denominator).</summary>
    public int Count { get; }

    /// <summary>How many had their first treatment within 6 weeks (at most 42 days).</summary>
    public int WithinSixWeeks { get; }

    /// <summary>How many had their first treatment within 18 weeks (at most 126 days).</summary>
    public int WithinEighteenWeeks { get; }

    /// <summary>The 6-week target share (0.75) with its source.</summary>
    public Sourced<Threshold> SixWeekTarget { get; }

    /// <summary>The 18-week target share (0.95) with its source.</summary>
    public Sourced<Threshold> EighteenWeekTarget { get; }

    /// <summary>The share within 6 weeks (0 to 1, as exact as a decimal holds it); <see langword="null"/> when none were counted.</summary>
    public decimal? SixWeekRate => Count == 0 ? null : (decimal)WithinSixWeeks / Count;

    /// <summary>The share within 18 weeks (0 to 1); <see langword="null"/> when none were counted.</summary>
    public decimal? EighteenWeekRate => Count == 0 ? null : (decimal)WithinEighteenWeeks / Count;

    /// <summary>Whether at least 75% were within 6 weeks, compared exactly; <see langword="null"/> when none were counted.</summary>
    public bool? MeetsSixWeekTarget => Meets(WithinSixWeeks, SixWeekTarget.Value);

    /// <summary>Whether at least 95% were within 18 weeks, compared exactly; <see langword="null"/> when none were counted.</summary>
    public bool? MeetsEighteenWeekTarget => Meets(WithinEighteenWeeks, EighteenWeekTarget.Value);

    /// <summary>The attainment in words, for example <c>FinishedCourses: 3/4 within 6 weeks, 4/4 within 18 weeks</c>.</summary>
    /// <returns>A sentence for explanations.</returns>
    public override string ToString() =>
        $"{Population}: {WithinSixWeeks}/{Count} within 6 weeks (target {SixWeekTarget}), " +
        $"{WithinEighteenWeeks}/{Count} within 18 weeks (target {EighteenWeekTarget})";

    private bool? Meets(int within, Threshold target) =>
        Count == 0 ? null : new Ratio(within, Count).CompareTo(target.Ratio) >= 0;
}

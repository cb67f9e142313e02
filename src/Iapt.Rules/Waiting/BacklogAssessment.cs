namespace Iapt.Rules.Waiting;

/// <summary>
/// A waiting list measured against the rule of thumb for a waiting-time target (M4 §8.1.4): "a 6-week waiting
/// standard can be achieved with no more than 4-5 weeks of new patients waiting"; "if there are more patients
/// waiting than the rule of thumb maximum, the excess number is termed the backlog". Made by
/// <see cref="WaitingTimeRules.AssessBacklog"/>.
/// </summary>
/// <remarks>
/// The backlog is measured against the upper end of the rule's range (5 weeks for a 6-week wait), the "rule of thumb
/// maximum"; <see cref="ExcessOverLowerBound"/> gives the stricter reading against the lower end (4 weeks). Figures
/// in patients are exact decimals (weekly referrals may be an average such as 12.5), not rounded.
/// </remarks>
public readonly struct BacklogAssessment
{
    internal BacklogAssessment(int waiting, decimal weeklyReferrals, WaitingListRuleOfThumb rule)
    {
        Waiting = waiting;
        WeeklyReferrals = weeklyReferrals;
        RuleOfThumb = rule;
    }

    /// <summary>The number of patients waiting.</summary>
    public int Waiting { get; }

    /// <summary>The average number of new referrals a week.</summary>
    public decimal WeeklyReferrals { get; }

    /// <summary>The rule of thumb applied.</summary>
    public WaitingListRuleOfThumb RuleOfThumb { get; }

    /// <summary>The size of the list in weeks of demand: patients waiting divided by weekly referrals.</summary>
    public decimal WeeksOfDemandWaiting => Waiting / WeeklyReferrals;

    /// <summary>The most patients that can wait and still meet the target: the rule's upper weeks times weekly referrals.</summary>
    public decimal MaximumWaiting => RuleOfThumb.MaximumWeeksOfDemand * WeeklyReferrals;

    /// <summary>Whether the list is within the rule of thumb: no more than <see cref="MaximumWaiting"/> patients waiting.</summary>
    public bool IsWithinRuleOfThumb => Waiting <= MaximumWaiting;

    /// <summary>The backlog: patients waiting beyond <see cref="MaximumWaiting"/>; 0 when within the rule of thumb.</summary>
    public decimal Backlog => Math.Max(0m, Waiting - MaximumWaiting);

    /// <summary>The excess over the lower end of the rule's range (4 weeks for a 6-week wait); 0 when below it.</summary>
    public decimal ExcessOverLowerBound => Math.Max(0m, Waiting - (RuleOfThumb.MinimumWeeksOfDemand * WeeklyReferrals));

    /// <summary>The assessment in words.</summary>
    /// <returns>A sentence for explanations.</returns>
    public override string ToString() =>
        $"{Waiting} waiting = {WeeksOfDemandWaiting:0.##} weeks of referrals; backlog {Backlog:0.##} ({RuleOfThumb})";
}

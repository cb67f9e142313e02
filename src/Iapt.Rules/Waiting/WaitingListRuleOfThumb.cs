using Iapt.Rules.Provenance;

namespace Iapt.Rules.Waiting;

/// <summary>
/// A rule of thumb relating a waiting-time target to the size of the waiting list that can still meet it (M4
/// §8.1.4): a <see cref="TargetWaitWeeks"/>-week wait is delivered when no more than
/// <see cref="MinimumWeeksOfDemand"/>-<see cref="MaximumWeeksOfDemand"/> weeks of new referrals are waiting.
/// </summary>
/// <param name="TargetWaitWeeks">The waiting-time target, in weeks (for example 6).</param>
/// <param name="MinimumWeeksOfDemand">The lower end of the range of weeks of new referrals waiting (for example 4).</param>
/// <param name="MaximumWeeksOfDemand">
/// The upper end (for example 5): the "rule of thumb maximum" above which the excess is the backlog.
/// </param>
/// <param name="Source">Where the rule comes from.</param>
public sealed record WaitingListRuleOfThumb(int TargetWaitWeeks, int MinimumWeeksOfDemand, int MaximumWeeksOfDemand, Source Source)
{
    /// <summary>The rule in words, for example <c>a 6-week wait needs no more than 4-5 weeks of referrals waiting (M4 §8.1.4)</c>.</summary>
    /// <returns>A sentence for explanations.</returns>
    public override string ToString() =>
        $"a {TargetWaitWeeks}-week wait needs no more than {MinimumWeeksOfDemand}-{MaximumWeeksOfDemand} weeks of referrals waiting ({Source})";
}

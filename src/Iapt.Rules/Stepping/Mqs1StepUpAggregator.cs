using Iapt.Rules.Provenance;

namespace Iapt.Rules.Stepping;

/// <summary>
/// Counts the MQS 1 step-up measure over many referrals, streaming: add each referral's
/// <see cref="SteppingSummary"/>; memory does not grow with the number of referrals. Merge partial aggregators
/// built on other threads with <see cref="Merge"/>. Not thread-safe: one aggregator per thread.
/// </summary>
public sealed class Mqs1StepUpAggregator : Numerics.ITally<Mqs1StepUpAggregator, SteppingSummary, Mqs1StepUpRate>
{
    private readonly Source _source;

    /// <summary>Creates an empty aggregator.</summary>
    /// <param name="rules">The rule set (its MQS 1 source).</param>
    public Mqs1StepUpAggregator(ISteppingRuleSet rules)
    {
        Guard.Against.Null(rules);
        _source = rules.Stepping.Mqs1;
    }

    /// <summary>The denominator so far: started at low intensity and did not recover with it.</summary>
    public long StartedLowNotRecovered { get; private set; }

    /// <summary>The numerator so far: of those, moved to high intensity.</summary>
    public long MovedToHigh { get; private set; }

    /// <summary>Counts one referral.</summary>
    /// <param name="summary">The referral's stepping summary.</param>
    public void Add(in SteppingSummary summary)
    {
        if (summary.InMqs1Denominator)
        {
            StartedLowNotRecovered++;
            if (summary.InMqs1Numerator)
            {
                MovedToHigh++;
            }
        }
    }

    /// <summary>Adds the counts of another aggregator (for example one built on another thread).</summary>
    /// <param name="other">The other aggregator; it is unchanged.</param>
    public void Merge(Mqs1StepUpAggregator other)
    {
        Guard.Against.Null(other);
        StartedLowNotRecovered += other.StartedLowNotRecovered;
        MovedToHigh += other.MovedToHigh;
    }

    /// <summary>The measure so far.</summary>
    /// <returns>The counts, the rate (null when the denominator is 0) and the source.</returns>
    public Mqs1StepUpRate Result() => new(StartedLowNotRecovered, MovedToHigh, _source);

    /// <summary>The measure so far: the same as <see cref="Result"/>.</summary>
    /// <returns>The counts, the rate (null when the denominator is 0) and the source.</returns>
    public Mqs1StepUpRate Build() => Result();
}

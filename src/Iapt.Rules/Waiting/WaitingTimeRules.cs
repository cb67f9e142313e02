using System.Collections.Immutable;
using Iapt.Rules.Numerics;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Waiting;

/// <summary>
/// Every number the waiting-time rules read, each with its source: the 6- and 18-week standards and their targets,
/// the wait bands, the in-service gap flags, the step-up standard, the waiting-list rules of thumb and the access
/// standards. Immutable; the default is <see cref="ManualV4"/>, reached as <c>RuleSet.ManualV4.Waiting</c>.
/// </summary>
/// <remarks>
/// A service with other local standards builds its own with a <c>with</c> expression, for example
/// <c>RuleSet.ManualV4 with { Waiting = RuleSet.ManualV4.Waiting with { StepUpStandardDays = new(28, mySource) } }</c>.
/// </remarks>
public sealed partial record WaitingTimeRules
{
    private readonly ImmutableArray<WaitBand> _bands;

    /// <summary>
    /// "Within 6 weeks": a wait of at most this many days (42). The referral-to-first-treatment standard of M4
    /// §6.4.2; NHSD counts 6 weeks as 42 days. Also the offset of the 6-week breach date.
    /// </summary>
    public required Sourced<int> SixWeekStandardDays { get; init; }

    /// <summary>"Within 18 weeks": a wait of at most this many days (126; M4 §6.4.2, NHSD). Also the 18-week breach-date offset.</summary>
    public required Sourced<int> EighteenWeekStandardDays { get; init; }

    /// <summary>The share of referrals that should wait at most 6 weeks: 0.75 (M4 §6.4.2, §8).</summary>
    public required Sourced<Threshold> SixWeekTarget { get; init; }

    /// <summary>The share of referrals that should wait at most 18 weeks: 0.95 (M4 §6.4.2, §8).</summary>
    public required Sourced<Threshold> EighteenWeekTarget { get; init; }

    /// <summary>
    /// The wait bands, in order: contiguous from 0 days, every band closed except the last, which is open-ended
    /// (NHSD: 0-28, 29-56, 57-90, over 90).
    /// </summary>
    /// <exception cref="ArgumentException">The bands do not start at 0, leave a gap or overlap, or the last is not open.</exception>
    public required ImmutableArray<WaitBand> Bands
    {
        get => _bands;
        init
        {
            ValidateBands(value);
            _bands = value;
        }
    }

    /// <summary>A first-to-second treatment gap longer than this many days is flagged (28; NHSD in-service waits).</summary>
    public required Sourced<int> FirstToSecondLongGapDays { get; init; }

    /// <summary>A first-to-second treatment gap longer than this many days is flagged as very long (90; NHSD in-service waits).</summary>
    public required Sourced<int> FirstToSecondVeryLongGapDays { get; init; }

    /// <summary>
    /// The longest wait, in days, from the last low-intensity session to the first high-intensity session after a
    /// step up: the waiting-time standard for the first intervention, 42 (M4 §6.4.2).
    /// </summary>
    public required Sourced<int> StepUpStandardDays { get; init; }

    /// <summary>The waiting-list rules of thumb (M4 §8.1.4): 2-3 weeks of referrals for a 4-week wait, 4-5 for 6 weeks.</summary>
    public required ImmutableArray<WaitingListRuleOfThumb> RulesOfThumb { get; init; }

    /// <summary>The named access standards a referral can be checked against (OSS 10, 11, 13; RtB 7.10, 7.12).</summary>
    public required ImmutableArray<AccessStandard> AccessStandards { get; init; }

    /// <summary>The band a wait falls in.</summary>
    /// <param name="days">The wait in whole days, 0 or more.</param>
    /// <returns>The band (the bands cover every wait of 0 days or more).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public WaitBand FindBand(int days) => _bands[FindBandIndex(days)];

    /// <summary>The position in <see cref="Bands"/> of the band a wait falls in: an index for per-band counts.</summary>
    /// <param name="days">The wait in whole days, 0 or more.</param>
    /// <returns>The band's index, 0 for the first band.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public int FindBandIndex(int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var bands = _bands.AsSpan();
        for (int i = 0; i < bands.Length - 1; i++)
        {
            if (days <= bands[i].MaximumDays!.Value)
            {
                return i;
            }
        }

        return bands.Length - 1;
    }

    /// <summary>The access standard with a key.</summary>
    /// <param name="key">The key, for example <see cref="AccessStandardKeys.OssDecisionToTreat"/>; case is ignored.</param>
    /// <returns>The standard, or <see langword="null"/> when the rule set has none with that key.</returns>
    public AccessStandard? FindAccessStandard(string key)
    {
        foreach (var standard in AccessStandards)
        {
            if (string.Equals(standard.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return standard;
            }
        }

        return null;
    }

    /// <summary>The rule of thumb for a waiting-time target.</summary>
    /// <param name="targetWaitWeeks">The target in weeks, for example 6.</param>
    /// <returns>The rule, or <see langword="null"/> when the rule set has none for that target.</returns>
    public WaitingListRuleOfThumb? FindRuleOfThumb(int targetWaitWeeks)
    {
        foreach (var rule in RulesOfThumb)
        {
            if (rule.TargetWaitWeeks == targetWaitWeeks)
            {
                return rule;
            }
        }

        return null;
    }

    private static void ValidateBands(ImmutableArray<WaitBand> bands)
    {
        if (bands.IsDefaultOrEmpty)
        {
            throw new ArgumentException("At least one wait band is needed.", nameof(bands));
        }

        int next = 0;
        for (int i = 0; i < bands.Length; i++)
        {
            var band = bands[i];
            Guard.Against.Null(band);
            bool last = i == bands.Length - 1;
            if (band.MinimumDays != next)
            {
                throw new ArgumentException($"Wait band '{band.Key}' should start at {next} days.", nameof(bands));
            }

            if (last != band.MaximumDays is null)
            {
                throw new ArgumentException("Only the last wait band is open-ended, and it must be.", nameof(bands));
            }

            if (!last)
            {
                if (band.MaximumDays!.Value < band.MinimumDays)
                {
                    throw new ArgumentException($"Wait band '{band.Key}' ends before it starts.", nameof(bands));
                }

                next = band.MaximumDays.Value + 1;
            }
        }
    }
}

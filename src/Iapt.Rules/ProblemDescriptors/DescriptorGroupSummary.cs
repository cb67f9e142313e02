using System.Collections.Immutable;

namespace Iapt.Rules.ProblemDescriptors;

/// <summary>
/// Referrals by descriptor group (reference §8) and the data-quality figure "problem descriptor not a valid code".
/// Made by <see cref="DescriptorGroupTally.Result"/>.
/// </summary>
/// <param name="Groups">Every group of the table in table order, with its count; the counts add up to <paramref name="Referrals"/>.</param>
/// <param name="Referrals">The number of referrals counted.</param>
/// <param name="NotValidCode">How many had a descriptor that is not a valid code (invalid data supplied).</param>
public sealed record DescriptorGroupSummary(ImmutableArray<DescriptorGroupCount> Groups, long Referrals, long NotValidCode)
{
    /// <summary>The share of referrals whose descriptor is not a valid code (0 to 1); <see langword="null"/> when none were counted.</summary>
    public decimal? NotValidCodeRate => Referrals == 0 ? null : (decimal)NotValidCode / Referrals;

    /// <summary>The count of the group with a key (case ignored); 0 when the table has no such group.</summary>
    /// <param name="key">The group key, for example <c>other_mental_health_problems</c>.</param>
    /// <returns>The count.</returns>
    public long CountOf(string key)
    {
        foreach (var group in Groups)
        {
            if (string.Equals(group.Group.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return group.Count;
            }
        }

        return 0;
    }
}

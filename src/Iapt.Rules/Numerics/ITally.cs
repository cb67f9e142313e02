namespace Iapt.Rules.Numerics;

/// <summary>
/// The one shape of every counter over many referrals: add one item, merge another tally, build the result. A tally
/// holds counts only, so its memory does not grow with the items added, and every count is a sum, so the tallies of
/// any partition of the items, merged in any order, build exactly the result of one tally of them all.
/// </summary>
/// <remarks>
/// Not thread-safe: give each thread its own tally and merge them when the threads are done. Adding allocates
/// nothing in the library's tallies.
/// </remarks>
/// <typeparam name="TSelf">The tally type.</typeparam>
/// <typeparam name="TItem">What one item is (for example one referral's outcome).</typeparam>
/// <typeparam name="TResult">What the tally builds.</typeparam>
public interface ITally<in TSelf, TItem, out TResult>
{
    /// <summary>Counts one item.</summary>
    /// <param name="item">The item.</param>
    void Add(in TItem item);

    /// <summary>Adds every count of another tally (of other items) to this one; the other is unchanged.</summary>
    /// <param name="other">The other tally, built with the same rules.</param>
    void Merge(TSelf other);

    /// <summary>The result of the items counted so far.</summary>
    /// <returns>The result.</returns>
    TResult Build();
}

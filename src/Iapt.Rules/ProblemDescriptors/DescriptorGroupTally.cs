using System.Collections.Immutable;

namespace Iapt.Rules.ProblemDescriptors;

/// <summary>
/// Counts referrals by descriptor group as they stream past (reference §8): the breakdown by group and the
/// data-quality figure "problem descriptor not a valid code" (the group <see cref="DescriptorGroupKind.InvalidDataSupplied"/>).
/// Memory does not grow with the number of referrals; tallies can be <see cref="Merge">merged</see>. Not thread-safe.
/// </summary>
public sealed class DescriptorGroupTally
{
    private readonly long[] _byGroup;

    /// <summary>Creates an empty tally.</summary>
    /// <param name="table">The descriptor table whose <see cref="DescriptorTable.Groups"/> are counted.</param>
    public DescriptorGroupTally(DescriptorTable table)
    {
        Table = Guard.Against.Null(table);
        _byGroup = new long[table.Groups.Length];
    }

    /// <summary>The table whose groups are counted.</summary>
    public DescriptorTable Table { get; }

    /// <summary>The number of referrals counted.</summary>
    public long Referrals { get; private set; }

    /// <summary>Of those, how many had a descriptor that is not a valid code (<see cref="DescriptorGroup.IsValidCode"/> false).</summary>
    public long NotValidCode { get; private set; }

    /// <summary>Counts one referral. Allocates nothing.</summary>
    /// <param name="resolved">The referral's resolved descriptor, from this tally's <see cref="Table"/>.</param>
    /// <exception cref="ArgumentException">The resolution is <c>default</c> or from another table.</exception>
    public void Add(in ResolvedDescriptor resolved)
    {
        var groups = Table.Groups;
        // Every table has the same groups (one per descriptor, one per kind of other code: checked where it is built),
        // so a resolution's index is in range of any table's groups; default has index 0 and no group.
        if (!ReferenceEquals(groups[resolved.GroupIndex], resolved.Group))
        {
            throw new ArgumentException("The descriptor was not resolved with this tally's table (or is default).", nameof(resolved));
        }

        _byGroup[resolved.GroupIndex]++;
        Referrals++;
        NotValidCode += resolved.IsValidCode ? 0 : 1;
    }

    /// <summary>Adds another tally's counts to this one (for tallies of parts of the same data).</summary>
    /// <param name="other">The other tally; it must count the same table. It is unchanged.</param>
    /// <exception cref="ArgumentException">The tallies count different tables.</exception>
    public void Merge(DescriptorGroupTally other)
    {
        Guard.Against.Null(other);
        if (!ReferenceEquals(other.Table, Table))
        {
            throw new ArgumentException("Only tallies of the same descriptor table can be merged.", nameof(other));
        }

        for (int i = 0; i < _byGroup.Length; i++)
        {
            _byGroup[i] += other._byGroup[i];
        }

        Referrals += other.Referrals;
        NotValidCode += other.NotValidCode;
    }

    /// <summary>The figures so far.</summary>
    /// <returns>The count of every group in table order (groups with no referral included), and the data-quality figure.</returns>
    public DescriptorGroupSummary Result() =>
        new([.. Table.Groups.Select((group, i) => new DescriptorGroupCount(group, _byGroup[i]))], Referrals, NotValidCode);
}

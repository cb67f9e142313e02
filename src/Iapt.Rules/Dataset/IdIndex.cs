namespace Iapt.Rules.Dataset;

/// <summary>
/// The referrals' ids (<c>PathwayID</c>) by number, found by a span of characters without making a string: an
/// open-addressing table at most half full over the ids, numbered in the order added. Only an id added is made a
/// string (the referral record needs it). The hash is the framework's randomised string hash where it has one for a
/// span (.NET), so that crafted ids cannot make every lookup collide; on .NET Framework a seeded FNV-1a. Not
/// thread-safe for adding; lookups alone may run on several threads.
/// </summary>
internal sealed class IdIndex
{
#if !NET
    private static readonly uint Seed = (uint)Environment.TickCount * 2654435761u;
#endif

    private readonly ChunkedList<string> _ids = new();
    private readonly ChunkedList<int> _hashes = new();
    private int[] _slots = new int[32];

    /// <summary>The number of ids.</summary>
    public int Count => _ids.Count;

    /// <summary>The id numbered <paramref name="index"/>.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> - 1.</param>
    public string this[int index] => _ids[index];

    /// <summary>The number of <paramref name="id"/>, or -1 when it was never added.</summary>
    /// <param name="id">The id.</param>
    /// <returns>Its number, or -1.</returns>
    public int IndexOf(ReadOnlySpan<char> id)
    {
        int hash = Hash(id);
        int mask = _slots.Length - 1;
        for (int slot = hash & mask; _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            int existing = _slots[slot] - 1;
            if (_hashes[existing] == hash && id.SequenceEqual(_ids[existing].AsSpan()))
            {
                return existing;
            }
        }

        return -1;
    }

    /// <summary>Adds an id not yet added (the caller checked with <see cref="IndexOf"/>) and gives its number.</summary>
    /// <param name="id">The id.</param>
    /// <returns>Its number: the count before.</returns>
    public int Add(ReadOnlySpan<char> id)
    {
        int hash = Hash(id);
        int index = _ids.Count;
        _ids.Add(id.ToString());
        _hashes.Add(hash);
        if (_slots.Length < (_ids.Count * 2))
        {
            _slots = new int[_slots.Length * 2];
            for (int i = 0; i < _ids.Count; i++)
            {
                Place(_hashes[i], i);
            }
        }
        else
        {
            Place(hash, index);
        }

        return index;
    }

    private void Place(int hash, int index)
    {
        int mask = _slots.Length - 1;
        int slot = hash & mask;
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = index + 1;
    }

    private static int Hash(ReadOnlySpan<char> id)
    {
#if NET
        return string.GetHashCode(id) & int.MaxValue;
#else
        uint hash = 2166136261u ^ Seed;
        foreach (char c in id)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & int.MaxValue);
#endif
    }
}

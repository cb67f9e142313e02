namespace Iapt.Rules.Csv;

/// <summary>
/// The referral ids of one report, numbered in the order they were added: their characters in one buffer and an
/// open-addressing hash table of their numbers, so that 1.5 million ids take about 40 MB instead of a string, a
/// dictionary entry and a list slot each (about 120 MB), and a lookup by a span of a row allocates nothing.
/// </summary>
/// <remarks>
/// Ids are compared ordinally, as <c>referral_id</c> values are (no trimming or case-folding here: the reader
/// trims fields). Adding is single-threaded; once filled, any number of threads may look ids up at the same time
/// (nothing is written by a lookup).
/// </remarks>
internal sealed class ReferralIds
{
    private char[] _chars;
    private int _charCount;

    /// <summary>Where id <c>i</c> starts in <see cref="_chars"/>; <c>_starts[i + 1]</c> is where it ends.</summary>
    private int[] _starts;

    /// <summary>Each id's hash, by number (kept so that the table can grow without hashing again).</summary>
    private int[] _hashes;

    /// <summary>The hash table: an id's number plus one, 0 for an empty slot; its length is a power of two.</summary>
    private int[] _slots;

    /// <summary>Creates a table sized for about <paramref name="capacity"/> ids (it grows past that as needed).</summary>
    public ReferralIds(int capacity)
    {
        capacity = Math.Max(capacity, 16);
        _chars = new char[capacity * 10];
        _starts = new int[capacity + 1];
        _hashes = new int[capacity];
        _slots = new int[SlotsFor(capacity)];
    }

    /// <summary>How many ids the table holds (numbered 0 to <c>Count - 1</c>).</summary>
    public int Count { get; private set; }

    /// <summary>Id number <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> this[int index] => _chars.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);

    /// <summary>
    /// Adds <paramref name="id"/> as number <see cref="Count"/>, unless the table holds it already: then
    /// <paramref name="index"/> is its number and the result <see langword="false"/>.
    /// </summary>
    public bool TryAdd(ReadOnlySpan<char> id, out int index)
    {
        int hash = Hash(id);
        int mask = _slots.Length - 1;
        int slot = hash & mask;
        while (_slots[slot] != 0)
        {
            int existing = _slots[slot] - 1;
            if (_hashes[existing] == hash && id.SequenceEqual(this[existing]))
            {
                index = existing;
                return false;
            }

            slot = (slot + 1) & mask;
        }

        index = Count;
        if (index == _hashes.Length)
        {
            Array.Resize(ref _hashes, index * 2);
            Array.Resize(ref _starts, (index * 2) + 1);
        }

        if (_charCount + id.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + id.Length));
        }

        id.CopyTo(_chars.AsSpan(_charCount));
        _charCount += id.Length;
        _starts[index + 1] = _charCount;
        _hashes[index] = hash;
        _slots[slot] = index + 1;
        Count = index + 1;
        if (_slots.Length < SlotsFor(Count))
        {
            Rehash();
        }

        return true;
    }

    /// <summary>Whether the table holds <paramref name="id"/>, and its number (-1 when it does not).</summary>
    public bool TryGet(ReadOnlySpan<char> id, out int index)
    {
        int hash = Hash(id);
        int mask = _slots.Length - 1;
        for (int slot = hash & mask; _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            int existing = _slots[slot] - 1;
            if (_hashes[existing] == hash && id.SequenceEqual(this[existing]))
            {
                index = existing;
                return true;
            }
        }

        index = -1;
        return false;
    }

    /// <summary>A table at most half full: the least power of two at least twice the ids.</summary>
    private static int SlotsFor(int ids)
    {
        int slots = 32;
        while (slots < ids * 2)
        {
            slots *= 2;
        }

        return slots;
    }

    /// <summary>
    /// The framework's string hash of the characters (randomised per process, so that crafted ids cannot make
    /// every lookup collide).
    /// </summary>
    private static int Hash(ReadOnlySpan<char> id) => string.GetHashCode(id);

    private void Rehash()
    {
        var slots = new int[_slots.Length * 2];
        int mask = slots.Length - 1;
        for (int i = 0; i < Count; i++)
        {
            int slot = _hashes[i] & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = i + 1;
        }

        _slots = slots;
    }
}

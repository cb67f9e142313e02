namespace Iapt.Rules.Dataset;

/// <summary>
/// Short texts (care contact ids) kept in large character chunks, each known by one <see cref="int"/>: no string per
/// text, and nothing copied as the store grows. A text is stored as its length (one character, or three when it is
/// 65,535 characters or longer) followed by its characters; a text never spans two chunks. Not thread-safe.
/// </summary>
internal sealed class TextStore
{
    private const int OffsetBits = 20;
    private const int ChunkSize = 1 << OffsetBits;
    private const int MaxChunks = 1 << (31 - OffsetBits);
    private const char Long = char.MaxValue;

    private readonly List<char[]> _chunks = [];
    private int _used = ChunkSize;

    /// <summary>Stores <paramref name="text"/> and gives its reference.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The reference, for <see cref="Equals"/>.</returns>
    /// <exception cref="InvalidOperationException">The store holds about 2 billion characters already (its limit).</exception>
    public int Add(ReadOnlySpan<char> text)
    {
        int header = text.Length < Long ? 1 : 3;
        int size = header + text.Length;
        if (_chunks.Count == 0 || _used + size > _chunks[^1].Length)
        {
            if (_chunks.Count == MaxChunks)
            {
                throw new InvalidOperationException("The care contact ids exceed the translator's store of about 2 billion characters.");
            }

            _chunks.Add(new char[Math.Max(ChunkSize, size)]);
            _used = 0;
        }

        var chunk = _chunks[^1].AsSpan(_used);
        if (header == 1)
        {
            chunk[0] = (char)text.Length;
        }
        else
        {
            chunk[0] = Long;
            chunk[1] = (char)(text.Length >> 16);
            chunk[2] = (char)(text.Length & 0xFFFF);
        }

        text.CopyTo(chunk[header..]);
        int reference = ((_chunks.Count - 1) << OffsetBits) | _used;
        _used += size;
        return reference;
    }

    /// <summary>The text stored under <paramref name="reference"/>.</summary>
    /// <param name="reference">What <see cref="Add"/> gave.</param>
    /// <returns>Its characters.</returns>
    public ReadOnlySpan<char> this[int reference]
    {
        get
        {
            var chunk = _chunks[reference >> OffsetBits].AsSpan(reference & (ChunkSize - 1));
            return chunk[0] != Long ? chunk.Slice(1, chunk[0]) : chunk.Slice(3, (chunk[1] << 16) | chunk[2]);
        }
    }

    /// <summary>Whether the text stored under <paramref name="reference"/> is <paramref name="text"/>, ordinally.</summary>
    /// <param name="reference">What <see cref="Add"/> gave.</param>
    /// <param name="text">The text to compare.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(int reference, ReadOnlySpan<char> text) => this[reference].SequenceEqual(text);
}

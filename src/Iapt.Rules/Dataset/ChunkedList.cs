namespace Iapt.Rules.Dataset;

/// <summary>
/// A list of values in fixed chunks of 65,536 (the first chunk grows to that size from small, so that a small input
/// costs little): adding never copies what was added before, and a large list never needs one block twice its size,
/// as <see cref="List{T}"/>'s doubling does (on the large object heap, which is not compacted, that doubling is
/// most of a national extract's peak memory). Items are reached by reference. Not thread-safe.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ChunkedList<T>
{
    private const int Shift = 16;
    private const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;
    private const int FirstSize = 16;

    private T[][] _chunks = [new T[FirstSize]];

    /// <summary>The number of items.</summary>
    public int Count { get; private set; }

    /// <summary>The item at <paramref name="index"/>, by reference (no bounds check beyond the arrays').</summary>
    /// <param name="index">From 0 to <see cref="Count"/> - 1.</param>
    public ref T this[int index] => ref _chunks[index >> Shift][index & Mask];

    /// <summary>Adds an item at the end.</summary>
    /// <param name="item">The item.</param>
    public void Add(in T item)
    {
        int chunk = Count >> Shift;
        int offset = Count & Mask;
        if (chunk == _chunks.Length)
        {
            Array.Resize(ref _chunks, chunk * 2);
        }

        var items = _chunks[chunk];
        if (items is null)
        {
            items = _chunks[chunk] = new T[ChunkSize];
        }
        else if (offset == items.Length)
        {
            Array.Resize(ref _chunks[0], items.Length * 2);
            items = _chunks[0];
        }

        items[offset] = item;
        Count++;
    }
}

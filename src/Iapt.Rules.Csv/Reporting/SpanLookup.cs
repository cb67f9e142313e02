namespace Iapt.Rules.Csv;

/// <summary>
/// A dictionary keyed by string, searched by a span of characters: without allocating on .NET 9 and later (an
/// alternate lookup); on .NET 8 through a string made from the span.
/// </summary>
internal readonly struct SpanLookup<TValue>
{
    private readonly Dictionary<string, TValue> _dictionary;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;
#endif

    public SpanLookup(Dictionary<string, TValue> dictionary)
    {
        _dictionary = dictionary;
#if NET9_0_OR_GREATER
        _lookup = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
#if NET9_0_OR_GREATER
        return _lookup.TryGetValue(key, out value!);
#else
        return _dictionary.TryGetValue(key.ToString(), out value!);
#endif
    }
}

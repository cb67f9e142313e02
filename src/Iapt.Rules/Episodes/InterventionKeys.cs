
namespace Iapt.Rules.Episodes;

/// <summary>Every intervention by its key, case-insensitive, found from a span without allocating.</summary>
internal static class InterventionKeys
{
#if NET9_0_OR_GREATER
    private static readonly System.Collections.Frozen.FrozenDictionary<string, Intervention>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(Interventions.All, i => i.Key(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryFind(ReadOnlySpan<char> text, out Intervention intervention) => Lookup.TryGetValue(text, out intervention);
#else
    private static readonly (string Key, Intervention Intervention)[] Keys = [.. Interventions.All.Select(i => (i.Key(), i))];

    public static bool TryFind(ReadOnlySpan<char> text, out Intervention intervention)
    {
        foreach (var (key, value) in Keys)
        {
            if (text.Equals(key.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                intervention = value;
                return true;
            }
        }

        intervention = Intervention.Unknown;
        return false;
    }
#endif
}

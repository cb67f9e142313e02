namespace Iapt.Rules.Provenance;

/// <summary>A rule-set value together with the source that sets it.</summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <param name="Value">The value itself.</param>
/// <param name="Source">Where the value comes from.</param>
public readonly record struct Sourced<T>(T Value, Source Source)
{
    /// <summary>The value and its citation, for example <c>True (M4 Table 6)</c>.</summary>
    /// <returns>A human-readable form for explanations.</returns>
    public override string ToString() => $"{Value} ({Source})";
}

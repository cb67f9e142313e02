#if !NET8_0_OR_GREATER
namespace System.Text.Json;

/// <summary>
/// The netstandard2.0 build's stand-in for the one System.Text.Json member the library uses
/// (<c>JsonNamingPolicy.SnakeCaseLower.ConvertName</c>), so that that build needs no System.Text.Json dependency.
/// </summary>
internal abstract class JsonNamingPolicy
{
    /// <summary>Lower snake case, as <see cref="Iapt.Rules.Compatibility.SnakeCaseNames"/> converts it.</summary>
    public static JsonNamingPolicy SnakeCaseLower { get; } = new SnakeCaseLowerPolicy();

    /// <summary>Converts a name.</summary>
    public abstract string ConvertName(string name);

    private sealed class SnakeCaseLowerPolicy : JsonNamingPolicy
    {
        public override string ConvertName(string name) => Iapt.Rules.Compatibility.SnakeCaseNames.Convert(name);
    }
}
#endif

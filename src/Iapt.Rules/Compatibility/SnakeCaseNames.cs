using System.Text;

namespace Iapt.Rules.Compatibility;

/// <summary>
/// Lower snake case for PascalCase identifiers (<c>GeneralisedAnxietyDisorder</c> becomes
/// <c>generalised_anxiety_disorder</c>): what <c>JsonNamingPolicy.SnakeCaseLower</c> gives for such names, for the
/// netstandard2.0 build, which has no System.Text.Json. A test checks the two agree on every name the library converts.
/// </summary>
internal static class SnakeCaseNames
{
    /// <summary>Converts a PascalCase name: an underscore before each capital but the first, then lower case.</summary>
    public static string Convert(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}

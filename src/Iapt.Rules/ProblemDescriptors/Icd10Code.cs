namespace Iapt.Rules.ProblemDescriptors;

/// <summary>
/// An ICD-10 code as services send it, read without allocating: the chapter letter, the two-digit category and the
/// first subdivision digit (-1 when the code names the whole category). A fifth character is accepted and ignored:
/// no descriptor group is finer than the first subdivision.
/// </summary>
internal readonly record struct Icd10Code(char Chapter, int Category, int Subdivision)
{
    /// <summary>No subdivision: the code names a whole three-character category (<c>F32</c>, <c>F32.X</c>).</summary>
    public const int WholeCategory = -1;

    /// <summary>
    /// Reads <c>F41.1</c>, <c>F411</c>, <c>f41.1</c>, <c>F32</c>, <c>F32.X</c> (the UK filler for "no subdivision") and
    /// <c>F40.01</c> (a fifth character). The text must already be trimmed.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, out Icd10Code code)
    {
        code = default;
        if (text.Length < 3 || !char.IsAsciiLetter(text[0]) || !char.IsAsciiDigit(text[1]) || !char.IsAsciiDigit(text[2]))
        {
            return false;
        }

        char chapter = char.ToUpperInvariant(text[0]);
        int category = ((text[1] - '0') * 10) + (text[2] - '0');
        var rest = text[3..];
        if (rest.IsEmpty)
        {
            code = new Icd10Code(chapter, category, WholeCategory);
            return true;
        }

        if (rest[0] == '.')
        {
            rest = rest[1..];
        }

        if (rest.IsEmpty || rest.Length > 2)
        {
            return false;
        }

        if (rest[0] is 'X' or 'x')
        {
            if (rest.Length != 1)
            {
                return false;
            }

            code = new Icd10Code(chapter, category, WholeCategory);
            return true;
        }

        if (!char.IsAsciiDigit(rest[0]) || (rest.Length == 2 && !char.IsAsciiDigit(rest[1])))
        {
            return false;
        }

        code = new Icd10Code(chapter, category, rest[0] - '0');
        return true;
    }
}

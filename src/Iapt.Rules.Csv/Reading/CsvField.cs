namespace Iapt.Rules.Csv;

/// <summary>The quoting of one raw CSV field (RFC 4180): checked, and undone.</summary>
internal static class CsvField
{
    /// <summary>
    /// Whether a raw field is well quoted: without quotes at all, or (spaces around it aside) one quoted run,
    /// <c>"..."</c>, whose inner quotes are doubled.
    /// </summary>
    public static bool IsWellQuoted(ReadOnlySpan<char> raw)
    {
        var text = raw.Trim();
        if (text.IndexOf('"') < 0)
        {
            return true;
        }

        if (text.Length < 2 || text[0] != '"' || text[^1] != '"')
        {
            return false;
        }

        var inner = text[1..^1];
        for (int i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '"')
            {
                if (i + 1 >= inner.Length || inner[i + 1] != '"')
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }

    /// <summary>
    /// The text of a well-quoted field: without its quotes, doubled quotes read as one, trimmed. Allocates only when
    /// the field holds a doubled quote.
    /// </summary>
    public static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> raw)
    {
        var text = raw.Trim();
        if (text.Length < 2 || text[0] != '"')
        {
            return text;
        }

        var inner = text[1..^1];
        return inner.IndexOf("\"\"", StringComparison.Ordinal) < 0
            ? inner.Trim()
            : inner.ToString().Replace("\"\"", "\"", StringComparison.Ordinal).AsSpan().Trim();
    }
}

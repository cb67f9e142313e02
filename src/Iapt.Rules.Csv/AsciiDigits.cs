namespace Iapt.Rules.Cli.Csv;

/// <summary>Reading plain ASCII digits without the general number parser (the fast path of dates and totals).</summary>
internal static class AsciiDigits
{
    /// <summary>
    /// Reads ASCII digits (no sign, no spaces, no separators) as a number: false at the first other character. Empty
    /// text reads as 0, so callers check the length they expect; the caller keeps the text short enough not to overflow.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            uint digit = (uint)(c - '0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }
}

using NodaTime;

namespace Iapt.Rules.Numerics;

/// <summary>
/// The one reader of an ISO date's text, <c>yyyy-MM-dd</c>, behind <see cref="Episodes.RecordFields.TryParseDate"/>
/// and the waiting-time rules' text methods (kept in this leaf namespace so that both can use it).
/// </summary>
internal static class IsoDateText
{
    /// <summary>
    /// Reads exactly ten characters, ASCII digits where digits belong, a year from 0001 to 9999 (no year 0000) and a
    /// day that exists (no 30 February); untrimmed, allocation-free, never throws.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text.Slice(0, 4), out int year) || !TryDigits(text.Slice(5, 2), out int month) || !TryDigits(text.Slice(8, 2), out int day))
        {
            return false;
        }

        if (year < 1 || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Reads ASCII digits only (no sign, no spaces); 0 and false for anything else. The caller bounds the length.</summary>
    public static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            uint digit = (uint)(c - '0');
            if (digit > 9)
            {
                value = 0;
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }
}

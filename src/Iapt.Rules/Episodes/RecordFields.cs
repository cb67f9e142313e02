using NodaTime;

namespace Iapt.Rules.Episodes;

/// <summary>
/// The one reader of each kind of field an extract holds, as text: dates, session types, attendance, intensity and
/// interventions. Every reader of files (CSV, the national data set) calls these, so that the same text means the
/// same thing everywhere.
/// </summary>
/// <remarks>
/// Each reader is strict, allocates nothing and never throws: it returns <see langword="false"/> for text it does
/// not accept, and the caller reports the field with the matching reason (for example <see cref="DateExpected"/>).
/// Readers do not trim: a caller that accepts padded cells trims them first. The CSV reader every command shares
/// (<c>Iapt.Rules.Csv.CsvRecordReader</c>) trims every cell, so that <c> 2024-01-01 </c>, <c>0000-01-01</c> (not a
/// date: years run from 0001), <c>+5</c> and <c>5.0</c> (not counts) and an empty id (<see cref="IdExpected"/>) mean
/// the same in <c>iapt score</c>, <c>outcomes</c>, <c>waits</c> and <c>report</c>. Thread-safe.
/// </remarks>
public static class RecordFields
{
    /// <summary>The reason given for a field that is not an ISO date.</summary>
    public const string DateExpected = "not a date in the form yyyy-MM-dd";

    /// <summary>The reason given for a count (<see cref="TryParseCount"/>) that is not one to nine digits.</summary>
    public const string CountExpected = "not a whole number of 0 or more";

    /// <summary>
    /// The reason given for an empty id (after trimming): every command treats it the same way, as an invalid row (or
    /// a rejected one in a report), never as an id.
    /// </summary>
    public const string IdExpected = "empty (every row needs an id)";

    /// <summary>The reason given for a session type that is not one of the four keys.</summary>
    public const string SessionTypeExpected = "not one of assessment, assessment_and_treatment, treatment, follow_up";

    /// <summary>The reason given for an attendance that is not <c>true</c> or <c>false</c>.</summary>
    public const string AttendedExpected = "not true or false";

    /// <summary>The reason given for an intensity that is not <c>low</c>, <c>high</c> or empty.</summary>
    public const string IntensityExpected = "not low, high or empty";

    /// <summary>The reason given for an intervention that is not a key of <see cref="Interventions"/>.</summary>
    public const string InterventionExpected = "not a known intervention key";

    /// <summary>
    /// Reads a strict ISO calendar date, <c>yyyy-MM-dd</c>: exactly ten characters, ASCII digits where digits belong,
    /// a year from 0001 to 9999 and a day that exists (no 30 February). The same as NodaTime's
    /// <c>LocalDatePattern.Iso</c> for such text, without allocating.
    /// </summary>
    /// <param name="text">The text, untrimmed.</param>
    /// <param name="date">The date read; default when the text is not one.</param>
    /// <returns>Whether the text is such a date.</returns>
    public static bool TryParseDate(ReadOnlySpan<char> text, out LocalDate date) => Numerics.IsoDateText.TryParse(text, out date);

    /// <summary>
    /// Reads a session type by its key, in any case: <c>assessment</c>, <c>assessment_and_treatment</c>,
    /// <c>treatment</c> or <c>follow_up</c>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="type">The type read; default when the text is none of the keys.</param>
    /// <returns>Whether the text is one of the keys.</returns>
    public static bool TryParseSessionType(ReadOnlySpan<char> text, out SessionType type)
    {
        type = default;
        if (text.Equals("treatment".AsSpan(), StringComparison.OrdinalIgnoreCase)) { type = SessionType.Treatment; return true; }
        if (text.Equals("assessment".AsSpan(), StringComparison.OrdinalIgnoreCase)) { type = SessionType.Assessment; return true; }
        if (text.Equals("assessment_and_treatment".AsSpan(), StringComparison.OrdinalIgnoreCase)) { type = SessionType.AssessmentAndTreatment; return true; }
        if (text.Equals("follow_up".AsSpan(), StringComparison.OrdinalIgnoreCase)) { type = SessionType.FollowUp; return true; }
        return false;
    }

    /// <summary>Reads whether a person attended: <c>true</c> or <c>false</c>, in any case.</summary>
    /// <param name="text">The text.</param>
    /// <param name="attended">The value read; <see langword="false"/> when the text is neither.</param>
    /// <returns>Whether the text is <c>true</c> or <c>false</c>.</returns>
    public static bool TryParseAttended(ReadOnlySpan<char> text, out bool attended)
    {
        attended = text.Equals("true".AsSpan(), StringComparison.OrdinalIgnoreCase);
        return attended || text.Equals("false".AsSpan(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads an intensity: <c>low</c> or <c>high</c> in any case, or empty for <see cref="Intensity.Unknown"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="intensity">The intensity read; <see cref="Intensity.Unknown"/> when the text is empty or not accepted.</param>
    /// <returns>Whether the text is accepted.</returns>
    public static bool TryParseIntensity(ReadOnlySpan<char> text, out Intensity intensity)
    {
        intensity = Intensity.Unknown;
        if (text.IsEmpty)
        {
            return true;
        }

        if (text.Equals("low".AsSpan(), StringComparison.OrdinalIgnoreCase)) { intensity = Intensity.Low; return true; }
        if (text.Equals("high".AsSpan(), StringComparison.OrdinalIgnoreCase)) { intensity = Intensity.High; return true; }
        return false;
    }

    /// <summary>
    /// Reads an intervention by its key (<see cref="Interventions.Key"/>, for example <c>guided_self_help</c>), in
    /// any case, or empty for <see cref="Intervention.Unknown"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="intervention">The intervention read; <see cref="Intervention.Unknown"/> when empty or not a key.</param>
    /// <returns>Whether the text is empty or a key.</returns>
    public static bool TryParseIntervention(ReadOnlySpan<char> text, out Intervention intervention)
    {
        intervention = Intervention.Unknown;
        return text.IsEmpty || InterventionKeys.TryFind(text, out intervention);
    }

    /// <summary>
    /// Reads a count (of sessions, for example): one to nine ASCII digits, nothing else. A sign (<c>+5</c>, <c>-1</c>),
    /// a decimal point (<c>5.0</c>), an exponent or a space is not a count; callers trim cells first (every CSV cell is
    /// trimmed by the reader), so <c> 5 </c> in a file reads as 5.
    /// </summary>
    /// <param name="text">The text, trimmed.</param>
    /// <param name="count">The count read; 0 when the text is not one.</param>
    /// <returns>Whether the text is a count from 0 to 999,999,999.</returns>
    public static bool TryParseCount(ReadOnlySpan<char> text, out int count)
    {
        count = 0;
        return text.Length is >= 1 and <= 9 && Numerics.IsoDateText.TryDigits(text, out count);
    }

    /// <summary>Reads one to four ASCII digits (no sign, no spaces): the fast path of dates and recorded totals.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number read; 0 when the text is not such digits.</param>
    /// <returns>Whether the text is one to four ASCII digits.</returns>
    public static bool TryParseShortWholeNumber(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        return text.Length is >= 1 and <= 4 && Numerics.IsoDateText.TryDigits(text, out value);
    }
}

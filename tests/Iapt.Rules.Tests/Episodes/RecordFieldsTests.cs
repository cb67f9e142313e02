using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Episodes;
using Iapt.Rules.Stepping;
using NodaTime;
using NodaTime.Text;

namespace Iapt.Rules.Tests.Episodes;

/// <summary>The one reader of each kind of field: dates accept exactly what NodaTime's strict ISO pattern accepts.</summary>
public class RecordFieldsTests
{
    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2025-02-30", false)]
    [InlineData("2025-13-01", false)]
    [InlineData("2025-00-10", false)]
    [InlineData("2025-04-31", false)]
    [InlineData("2025-12-31", true)]
    [InlineData("2025-1-01", false)]
    [InlineData("25-01-2025", false)]
    [InlineData("2025/01/01", false)]
    [InlineData(" 2025-01-01", false)]
    [InlineData("", false)]
    [InlineData("2025-01-0a", false)]
    public void Only_real_ISO_dates_are_read(string text, bool valid)
    {
        Assert.Equal(valid, RecordFields.TryParseDate(text, out var date));
        if (valid)
        {
            Assert.Equal(LocalDatePattern.Iso.Parse(text).Value, date);
        }
    }

    [Property]
    public Property Every_date_round_trips_through_its_ISO_text() =>
        Prop.ForAll(
            Gen.Choose(0, 60_000).Select(d => new LocalDate(1970, 1, 1).PlusDays(d)).ToArbitrary(),
            d => RecordFields.TryParseDate(LocalDatePattern.Iso.Format(d), out var parsed) && parsed == d);

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("9999-12-32")]
    [InlineData("+999-01-01")]
    [InlineData("2025-01-01T00:00")]
    [InlineData("２０２５-01-01")]
    public void Years_outside_0001_to_9999_times_and_non_ASCII_digits_are_not_dates(string text) =>
        Assert.False(RecordFields.TryParseDate(text, out _));

    [Theory]
    [InlineData("assessment", SessionType.Assessment)]
    [InlineData("ASSESSMENT", SessionType.Assessment)]
    [InlineData("assessment_and_treatment", SessionType.AssessmentAndTreatment)]
    [InlineData("Treatment", SessionType.Treatment)]
    [InlineData("follow_up", SessionType.FollowUp)]
    public void Session_types_are_read_by_key_in_any_case(string text, SessionType expected)
    {
        Assert.True(RecordFields.TryParseSessionType(text, out var type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData("")]
    [InlineData("followup")]
    [InlineData("assessment and treatment")]
    [InlineData(" treatment")]
    public void Other_session_types_are_not_read(string text) =>
        Assert.False(RecordFields.TryParseSessionType(text, out _));

    [Theory]
    [InlineData("true", true, true)]
    [InlineData("TRUE", true, true)]
    [InlineData("false", true, false)]
    [InlineData("False", true, false)]
    [InlineData("yes", false, false)]
    [InlineData("1", false, false)]
    [InlineData("", false, false)]
    public void Attendance_is_true_or_false_in_any_case(string text, bool read, bool attended)
    {
        Assert.Equal(read, RecordFields.TryParseAttended(text, out bool value));
        Assert.Equal(attended, value);
    }

    [Theory]
    [InlineData("", true, Intensity.Unknown)]
    [InlineData("low", true, Intensity.Low)]
    [InlineData("HIGH", true, Intensity.High)]
    [InlineData("medium", false, Intensity.Unknown)]
    [InlineData("step2", false, Intensity.Unknown)]
    public void Intensity_is_low_high_or_empty(string text, bool read, Intensity expected)
    {
        Assert.Equal(read, RecordFields.TryParseIntensity(text, out var intensity));
        Assert.Equal(expected, intensity);
    }

    [Fact]
    public void Every_intervention_key_is_read_in_any_case_and_empty_is_unknown()
    {
        foreach (var intervention in Interventions.All)
        {
            Assert.True(RecordFields.TryParseIntervention(intervention.Key().ToUpperInvariant(), out var read));
            Assert.Equal(intervention, read);
        }

        Assert.True(RecordFields.TryParseIntervention("", out var none));
        Assert.Equal(Intervention.Unknown, none);
        Assert.False(RecordFields.TryParseIntervention("unknown", out _));
        Assert.False(RecordFields.TryParseIntervention("therapy", out _));
    }

    [Theory]
    [InlineData("0", true, 0)]
    [InlineData("7", true, 7)]
    [InlineData("9999", true, 9999)]
    [InlineData("10000", false, 0)]
    [InlineData("", false, 0)]
    [InlineData("+5", false, 0)]
    [InlineData("5.0", false, 0)]
    [InlineData("1a", false, 0)]
    public void Short_whole_numbers_are_one_to_four_ASCII_digits(string text, bool read, int expected)
    {
        Assert.Equal(read, RecordFields.TryParseShortWholeNumber(text, out int value));
        Assert.Equal(expected, value);
    }

    /// <summary>A count (issue 16): digits only, so that every command reads <c>+5</c> and <c>5.0</c> the same way (not at all).</summary>
    [Theory]
    [InlineData("0", true, 0)]
    [InlineData("5", true, 5)]
    [InlineData("007", true, 7)]
    [InlineData("999999999", true, 999_999_999)]
    [InlineData("1000000000", false, 0)]
    [InlineData("", false, 0)]
    [InlineData("+5", false, 0)]
    [InlineData("-1", false, 0)]
    [InlineData("5.0", false, 0)]
    [InlineData("1e1", false, 0)]
    [InlineData(" 5", false, 0)]
    [InlineData("\u0665", false, 0)]
    public void Counts_are_one_to_nine_ASCII_digits(string text, bool read, int expected)
    {
        Assert.Equal(read, RecordFields.TryParseCount(text, out int value));
        Assert.Equal(expected, value);
    }

    [Property]
    public Property Every_count_round_trips_through_its_text() =>
        Prop.ForAll(Gen.Choose(0, 999_999_999).ToArbitrary(), n =>
            RecordFields.TryParseCount(n.ToString(System.Globalization.CultureInfo.InvariantCulture), out int read) && read == n);

    /// <summary>The calendar's edges: 0001-01-01 and 9999-12-31 are dates, the year 0000 is not (issue 16: waits accepted it).</summary>
    [Theory]
    [InlineData("0001-01-01", true)]
    [InlineData("9999-12-31", true)]
    [InlineData("0000-01-01", false)]
    [InlineData("0000-12-31", false)]
    public void The_calendar_runs_from_0001_to_9999(string text, bool valid) =>
        Assert.Equal(valid, RecordFields.TryParseDate(text, out _));
}

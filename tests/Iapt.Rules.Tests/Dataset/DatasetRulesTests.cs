using Iapt.Rules.Dataset;
using Iapt.Rules.Episodes;
using Iapt.Rules.Provenance;
using Iapt.Rules.Stepping;

namespace Iapt.Rules.Tests.Dataset;

public class DatasetRulesTests
{
    private static readonly DatasetRules Codes = DatasetRules.ManualV4;

    [Theory]
    [InlineData("2", AttendanceKind.Cancelled)]
    [InlineData("3", AttendanceKind.Missed)]
    [InlineData("4", AttendanceKind.Cancelled)]
    [InlineData("5", AttendanceKind.Attended)]
    [InlineData("6", AttendanceKind.Attended)]
    [InlineData("7", AttendanceKind.Missed)]
    [InlineData(" 05 ", AttendanceKind.Attended)]
    [InlineData("0007", AttendanceKind.Missed)]
    public void Attendance_codes_2_to_7_are_read_padded_or_not(string text, AttendanceKind expected)
    {
        Assert.True(Codes.TryReadAttendance(text, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("8")]
    [InlineData("0")]
    [InlineData("00")]
    [InlineData("")]
    [InlineData("5a")]
    [InlineData("-5")]
    [InlineData("5.0")]
    public void Attendance_codes_outside_2_to_7_or_not_codes_are_not_read(string text)
    {
        Assert.False(Codes.TryReadAttendance(text, out _));
    }

    [Theory]
    [InlineData("01", SessionType.Assessment)]
    [InlineData("1", SessionType.Assessment)]
    [InlineData("02", SessionType.Treatment)]
    [InlineData("03", SessionType.AssessmentAndTreatment)]
    [InlineData("04", SessionType.FollowUp)]
    [InlineData("05", SessionType.Treatment)]
    [InlineData("06", SessionType.FollowUp)]
    [InlineData("00", SessionType.FollowUp)]
    [InlineData("99", SessionType.FollowUp)]
    public void Appointment_types(string text, SessionType expected)
    {
        Assert.True(Codes.TryReadAppointmentType(text, out var type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("AB")]
    [InlineData("12345")]
    public void Appointment_types_that_are_not_codes_are_not_read(string text)
    {
        Assert.False(Codes.TryReadAppointmentType(text, out _));
    }

    [Theory]
    [InlineData("304891004", Intensity.High)]
    [InlineData(" 304891004 ", Intensity.High)]
    [InlineData("748051000000105", Intensity.Low)]
    [InlineData("1098051000000103", Intensity.Unknown)]
    [InlineData("3048910040", Intensity.Unknown)]
    [InlineData("0304891004", Intensity.Unknown)]
    [InlineData("30489100x", Intensity.Unknown)]
    [InlineData("", Intensity.Unknown)]
    public void Therapy_types_by_exact_concept_id(string code, Intensity expected)
    {
        Assert.Equal(expected, Codes.IntensityOf(code));
    }

    [Fact]
    public void A_service_adds_its_own_tool_codes_without_changing_the_default()
    {
        var mine = Codes.WithTool(new AssessmentTool("1234567", "wsas", "our WSAS code", Source.UnconfirmedValue("local", "WSAS")));
        Assert.True(mine.TryMeasureOf("1234567", out string? key));
        Assert.Equal("wsas", key);
        Assert.False(Codes.TryMeasureOf("1234567", out _));
    }

    [Fact]
    public void A_later_entry_with_the_same_code_replaces_the_earlier()
    {
        var mine = Codes.WithTherapyType(new TherapyType("304891004", Intensity.Low, "read as low here", Source.UnconfirmedValue("local", "test")));
        Assert.Equal(Intensity.Low, mine.IntensityOf("304891004"));
        Assert.Equal(Codes.TherapyTypes.Length, mine.TherapyTypes.Length);
    }

    [Fact]
    public void A_service_can_read_another_appointment_type_as_treatment()
    {
        var mine = Codes.WithAppointmentType(new AppointmentType(6, SessionType.Treatment, "follow-up read as treatment", Source.UnconfirmedValue("local", "test")));
        Assert.True(mine.TryReadAppointmentType("06", out var type));
        Assert.Equal(SessionType.Treatment, type);
    }

    [Fact]
    public void A_tool_code_that_is_not_a_concept_id_is_a_programmer_error()
    {
        Assert.Throws<ArgumentException>(() => Codes.WithTool(new AssessmentTool("PHQ", "phq9", "bad", Source.Nhsd("x"))));
    }

    [Theory]
    [InlineData("100000")]
    [InlineData("123456789012345678")]
    public void A_concept_id_of_6_or_18_digits_is_a_tool_code(string code)
    {
        var mine = Codes.WithTool(new AssessmentTool(code, "wsas", "our WSAS code", Source.UnconfirmedValue("local", "WSAS")));
        Assert.True(mine.TryMeasureOf(code, out string? key));
        Assert.Equal("wsas", key);
    }

    [Theory]
    [InlineData("99999")]
    [InlineData("1234567890123456789")]
    [InlineData("012345")]
    [InlineData("12345X")]
    [InlineData("720433O00")]
    public void A_tool_code_of_5_or_19_digits_a_leading_zero_or_a_letter_is_not_a_concept_id(string code)
    {
        Assert.Throws<ArgumentException>(() => Codes.WithTool(new AssessmentTool(code, "wsas", "bad", Source.UnconfirmedValue("local", "WSAS"))));
    }

    [Theory]
    [InlineData("True", true)]
    [InlineData("true", true)]
    [InlineData(" TRUE ", true)]
    [InlineData("1", true)]
    [InlineData("False", false)]
    [InlineData("0", false)]
    public void Flags_read_true_false_1_0_in_any_case(string text, bool expected)
    {
        Assert.True(NhsdValues.TryReadFlag(text, out bool value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Y")]
    [InlineData("2")]
    [InlineData("yes")]
    public void Other_flag_text_is_not_read(string text)
    {
        Assert.False(NhsdValues.TryReadFlag(text, out _));
    }

    [Fact]
    public void Flag_values_are_set_and_cleared_one_by_one()
    {
        var values = default(NhsdValues).With(NhsdIndicator.Recovery, true).With(NhsdIndicator.NotCaseness, false);
        Assert.True(values.Any);
        Assert.True(values[NhsdIndicator.Recovery]);
        Assert.False(values[NhsdIndicator.NotCaseness]);
        Assert.Null(values[NhsdIndicator.CompletedTreatment]);
        Assert.False(values.With(NhsdIndicator.Recovery, null).With(NhsdIndicator.NotCaseness, null).Any);
    }
}

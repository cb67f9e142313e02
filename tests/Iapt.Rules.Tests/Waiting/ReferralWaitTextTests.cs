using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>Reading dates from text: strictly ISO yyyy-MM-dd, anything else is an error naming the field.</summary>
public class ReferralWaitTextTests
{
    private static readonly WaitingTimeRules Rules = RuleSet.ManualV4.Waiting;

    [Theory]
    [InlineData("2024-01-08", "2024-02-19", "", 42)]
    [InlineData("2024-01-08", "2024-02-19", "2024-02-26", 42)]
    [InlineData("2024-02-29", "2024-02-29", "", 0)]
    public void ISO_dates_are_read(string referral, string first, string second, int days)
    {
        Assert.Equal(days, Rules.MeasureText(referral, first, second).AsT0.DaysToFirstTreatment);
    }

    [Fact]
    public void An_empty_first_treatment_date_means_still_waiting()
    {
        Assert.Equal(WaitStatus.Waiting, Rules.MeasureText("2024-01-08", "", null).AsT0.Status);
    }

    [Fact]
    public void An_empty_referral_date_is_a_missing_date()
    {
        var error = Rules.MeasureText("", "2024-01-08", "").AsT1;
        Assert.Equal(WaitingErrorKind.MissingDate, error.Kind);
        Assert.Equal("referral_date", error.Field);
    }

    [Theory]
    [InlineData("08/01/2024")]        // UK order
    [InlineData("2024/01/08")]        // wrong separator
    [InlineData("2024-1-08")]         // month without its leading zero
    [InlineData("2024-01-8")]         // day without its leading zero
    [InlineData("20240108")]          // basic ISO form
    [InlineData(" 2024-01-08")]       // leading space
    [InlineData("2024-01-08 ")]       // trailing space
    [InlineData("2024-01-08T00:00")]  // a time
    [InlineData("2024-02-30")]        // no such day
    [InlineData("2023-02-29")]        // not a leap year
    [InlineData("2024-13-01")]        // no such month
    [InlineData("2024-00-10")]        // month zero
    [InlineData("2024-01-00")]        // day zero
    [InlineData("yesterday")]
    [InlineData("-2024-01-08")]
    [InlineData(" ")]
    public void Anything_but_an_existing_ISO_date_is_unreadable(string text)
    {
        var referral = Rules.MeasureText(text, "", "").AsT1;
        Assert.Equal(WaitingErrorKind.UnreadableDate, referral.Kind);
        Assert.Equal("referral_date: not a date in the form yyyy-MM-dd", referral.Message);

        Assert.Equal("first_treatment_date", Rules.MeasureText("2024-01-01", text, "").AsT1.Field);
        Assert.Equal("second_treatment_date", Rules.MeasureText("2024-01-01", "2024-01-02", text).AsT1.Field);
    }

    [Fact]
    public void The_referral_date_is_checked_before_the_treatment_dates()
    {
        Assert.Equal("referral_date", Rules.MeasureText("x", "y", "z").AsT1.Field);
        Assert.Equal("first_treatment_date", Rules.MeasureText("2024-01-01", "y", "z").AsT1.Field);
    }

    [Fact]
    public void Text_dates_then_meet_the_same_order_checks_as_typed_dates()
    {
        Assert.Equal(WaitingErrorKind.FirstTreatmentBeforeReferral, Rules.MeasureText("2024-01-08", "2024-01-07", "").AsT1.Kind);
        Assert.Equal(WaitingErrorKind.SecondTreatmentWithoutFirst, Rules.MeasureText("2024-01-08", "", "2024-01-09").AsT1.Kind);
    }
}

using Iapt.Rules.Waiting;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>
/// Each waiting-time error's message: the field, then the reason, and never a date given (the messages are fixed per
/// kind and field). These are the words the command line prints beside a rejected row.
/// </summary>
public class WaitingErrorTests
{
    private static readonly Dictionary<string, WaitingError> Errors = new(StringComparer.Ordinal)
    {
        [nameof(WaitingError.LastContactBeforeFirst)] = WaitingError.LastContactBeforeFirst,
        [nameof(WaitingError.DischargeBeforeReferral)] = WaitingError.DischargeBeforeReferral,
        [nameof(WaitingError.SecondBeforeFirst)] = WaitingError.SecondBeforeFirst,
        [nameof(WaitingError.SecondWithoutFirst)] = WaitingError.SecondWithoutFirst,
        [nameof(WaitingError.AsOfBeforeReferral)] = WaitingError.AsOfBeforeReferral,
        [nameof(WaitingError.HighBeforeLow)] = WaitingError.HighBeforeLow,
        [nameof(WaitingError.IntervalEndBeforeStart)] = WaitingError.IntervalEndBeforeStart,
        [nameof(WaitingError.NegativeWorkingDays)] = WaitingError.NegativeWorkingDays,
        [nameof(WaitingError.NegativeDaysAhead)] = WaitingError.NegativeDaysAhead,
        [nameof(WaitingError.NegativeWaiting)] = WaitingError.NegativeWaiting,
        [nameof(WaitingError.WeeklyReferralsNotPositive)] = WaitingError.WeeklyReferralsNotPositive,
        [nameof(WaitingError.WeeklyCapacityNotPositive)] = WaitingError.WeeklyCapacityNotPositive,
        [nameof(WaitingError.NoRuleOfThumb)] = WaitingError.NoRuleOfThumb,
        [nameof(WaitingError.FinishedWithoutTreatment)] = WaitingError.FinishedWithoutTreatment,
    };

    [Theory]
    [InlineData(nameof(WaitingError.LastContactBeforeFirst), "last_contact_date: before the first treatment date (the first treatment is an attended contact)")]
    [InlineData(nameof(WaitingError.DischargeBeforeReferral), "discharge_date: before the referral date")]
    [InlineData(nameof(WaitingError.SecondBeforeFirst), "second_treatment_date: before the first treatment date")]
    [InlineData(nameof(WaitingError.SecondWithoutFirst), "second_treatment_date: given without a first treatment date")]
    [InlineData(nameof(WaitingError.AsOfBeforeReferral), "referral_date: after the as-of date (the referral was not yet received)")]
    [InlineData(nameof(WaitingError.HighBeforeLow), "first_high_intensity_date: before the last low-intensity session")]
    [InlineData(nameof(WaitingError.IntervalEndBeforeStart), "end_date: before the start date")]
    [InlineData(nameof(WaitingError.NegativeWorkingDays), "working_days: negative (count forwards from the start date)")]
    [InlineData(nameof(WaitingError.NegativeDaysAhead), "days_ahead: negative (look ahead from the as-of date)")]
    [InlineData(nameof(WaitingError.NegativeWaiting), "waiting: negative (a count of patients)")]
    [InlineData(nameof(WaitingError.WeeklyReferralsNotPositive), "weekly_referrals: must be above zero")]
    [InlineData(nameof(WaitingError.WeeklyCapacityNotPositive), "weekly_capacity: must be above zero (with no capacity the list never clears)")]
    [InlineData(nameof(WaitingError.NoRuleOfThumb), "target_wait_weeks: the rule set has no rule of thumb for this waiting-time target")]
    [InlineData(nameof(WaitingError.FinishedWithoutTreatment), "first_treatment_date: empty, but a finished course of treatment has at least two treatment sessions")]
    public void Each_error_names_its_field_then_its_reason(string error, string message)
    {
        var value = Errors[error];
        Assert.Equal(message, value.Message);
        Assert.StartsWith(value.Field + ": ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_waiting_list_is_an_empty_list_and_a_negative_one_is_an_error()
    {
        Assert.Equal(0m, WaitingLists.WeeksOfDemand(0, 10m).AsT0);
        Assert.Same(WaitingError.NegativeWaiting, WaitingLists.WeeksOfDemand(-1, 10m).AsT1);
    }
}

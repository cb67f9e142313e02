using OneOf;

namespace Iapt.Rules.Waiting;

/// <summary>Sizes of a waiting list that need no rule-set value (M4 §8.1.4).</summary>
public static class WaitingLists
{
    /// <summary>The size of a waiting list in weeks of demand: patients waiting divided by new referrals a week.</summary>
    /// <param name="waiting">The number of patients waiting, 0 or more.</param>
    /// <param name="weeklyReferrals">The average number of new referrals a week, above zero.</param>
    /// <returns>The weeks of demand waiting (an exact decimal, not rounded), or an error naming the field.</returns>
    public static OneOf<decimal, WaitingError> WeeksOfDemand(int waiting, decimal weeklyReferrals)
    {
        if (waiting < 0)
        {
            return WaitingError.NegativeWaiting;
        }

        return weeklyReferrals <= 0m ? WaitingError.WeeklyReferralsNotPositive : waiting / weeklyReferrals;
    }

    /// <summary>
    /// The clearance time: the number of weeks it would take to clear the list if no new patients arrived (M4 §8.1.4),
    /// patients waiting divided by patients the service can see a week.
    /// </summary>
    /// <param name="waiting">The number of patients waiting, 0 or more.</param>
    /// <param name="weeklyCapacity">The number of patients the service can take off the list a week, above zero.</param>
    /// <returns>The clearance time in weeks (an exact decimal, not rounded), or an error naming the field.</returns>
    public static OneOf<decimal, WaitingError> ClearanceWeeks(int waiting, decimal weeklyCapacity)
    {
        if (waiting < 0)
        {
            return WaitingError.NegativeWaiting;
        }

        return weeklyCapacity <= 0m ? WaitingError.WeeklyCapacityNotPositive : waiting / weeklyCapacity;
    }
}

using Iapt.Rules.Outcomes;
using static Iapt.Rules.Tests.Outcomes.Referral;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Tests.Outcomes;

/// <summary>The national rates (NHSD): exact counts over the national denominators.</summary>
public class OutcomeRatesTests
{
    private static OutcomeRates Tally(params OutcomeInput[] referrals)
    {
        var rates = new OutcomeRates();
        foreach (var referral in referrals)
        {
            rates.Add(Classify(referral));
        }

        return rates;
    }

    [Fact]
    public void Recovery_is_counted_over_finished_courses_minus_those_not_at_caseness()
    {
        var rates = Tally(
            Finished(18, 6, 12, 5), // recovered and reliably improved
            Finished(18, 12, 12, 5), // at caseness, not recovered (last PHQ-9 12), reliably improved
            Finished(8, 2, 6, 1), // not at caseness at the start: out of the recovery denominator, reliably improved
            Finished(18, null, 12, null), // finished, unpaired: caseness known, not recovered
            Finished(5, 14, 3, 9), // not at caseness, reliably deteriorated
            Finished(18, 6, 12, 5) with { Ended = false }); // not finished: counted nowhere but in Referrals

        Assert.Equal(6, rates.Referrals);
        Assert.Equal(5, rates.Finished);
        Assert.Equal(2, rates.FinishedNotAtCaseness);
        Assert.Equal(new OutcomeRate(1, 3), rates.Recovery);
        Assert.Equal(new OutcomeRate(1, 3), rates.ReliableRecovery);
        Assert.Equal(new OutcomeRate(3, 5), rates.ReliableImprovement);
        Assert.Equal(new OutcomeRate(1, 5), rates.ReliableDeterioration);
        Assert.Equal(new OutcomeRate(4, 5), rates.PairedCompleteness);
        Assert.Equal(0, rates.NoReliableChange);
    }

    [Fact]
    public void A_finished_course_with_unknown_caseness_stays_in_the_recovery_denominator()
    {
        var rates = Tally(Finished(5, null, null, null));
        Assert.Equal(new OutcomeRate(0, 1), rates.Recovery);
    }

    [Fact]
    public void A_rate_with_no_denominator_has_no_value()
    {
        var rates = new OutcomeRates();
        Assert.Null(rates.Recovery.Value);
        Assert.Null(rates.ReliableImprovement.Value);
        Assert.Null(rates.Recovery.Reaches(1, 2));
        Assert.Equal("0/0", rates.Recovery.ToString());
    }

    [Theory]
    [InlineData(1, 2, true)] // exactly 50%: meets the recovery standard
    [InlineData(49, 100, false)]
    [InlineData(2, 3, true)] // exactly two thirds: meets the reliable-improvement standard
    [InlineData(666, 1000, false)]
    public void A_rate_reaches_a_standard_compared_exactly(long count, long denominator, bool reachesStandard)
    {
        var rate = new OutcomeRate(count, denominator);
        long standardDenominator = denominator is 3 or 1000 ? 3 : 2; // two thirds or one half
        long standardNumerator = standardDenominator == 3 ? 2 : 1;
        Assert.Equal(reachesStandard, rate.Reaches(standardNumerator, standardDenominator));
    }

    [Fact]
    public void Rates_counted_apart_add_up()
    {
        var a = Tally(Finished(18, 6, 12, 5), Finished(8, 2, 6, 1));
        var b = Tally(Finished(5, 14, 3, 9));
        a.Add(b);
        Assert.Equal(Tally(Finished(18, 6, 12, 5), Finished(8, 2, 6, 1), Finished(5, 14, 3, 9)), a);
        Assert.Equal("1/1 (100.0%)", a.Recovery.ToString());
    }

    /// <summary>
    /// A finished paired course whose scores moved less than the reliable-change values on both measures is counted as
    /// no reliable change, and counts kept apart (for example on two threads) add up to the counts kept together.
    /// </summary>
    [Fact]
    public void No_reliable_change_is_counted_and_counts_kept_apart_add_up()
    {
        var unchanged = Finished(18, 16, 12, 11); // PHQ-9 down 2 (< 6), GAD-7 down 1 (< 4)
        var improved = Finished(18, 6, 12, 5);
        var first = Tally(unchanged, improved);
        var second = Tally(unchanged);
        Assert.Equal(1, first.NoReliableChange);

        first.Add(second);
        Assert.Equal(2, first.NoReliableChange);
        Assert.Equal(1, first.ReliablyImproved);
        Assert.Equal(3, first.Finished);
        Assert.Equal(Tally(unchanged, improved, unchanged).NoReliableChange, first.NoReliableChange);
    }
}

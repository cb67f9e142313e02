using Iapt.Rules.Numerics;

namespace Iapt.Rules.Tests.Numerics;

/// <summary>
/// Ratio at the edges its fast paths skip: the general decimal conversion at the limits of a long, and differences
/// where only some of the three fractions are whole.
/// </summary>
public class RatioBoundaryTests
{
    /// <summary>The general conversion holds the largest long exactly (digits equal to the limit fit).</summary>
    [Fact]
    public void The_general_path_holds_the_largest_long()
    {
        Assert.True(Ratio.TryFromDecimalSlowly(long.MaxValue, out var ratio));
        Assert.Equal(new Ratio(long.MaxValue, 1), ratio);
    }

    /// <summary>The general conversion holds the smallest long exactly and refuses one below it.</summary>
    [Fact]
    public void The_general_path_holds_the_smallest_long_and_refuses_one_below()
    {
        Assert.True(Ratio.TryFromDecimalSlowly(long.MinValue, out var ratio));
        Assert.Equal(new Ratio(long.MinValue, 1), ratio);
        Assert.False(Ratio.TryFromDecimalSlowly((decimal)long.MinValue - 1, out _));
        Assert.False(Ratio.TryFromDecimalSlowly((decimal)long.MaxValue + 1, out _));
    }

    /// <summary>The general conversion holds nine decimal places (the limit) and refuses ten.</summary>
    [Fact]
    public void The_general_path_holds_nine_places_and_refuses_ten()
    {
        Assert.True(Ratio.TryFromDecimalSlowly(0.123456789m, out var ratio));
        Assert.Equal(new Ratio(123_456_789, 1_000_000_000), ratio);
        Assert.False(Ratio.TryFromDecimalSlowly(0.1234567891m, out _));
    }

    /// <summary>5 - 3/2 = 7/2 is more than 3: a whole minuend and threshold with a fractional subtrahend.</summary>
    [Fact]
    public void A_fractional_subtrahend_between_whole_numbers_is_compared_exactly()
    {
        Assert.True(Ratio.CompareDifference(Ratio.Whole(5), new Ratio(3, 2), Ratio.Whole(3)) > 0);
        Assert.True(Ratio.CompareDifference(Ratio.Whole(5), new Ratio(3, 2), Ratio.Whole(4)) < 0);
        Assert.Equal(0, Ratio.CompareDifference(Ratio.Whole(5), new Ratio(4, 2), Ratio.Whole(3)));
    }

    /// <summary>7/2 - 1 = 5/2 is less than 3: a fractional minuend with a whole subtrahend and threshold.</summary>
    [Fact]
    public void A_fractional_minuend_with_whole_numbers_is_compared_exactly()
    {
        Assert.True(Ratio.CompareDifference(new Ratio(7, 2), Ratio.Whole(1), Ratio.Whole(3)) < 0);
        Assert.True(Ratio.CompareDifference(new Ratio(7, 2), Ratio.Whole(1), Ratio.Whole(2)) > 0);
    }

    /// <summary>6 - 1 = 5 is more than 9/2: whole scores against a fractional threshold.</summary>
    [Fact]
    public void Whole_scores_against_a_fractional_threshold_are_compared_exactly()
    {
        Assert.True(Ratio.CompareDifference(Ratio.Whole(6), Ratio.Whole(1), new Ratio(9, 2)) > 0);
        Assert.True(Ratio.CompareDifference(Ratio.Whole(5), Ratio.Whole(1), new Ratio(9, 2)) < 0);
    }
}

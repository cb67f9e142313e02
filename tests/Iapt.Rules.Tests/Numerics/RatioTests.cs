using Iapt.Rules.Numerics;

namespace Iapt.Rules.Tests.Numerics;

/// <summary>The exact fractions scores and thresholds are held as.</summary>
public class RatioTests
{
    [Theory]
    [InlineData("9223372036854775807", true)] // long.MaxValue
    [InlineData("9223372036854775808", false)]
    [InlineData("-9223372036854775808", true)] // long.MinValue
    [InlineData("-9223372036854775809", false)]
    public void A_decimal_is_held_when_its_digits_fit_in_a_long(string value, bool held)
    {
        Assert.Equal(held, Ratio.TryFromDecimal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), out _));
    }

    [Fact]
    public void Trailing_zeros_do_not_change_the_fraction()
    {
        Assert.True(Ratio.TryFromDecimal(2.30m, out var a));
        Assert.Equal(new Ratio(23, 10), a);
    }

    [Theory]
    [InlineData(4, 2, true)]
    [InlineData(6, 1, true)]
    [InlineData(5, 2, false)]
    public void A_fraction_is_whole_when_its_denominator_divides_its_numerator(long numerator, long denominator, bool whole)
    {
        Assert.Equal(whole, new Ratio(numerator, denominator).IsWhole);
    }

    [Fact]
    public void A_threshold_may_be_zero_but_not_negative()
    {
        Assert.Equal(0m, new Threshold(0m).Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Threshold(-0.1m));
        Assert.True(new Threshold(0.5m) != new Threshold(0.6m));
        Assert.False(new Threshold(0.5m) != new Threshold(0.50m));
    }
}

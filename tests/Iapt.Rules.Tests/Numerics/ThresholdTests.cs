using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Numerics;

namespace Iapt.Rules.Tests.Numerics;

/// <summary>Exact arithmetic at boundaries: thresholds and the differences compared with them.</summary>
public class ThresholdTests
{
    [Theory]
    [InlineData("2.3", "2.30")]
    [InlineData("10", "10.000")]
    [InlineData("0.73", "0.7300")]
    public void Trailing_zeros_do_not_change_a_threshold(string a, string b)
    {
        Assert.Equal(new Threshold(decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture)),
            new Threshold(decimal.Parse(b, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Negative_or_too_precise_thresholds_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Threshold(-1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Threshold(0.1234567891m));
    }

    [Theory]
    [InlineData(2.35, 1.62, 0.73, 0)]
    [InlineData(2.35, 1.63, 0.73, -1)]
    [InlineData(2.35, 1.61, 0.73, 1)]
    [InlineData(16, 10, 6, 0)]
    [InlineData(16, 11, 6, -1)]
    public void A_difference_equal_to_the_threshold_compares_equal(double first, double last, double threshold, int expected)
    {
        var a = Ratio.FromDecimal((decimal)first);
        var b = Ratio.FromDecimal((decimal)last);
        var t = Ratio.FromDecimal((decimal)threshold);
        Assert.Equal(expected, Math.Sign(Ratio.CompareDifference(a, b, t)));
    }

    [Property]
    public Property Ratio_comparison_agrees_with_decimal_comparison() =>
        Prop.ForAll(
            Gen.Two(Gen.Choose(0, 500_000)).Select(p => (p.Item1 / 100_000m, p.Item2 / 1000m)).ToArbitrary(),
            pair => Math.Sign(Ratio.FromDecimal(pair.Item1).CompareTo(Ratio.FromDecimal(pair.Item2))) == Math.Sign(pair.Item1.CompareTo(pair.Item2)));
}

using Iapt.Rules.Provenance;
using Iapt.Rules.Reporting;

namespace Iapt.Rules.Tests.Reporting;

/// <summary>
/// <see cref="ServiceStandard.IsMet"/>: a rate judged against a national target exactly, in integers or decimals,
/// never in floating point (reference §7; the brief's "exact arithmetic at boundaries"): at least the target meets an
/// <see cref="StandardComparison.AtLeast"/> standard, only above it a <see cref="StandardComparison.MoreThan"/> one.
/// </summary>
public class ServiceStandardTests
{
    private static readonly Source Src = Source.M4("§6.4");

    private static ServiceStandard Decimal(string target, StandardComparison comparison) =>
        new("s", "S", decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture), comparison, Src);

    private static ServiceStandard Fraction(long numerator, long denominator, StandardComparison comparison) =>
        ServiceStandard.Fraction("s", "S", numerator, denominator, comparison, Src);

    [Theory]
    [InlineData("0.5", StandardComparison.AtLeast, 49, 100, false)]
    [InlineData("0.5", StandardComparison.AtLeast, 50, 100, true)]
    [InlineData("0.5", StandardComparison.AtLeast, 51, 100, true)]
    [InlineData("0.5", StandardComparison.MoreThan, 50, 100, false)]
    [InlineData("0.5", StandardComparison.MoreThan, 51, 100, true)]
    [InlineData("0.75", StandardComparison.AtLeast, 2, 3, false)]
    [InlineData("0.75", StandardComparison.AtLeast, 3, 4, true)]
    [InlineData("0.9", StandardComparison.AtLeast, 899_999, 1_000_000, false)]
    [InlineData("0.9", StandardComparison.AtLeast, 900_000, 1_000_000, true)]
    [InlineData("0.5", StandardComparison.AtLeast, 0, 1, false)]
    [InlineData("0.5", StandardComparison.MoreThan, 1, 1, true)]
    public void A_decimal_target_is_compared_exactly(string target, StandardComparison comparison, long numerator, long denominator, bool met)
    {
        Assert.Equal(met, Decimal(target, comparison).IsMet(numerator, denominator));
    }

    /// <summary>Two thirds as a fraction: 2 of 3 is exactly the target, which 0.6666666666666666666666666667 would miss.</summary>
    [Theory]
    [InlineData(StandardComparison.AtLeast, 1, 3, false)]
    [InlineData(StandardComparison.AtLeast, 2, 3, true)]
    [InlineData(StandardComparison.AtLeast, 3, 3, true)]
    [InlineData(StandardComparison.AtLeast, 666_666, 1_000_000, false)]
    [InlineData(StandardComparison.AtLeast, 666_667, 1_000_000, true)]
    [InlineData(StandardComparison.AtLeast, 4, 6, true)]
    [InlineData(StandardComparison.MoreThan, 2, 3, false)]
    [InlineData(StandardComparison.MoreThan, 4, 6, false)]
    [InlineData(StandardComparison.MoreThan, 3, 4, true)]
    public void A_fraction_target_is_compared_exactly(StandardComparison comparison, long numerator, long denominator, bool met)
    {
        Assert.Equal(met, Fraction(2, 3, comparison).IsMet(numerator, denominator));
    }

    [Fact]
    public void A_fraction_target_holds_far_beyond_64_bit_products()
    {
        // 2 * long.MaxValue overflows 64 bits; the comparison is in 128-bit integers.
        var standard = Fraction(2, 3, StandardComparison.AtLeast);
        Assert.True(standard.IsMet(long.MaxValue - 1, long.MaxValue));
        Assert.False(standard.IsMet(long.MaxValue / 3, long.MaxValue));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 0)]
    [InlineData(0, -1)]
    public void A_standard_cannot_be_judged_without_a_positive_denominator(long numerator, long denominator)
    {
        Assert.Null(Decimal("0.5", StandardComparison.AtLeast).IsMet(numerator, denominator));
        Assert.Null(Fraction(2, 3, StandardComparison.AtLeast).IsMet(numerator, denominator));
    }

    [Fact]
    public void A_one_in_one_denominator_is_judged()
    {
        Assert.True(Decimal("0.5", StandardComparison.AtLeast).IsMet(1, 1));
        Assert.True(Fraction(2, 3, StandardComparison.AtLeast).IsMet(1, 1));
    }

    [Fact]
    public void A_fraction_standard_shows_its_target_as_a_decimal_and_keeps_what_it_was_given()
    {
        var standard = ServiceStandard.Fraction("k", "D", 3, 4, StandardComparison.MoreThan, Src);
        Assert.Equal("k", standard.Key);
        Assert.Equal("D", standard.Description);
        Assert.Equal(0.75m, standard.Target);
        Assert.Equal((3L, 4L), standard.TargetFraction);
        Assert.Equal(StandardComparison.MoreThan, standard.Comparison);
        Assert.Same(Src, standard.Source);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void A_fraction_with_a_denominator_that_is_not_positive_is_a_programming_error(long denominator)
    {
        Assert.Throws<ArgumentException>(() => ServiceStandard.Fraction("k", "D", 2, denominator, StandardComparison.AtLeast, Src));
    }
}

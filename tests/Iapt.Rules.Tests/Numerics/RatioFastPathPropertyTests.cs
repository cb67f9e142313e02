using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Numerics;

namespace Iapt.Rules.Tests.Numerics;

/// <summary>
/// <see cref="Ratio.TryFromDecimal"/> reads common decimals from their bits in integer arithmetic (issue 19); it must
/// give exactly what the general decimal path gives, for every decimal.
/// </summary>
public class RatioFastPathPropertyTests
{
    /// <summary>Any 32-bit word, the sign bit included.</summary>
    private static Gen<int> AnyWord() =>
        from bits in Gen.Choose(0, int.MaxValue)
        from sign in Gen.Elements(0, int.MinValue)
        select bits | sign;

    /// <summary>Any decimal: all 96 mantissa bits, either sign, any scale 0-28 (trailing zeros included).</summary>
    private static Gen<decimal> AnyDecimal() =>
        from low in AnyWord()
        from mid in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(0, 3)), (1, AnyWord()))
        from high in Gen.Frequency((4, Gen.Constant(0)), (1, AnyWord()))
        from negative in Gen.Elements(true, false)
        from scale in Gen.Frequency((3, Gen.Choose(0, 9)), (1, Gen.Choose(10, 28)))
        select new decimal(low, mid, high, negative, (byte)scale);

    /// <summary>Decimals as files write them: a whole number or a mean in tenths to billionths, with trailing zeros.</summary>
    private static Gen<decimal> RecordedDecimal() =>
        from digits in Gen.Choose(0, 1_000_000)
        from scale in Gen.Choose(0, 12)
        from zeros in Gen.Choose(0, 3)
        select new decimal(digits * (int)Math.Pow(10, zeros), 0, 0, false, (byte)scale);

    [Property]
    public Property Any_decimal_becomes_the_ratio_the_general_path_gives() =>
        Prop.ForAll(Gen.Frequency((1, AnyDecimal()), (1, RecordedDecimal())).ToArbitrary(), value =>
        {
            bool fast = Ratio.TryFromDecimal(value, out var ratio);
            bool general = Ratio.TryFromDecimalSlowly(value, out var expected);
            return fast == general && ratio == expected;
        });

    [Theory]
    [InlineData("0")]
    [InlineData("-0.000")]
    [InlineData("2.30")]
    [InlineData("2.300000000")]
    [InlineData("0.000000001")]
    [InlineData("0.0000000010")]
    [InlineData("0.0000000001")]
    [InlineData("18446744073709551615")] // 2^64 - 1: the bits fit 64, the long does not
    [InlineData("1844674407370955161.5")]
    [InlineData("18446744073709551616")] // 2^64: the third word of bits is used
    [InlineData("-9223372036854775808")]
    [InlineData("79228162514264337593543950335")]
    public void The_edges_of_the_fast_path_agree_with_the_general_path(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        bool fast = Ratio.TryFromDecimal(value, out var ratio);
        bool general = Ratio.TryFromDecimalSlowly(value, out var expected);
        Assert.Equal(general, fast);
        Assert.Equal(expected, ratio);
    }
}

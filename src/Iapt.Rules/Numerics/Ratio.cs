namespace Iapt.Rules.Numerics;

/// <summary>
/// An exact non-negative rational number <c>Numerator / Denominator</c> used for every comparison against a
/// cut-off or a reliable-change value, so that boundaries are decided without rounding.
/// </summary>
/// <remarks>
/// Scores are at most a few thousand and denominators at most 10^9, so the cross products used here fit easily in
/// <see cref="Int128"/>. The fast path (both denominators 1) stays in 64-bit integers.
/// </remarks>
internal readonly record struct Ratio(long Numerator, long Denominator)
{
    /// <summary>The largest number of decimal places a decimal may have to become a ratio.</summary>
    public const int MaxScale = 9;

    public static Ratio Whole(long value) => new(value, 1);

    /// <summary>Converts a decimal exactly; fails when it has more than <see cref="MaxScale"/> places.</summary>
    public static bool TryFromDecimal(decimal value, out Ratio ratio)
    {
#if NET8_0_OR_GREATER
        // The common case (a mantissa below 2^64, at most MaxScale places once trailing zeros go) read from the
        // decimal's bits in integer arithmetic; anything else takes the general decimal path below. Same result.
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        int places = (bits[3] >> 16) & 0xFF;
        if (bits[2] == 0)
        {
            ulong digits = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
            while (places > 0 && digits % 10 == 0)
            {
                digits /= 10;
                places--;
            }

            if (places <= MaxScale && digits <= long.MaxValue)
            {
                ratio = new Ratio(bits[3] < 0 ? -(long)digits : (long)digits, Powers[places]);
                return true;
            }
        }

#endif
        return TryFromDecimalSlowly(value, out ratio);
    }

#if NET8_0_OR_GREATER
    /// <summary>10^0 ... 10^<see cref="MaxScale"/>.</summary>
    private static ReadOnlySpan<long> Powers => [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];
#endif

    /// <summary>The general decimal path of <see cref="TryFromDecimal"/> (internal so that tests compare the two).</summary>
    internal static bool TryFromDecimalSlowly(decimal value, out Ratio ratio)
    {
        int scale = value.Scale;
        decimal mantissa = value;
        for (int i = 0; i < scale; i++)
        {
            mantissa *= 10m;
        }

        // Strip trailing zeros so that 2.30 and 2.3 become the same ratio.
        while (scale > 0 && mantissa % 10m == 0m)
        {
            mantissa /= 10m;
            scale--;
        }

        if (scale > MaxScale || mantissa > long.MaxValue || mantissa < long.MinValue)
        {
            ratio = default;
            return false;
        }

        long denominator = Pow10(scale);
        decimal scaled = mantissa;
        ratio = new Ratio((long)scaled, denominator);
        return true;
    }

    public static Ratio FromDecimal(decimal value) =>
        TryFromDecimal(value, out var ratio)
            ? ratio
            : throw new ArgumentOutOfRangeException(nameof(value), $"At most {MaxScale} decimal places are supported.");

    public decimal ToDecimal() => Denominator == 1 ? Numerator : (decimal)Numerator / Denominator;

    public bool IsWhole => Denominator == 1 || Numerator % Denominator == 0;

    /// <summary>Compares <c>this</c> with <paramref name="other"/> exactly: negative, zero or positive.</summary>
    public int CompareTo(Ratio other)
    {
        if (Denominator == other.Denominator)
        {
            return Numerator.CompareTo(other.Numerator);
        }

        Int128 left = (Int128)Numerator * other.Denominator;
        Int128 right = (Int128)other.Numerator * Denominator;
        return left.CompareTo(right);
    }

    /// <summary>
    /// Compares the difference <c>minuend - subtrahend</c> with <paramref name="threshold"/> exactly:
    /// negative when the difference is smaller, zero when equal, positive when larger.
    /// </summary>
    public static int CompareDifference(Ratio minuend, Ratio subtrahend, Ratio threshold)
    {
        if ((minuend.Denominator | subtrahend.Denominator | threshold.Denominator) == 1)
        {
            return (minuend.Numerator - subtrahend.Numerator).CompareTo(threshold.Numerator);
        }

        // (a/b - c/d) ? e/f  <=>  (a*d - c*b) * f ? e * b * d   (all denominators positive)
        Int128 difference = (Int128)minuend.Numerator * subtrahend.Denominator
                            - (Int128)subtrahend.Numerator * minuend.Denominator;
        Int128 left = difference * threshold.Denominator;
        Int128 right = (Int128)threshold.Numerator * minuend.Denominator * subtrahend.Denominator;
        return left.CompareTo(right);
    }

    private static long Pow10(int exponent)
    {
        long result = 1;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}

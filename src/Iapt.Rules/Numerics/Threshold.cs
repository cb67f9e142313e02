namespace Iapt.Rules.Numerics;

/// <summary>
/// A cut-off or reliable-change value as the rules state it (a decimal such as <c>10</c> or <c>2.3</c>), held in an
/// exact form so that comparisons at the boundary never suffer rounding.
/// </summary>
/// <remarks>
/// A threshold is non-negative and has at most nine decimal places. Two thresholds are equal when their values
/// are equal (<c>2.30</c> equals <c>2.3</c>).
/// </remarks>
public readonly struct Threshold : IEquatable<Threshold>
{
    private readonly Ratio _ratio;

    /// <summary>Creates a threshold from its decimal value.</summary>
    /// <param name="value">The value, at least zero, with at most nine decimal places.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or has more than nine places.</exception>
    public Threshold(decimal value)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "A threshold cannot be negative.");
        }

        _ratio = Ratio.FromDecimal(value);
    }

    /// <summary>The value as the rules state it.</summary>
    public decimal Value => _ratio.ToDecimal();

    internal Ratio Ratio => _ratio;

    /// <summary>Converts a decimal to a threshold.</summary>
    /// <param name="value">The value, at least zero, with at most nine decimal places.</param>
    public static implicit operator Threshold(decimal value) => new(value);

    /// <summary>Creates a threshold from a decimal (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The value, at least zero, with at most nine decimal places.</param>
    /// <returns>The threshold.</returns>
    public static Threshold FromDecimal(decimal value) => new(value);

    /// <inheritdoc />
    public bool Equals(Threshold other) => _ratio.CompareTo(other._ratio) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Threshold other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>Whether two thresholds have the same value.</summary>
    /// <param name="left">The first threshold.</param>
    /// <param name="right">The second threshold.</param>
    /// <returns><see langword="true"/> when the values are equal.</returns>
    public static bool operator ==(Threshold left, Threshold right) => left.Equals(right);

    /// <summary>Whether two thresholds have different values.</summary>
    /// <param name="left">The first threshold.</param>
    /// <param name="right">The second threshold.</param>
    /// <returns><see langword="true"/> when the values differ.</returns>
    public static bool operator !=(Threshold left, Threshold right) => !left.Equals(right);

    /// <summary>The value in invariant culture, for example <c>2.3</c>.</summary>
    /// <returns>The value as text.</returns>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

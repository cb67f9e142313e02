#if !NET7_0_OR_GREATER
using System.Numerics;

namespace System;

/// <summary>
/// The netstandard2.0 build's stand-in for .NET 7's <c>System.Int128</c>: the few operations the exact cut-off
/// comparisons use (widening from <see cref="long"/>, add, subtract, multiply, compare), on an exact
/// <see cref="BigInteger"/>. Internal to Iapt.Rules and compiled only where the framework has no <c>Int128</c>; the
/// net8.0 and net10.0 builds keep the framework's allocation-free type.
/// </summary>
internal readonly struct Int128 : IComparable<Int128>, IEquatable<Int128>
{
    private readonly BigInteger _value;

    private Int128(BigInteger value) => _value = value;

    public static implicit operator Int128(long value) => new(value);

    public static Int128 operator +(Int128 left, Int128 right) => new(left._value + right._value);

    public static Int128 operator -(Int128 left, Int128 right) => new(left._value - right._value);

    public static Int128 operator *(Int128 left, Int128 right) => new(left._value * right._value);

    public static bool operator <(Int128 left, Int128 right) => left._value < right._value;

    public static bool operator >(Int128 left, Int128 right) => left._value > right._value;

    public static bool operator <=(Int128 left, Int128 right) => left._value <= right._value;

    public static bool operator >=(Int128 left, Int128 right) => left._value >= right._value;

    public static bool operator ==(Int128 left, Int128 right) => left._value == right._value;

    public static bool operator !=(Int128 left, Int128 right) => left._value != right._value;

    public int CompareTo(Int128 other) => _value.CompareTo(other._value);

    public bool Equals(Int128 other) => _value.Equals(other._value);

    public override bool Equals(object? obj) => obj is Int128 other && Equals(other);

    public override int GetHashCode() => _value.GetHashCode();

    public override string ToString() => _value.ToString(Globalization.CultureInfo.InvariantCulture);
}
#endif

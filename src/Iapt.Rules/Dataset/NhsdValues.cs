using System.Collections.Immutable;

namespace Iapt.Rules.Dataset;

/// <summary>
/// The values of NHS Digital's derived flags on one referral, each <see langword="null"/> when the column is absent,
/// empty or unreadable (then it is not compared). A small immutable value.
/// </summary>
public readonly record struct NhsdValues
{
    private readonly byte _given;
    private readonly byte _values;

    private NhsdValues(byte given, byte values)
    {
        _given = given;
        _values = values;
    }

    /// <summary>Every flag, in column order.</summary>
    public static ImmutableArray<NhsdIndicator> All { get; } =
        [NhsdIndicator.CompletedTreatment, NhsdIndicator.NotCaseness, NhsdIndicator.Recovery, NhsdIndicator.ReliableImprovement, NhsdIndicator.ReliableDeterioration];

    /// <summary>Whether any flag has a value.</summary>
    public bool Any => _given != 0;

    /// <summary>The flag's value, or <see langword="null"/> when not given.</summary>
    /// <param name="flag">The flag.</param>
    /// <returns>The value.</returns>
    public bool? this[NhsdIndicator flag] => (_given & Bit(flag)) == 0 ? null : (_values & Bit(flag)) != 0;

    /// <summary>A copy with one flag set (or cleared, with <see langword="null"/>).</summary>
    /// <param name="flag">The flag.</param>
    /// <param name="value">Its value, or <see langword="null"/> for none.</param>
    /// <returns>The new flags.</returns>
    public NhsdValues With(NhsdIndicator flag, bool? value)
    {
        byte bit = Bit(flag);
        byte given = (byte)(value is null ? _given & ~bit : _given | bit);
        byte values = (byte)(value == true ? _values | bit : _values & ~bit);
        return new NhsdValues(given, values);
    }

    /// <summary>The flag's column in <c>IDS101Referral</c>, for example <c>Recovery_Flag</c>.</summary>
    /// <param name="flag">The flag.</param>
    /// <returns>The column name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined flag.</exception>
    public static string ColumnOf(NhsdIndicator flag) => flag switch
    {
        NhsdIndicator.CompletedTreatment => "CompletedTreatment_Flag",
        NhsdIndicator.NotCaseness => "NotCaseness_Flag",
        NhsdIndicator.Recovery => "Recovery_Flag",
        NhsdIndicator.ReliableImprovement => "ReliableImprovement_Flag",
        NhsdIndicator.ReliableDeterioration => "ReliableDeterioration_Flag",
        _ => throw new ArgumentOutOfRangeException(nameof(flag), flag, "not a flag"),
    };

    /// <summary>Reads a flag's cell: <c>True</c>, <c>False</c>, <c>1</c> or <c>0</c> in any case, trimmed.</summary>
    /// <param name="text">The cell.</param>
    /// <param name="value">The value; <see langword="false"/> when the text is none of them.</param>
    /// <returns>Whether the text is one of them.</returns>
    public static bool TryReadFlag(ReadOnlySpan<char> text, out bool value)
    {
        text = text.Trim();
        value = text.Equals("true".AsSpan(), StringComparison.OrdinalIgnoreCase) || text.Equals("1".AsSpan(), StringComparison.Ordinal);
        return value || text.Equals("false".AsSpan(), StringComparison.OrdinalIgnoreCase) || text.Equals("0".AsSpan(), StringComparison.Ordinal);
    }

    private static byte Bit(NhsdIndicator flag) => (byte)(1 << (int)flag);
}

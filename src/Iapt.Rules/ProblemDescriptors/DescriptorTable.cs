using System.Collections.Immutable;
using Iapt.Rules.RuleSets;
using OneOf;

namespace Iapt.Rules.ProblemDescriptors;

/// <summary>
/// The problem-descriptor part of a rule set: how recorded codes become descriptors (ICD-10 groups and explicit keys)
/// and which measures each descriptor calls for (M4 Table 6). Immutable; the <c>With</c> methods return new tables.
/// </summary>
/// <remarks>
/// <para>
/// The default is <see cref="ManualV4"/>. A service that records, say, F34.1 (dysthymia) as depression builds its
/// own table with <see cref="WithCode(Icd10Group)"/> and puts it in a custom rule set
/// (<c>RuleSet.ManualV4 with { Descriptors = ... }</c>).
/// </para>
/// <para>
/// <see cref="Parse(ReadOnlySpan{char})"/> and the row look-up allocate nothing.
/// </para>
/// </remarks>
public sealed partial class DescriptorTable
{
    private readonly DescriptorRow[] _byDescriptor;

    /// <summary>Creates a table, checking that every descriptor has exactly one row.</summary>
    /// <param name="depressionMeasure">The key of the depression measure used for every descriptor (PHQ-9).</param>
    /// <param name="defaultAnxietyMeasure">
    /// The key of the default anxiety measure (GAD-7): the measure used when a row recommends no other, when the
    /// recommended measure does not count for recovery, or when its pair is missing.
    /// </param>
    /// <param name="rows">One row per <see cref="ProblemDescriptor"/> value, in listing order.</param>
    /// <param name="codes">The ICD-10 groups; the first group that contains a code decides its descriptor.</param>
    /// <param name="keys">The explicit keys (SNOMED CT ids and names) accepted in place of an ICD-10 code.</param>
    /// <exception cref="ArgumentException">A descriptor has no row or two rows, or a key is empty or repeated.</exception>
    public DescriptorTable(
        Sourced<string> depressionMeasure,
        Sourced<string> defaultAnxietyMeasure,
        IEnumerable<DescriptorRow> rows,
        IEnumerable<Icd10Group> codes,
        IEnumerable<DescriptorKey> keys)
    {
        Guard.Against.NullOrWhiteSpace(depressionMeasure.Value);
        Guard.Against.NullOrWhiteSpace(defaultAnxietyMeasure.Value);
        Guard.Against.Null(rows);
        Guard.Against.Null(codes);
        Guard.Against.Null(keys);
        DepressionMeasure = depressionMeasure;
        DefaultAnxietyMeasure = defaultAnxietyMeasure;
        Rows = [.. rows];
        Codes = [.. codes];
        Keys = [.. keys];

        var descriptors = Enum.GetValues<ProblemDescriptor>();
        _byDescriptor = new DescriptorRow[descriptors.Max(d => (int)d) + 1];
        foreach (var row in Rows)
        {
            Guard.Against.Null(row);
            Guard.Against.NullOrWhiteSpace(row.RecommendedMeasure);
            Guard.Against.EnumOutOfRange(row.Descriptor);
            if (_byDescriptor[(int)row.Descriptor] is not null)
            {
                throw new ArgumentException($"The descriptor {row.Descriptor} has two rows.", nameof(rows));
            }

            _byDescriptor[(int)row.Descriptor] = row;
        }

        foreach (var descriptor in descriptors)
        {
            if (_byDescriptor[(int)descriptor] is null)
            {
                throw new ArgumentException($"The descriptor {descriptor} has no row.", nameof(rows));
            }
        }

        foreach (var group in Codes)
        {
            Guard.Against.Null(group);
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in Keys)
        {
            Guard.Against.Null(key);
            if (string.IsNullOrWhiteSpace(key.Key) || key.Key != key.Key.Trim() || !seen.Add(key.Key))
            {
                throw new ArgumentException($"The descriptor key '{key.Key}' is empty, padded or repeated.", nameof(keys));
            }
        }
    }

    /// <summary>The key of the depression measure used for every descriptor (PHQ-9, M4 §6.2.1, Table 6).</summary>
    public Sourced<string> DepressionMeasure { get; }

    /// <summary>
    /// The key of the default anxiety measure (GAD-7, M4 §6.2.1): Table 6's "further option", used when the
    /// recommended measure does not count for recovery or its first and last scores are not both present.
    /// </summary>
    public Sourced<string> DefaultAnxietyMeasure { get; }

    /// <summary>One row per descriptor: the recommended anxiety or MUS measure (M4 Table 6).</summary>
    public ImmutableArray<DescriptorRow> Rows { get; }

    /// <summary>The ICD-10 groups, in the order they are tried.</summary>
    public ImmutableArray<Icd10Group> Codes { get; }

    /// <summary>The explicit keys accepted in place of an ICD-10 code.</summary>
    public ImmutableArray<DescriptorKey> Keys { get; }

    /// <summary>The row of a descriptor.</summary>
    /// <param name="descriptor">A defined <see cref="ProblemDescriptor"/> value.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined descriptor (a programmer error).</exception>
    public DescriptorRow this[ProblemDescriptor descriptor] =>
        (uint)descriptor < (uint)_byDescriptor.Length
            ? _byDescriptor[(int)descriptor]
            : throw new ArgumentOutOfRangeException(nameof(descriptor), "Not a defined problem descriptor.");

    /// <summary>Reads a recorded problem descriptor.</summary>
    /// <param name="text">The text as recorded, or <see langword="null"/>.</param>
    /// <returns>See <see cref="Parse(ReadOnlySpan{char})"/>.</returns>
    public OneOf<ProblemDescriptor, ProblemDescriptorError> Parse(string? text) => Parse(text.AsSpan());

    /// <summary>
    /// Reads a recorded problem descriptor in any form services send, allocating nothing.
    /// </summary>
    /// <param name="text">
    /// The text as recorded: an ICD-10 code with or without the dot and in any case (<c>F41.1</c>, <c>F411</c>,
    /// <c>f41.1</c>; a whole category <c>F32</c> or <c>F32.X</c>; a fifth character as in <c>F40.01</c>), or one of the
    /// <see cref="Keys"/> (for example the SNOMED CT id <c>83482000</c> for body dysmorphic disorder, or
    /// <c>chronic_pain</c>). Surrounding white space is ignored.
    /// </param>
    /// <returns>
    /// The descriptor; <see cref="ProblemDescriptor.None"/> when the text is empty or white space (nothing recorded);
    /// otherwise a <see cref="ProblemDescriptorError"/>: <see cref="ProblemDescriptorErrorKind.Malformed"/> when the
    /// text is no code at all, <see cref="ProblemDescriptorErrorKind.NotAnIaptProblemDescriptor"/> when it is a
    /// well-formed code outside the table (for example <c>F31.0</c> or <c>F20</c>). A bad code is never read as
    /// "no descriptor".
    /// </returns>
    public OneOf<ProblemDescriptor, ProblemDescriptorError> Parse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty)
        {
            return ProblemDescriptor.None;
        }

        if (Icd10Code.TryRead(text, out var code))
        {
            foreach (var group in Codes.AsSpan())
            {
                if (group.Contains(code))
                {
                    return group.Descriptor;
                }
            }

            return new ProblemDescriptorError(ProblemDescriptorErrorKind.NotAnIaptProblemDescriptor);
        }

        foreach (var key in Keys.AsSpan())
        {
            if (text.Equals(key.Key, StringComparison.OrdinalIgnoreCase))
            {
                return key.Descriptor;
            }
        }

        return IsSnomedConceptId(text)
            ? new ProblemDescriptorError(ProblemDescriptorErrorKind.NotAnIaptProblemDescriptor)
            : new ProblemDescriptorError(ProblemDescriptorErrorKind.Malformed);
    }

    /// <summary>A copy of this table with a descriptor's row replaced.</summary>
    /// <param name="row">The new row.</param>
    /// <returns>The new table; this one is unchanged.</returns>
    public DescriptorTable WithRow(DescriptorRow row)
    {
        Guard.Against.Null(row);
        return new(DepressionMeasure, DefaultAnxietyMeasure,
            Rows.Select(r => r.Descriptor == row.Descriptor ? row : r), Codes, Keys);
    }

    /// <summary>A copy of this table with an ICD-10 group tried before all the others.</summary>
    /// <param name="group">The group, for example <c>new Icd10Group("F34.1", ProblemDescriptor.Depression, ...)</c>.</param>
    /// <returns>The new table; this one is unchanged.</returns>
    public DescriptorTable WithCode(Icd10Group group)
    {
        Guard.Against.Null(group);
        return new(DepressionMeasure, DefaultAnxietyMeasure, Rows, Codes.Insert(0, group), Keys);
    }

    /// <summary>A copy of this table with an explicit key added, or replacing the key with the same text.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The new table; this one is unchanged.</returns>
    public DescriptorTable WithKey(DescriptorKey key)
    {
        Guard.Against.Null(key);
        return new(DepressionMeasure, DefaultAnxietyMeasure, Rows, Codes,
            Keys.Where(k => !string.Equals(k.Key, key.Key, StringComparison.OrdinalIgnoreCase)).Append(key));
    }

    /// <summary>SNOMED CT concept ids are 6 to 18 digits.</summary>
    private static bool IsSnomedConceptId(ReadOnlySpan<char> text) =>
        text.Length is >= 6 and <= 18 && !text.ContainsAnyExceptInRange('0', '9');
}

using System.Collections.Immutable;
using OneOf;
using Iapt.Rules.Provenance;

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
/// <see cref="Resolve(ReadOnlySpan{char})"/> (which never fails: every recorded text resolves to a descriptor and a
/// national group, reference §8), <see cref="Parse(ReadOnlySpan{char})"/> (which reports a code outside the table as an
/// error) and the row look-up allocate nothing.
/// </para>
/// </remarks>
public sealed partial class DescriptorTable
{
    /// <summary>The number of group kinds other than <see cref="DescriptorGroupKind.Descriptor"/>.</summary>
    private const int OtherKinds = 3;

    private readonly DescriptorRow[] _byDescriptor;

    /// <summary>The resolution of each descriptor of the table, by descriptor (the slot of <see cref="ProblemDescriptor.Other"/> is unused).</summary>
    private readonly ResolvedDescriptor[] _resolvedByDescriptor;

    /// <summary>The resolutions of the three national groups of other codes, by <see cref="DescriptorGroupKind"/> - 1.</summary>
    private readonly ResolvedDescriptor[] _otherCodes;

    /// <summary>
    /// Creates a table with the national descriptor groups of the Manual v4 table (<see cref="ManualV4"/>), checking
    /// that every descriptor has exactly one row.
    /// </summary>
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
        : this(depressionMeasure, defaultAnxietyMeasure, rows, codes, keys, ManualV4Groups, ManualV4MentalHealthChapter)
    {
    }

    /// <summary>Creates a table, checking that every descriptor has exactly one row and every group is there once.</summary>
    /// <param name="depressionMeasure">The key of the depression measure used for every descriptor (PHQ-9).</param>
    /// <param name="defaultAnxietyMeasure">
    /// The key of the default anxiety measure (GAD-7): the measure used when a row recommends no other, when the
    /// recommended measure does not count for recovery, or when its pair is missing.
    /// </param>
    /// <param name="rows">One row per <see cref="ProblemDescriptor"/> value, in listing order.</param>
    /// <param name="codes">The ICD-10 groups; the first group that contains a code decides its descriptor.</param>
    /// <param name="keys">The explicit keys (SNOMED CT ids and names) accepted in place of an ICD-10 code.</param>
    /// <param name="groups">
    /// The groups of the national breakdown, in listing order: one of kind <see cref="DescriptorGroupKind.Descriptor"/>
    /// for every descriptor except <see cref="ProblemDescriptor.Other"/>, and one of each other kind, whose descriptor
    /// is <see cref="ProblemDescriptor.Other"/>. Keys are unique, ignoring case.
    /// </param>
    /// <param name="mentalHealthChapter">
    /// The ICD-10 chapter letter whose codes outside the table are other mental health problems (F); the codes of
    /// every other chapter are other recorded problems.
    /// </param>
    /// <exception cref="ArgumentException">
    /// A descriptor has no row or two rows, a key is empty or repeated, a group is missing, repeated or names the
    /// wrong descriptor, or the chapter is not an upper-case ASCII letter.
    /// </exception>
    public DescriptorTable(
        Sourced<string> depressionMeasure,
        Sourced<string> defaultAnxietyMeasure,
        IEnumerable<DescriptorRow> rows,
        IEnumerable<Icd10Group> codes,
        IEnumerable<DescriptorKey> keys,
        IEnumerable<DescriptorGroup> groups,
        Sourced<char> mentalHealthChapter)
    {
        Guard.Against.NullOrWhiteSpace(depressionMeasure.Value);
        Guard.Against.NullOrWhiteSpace(defaultAnxietyMeasure.Value);
        Guard.Against.Null(rows);
        Guard.Against.Null(codes);
        Guard.Against.Null(keys);
        Guard.Against.Null(groups);
        Guard.Against.Null(mentalHealthChapter.Source);
        if (!char.IsAsciiLetterUpper(mentalHealthChapter.Value))
        {
            throw new ArgumentException("The mental-health chapter is an upper-case ICD-10 chapter letter such as F.", nameof(mentalHealthChapter));
        }

        DepressionMeasure = depressionMeasure;
        DefaultAnxietyMeasure = defaultAnxietyMeasure;
        MentalHealthChapter = mentalHealthChapter;
        Rows = [.. rows];
        Codes = [.. codes];
        Keys = [.. keys];
        Groups = [.. groups];

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

        _resolvedByDescriptor = new ResolvedDescriptor[_byDescriptor.Length];
        _otherCodes = new ResolvedDescriptor[OtherKinds];
        IndexGroups(Groups, descriptors);
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

    /// <summary>
    /// The groups of the national breakdown, in listing order (reference §3 and §8): every referral resolves to exactly
    /// one (<see cref="ResolvedDescriptor.GroupIndex"/> is its position here).
    /// </summary>
    public ImmutableArray<DescriptorGroup> Groups { get; }

    /// <summary>
    /// The ICD-10 chapter letter whose codes outside the table are other mental health problems (F, chapter V
    /// "Mental and behavioural disorders"); codes of the other chapters are other recorded problems.
    /// </summary>
    public Sourced<char> MentalHealthChapter { get; }

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

    /// <summary>Resolves a recorded problem descriptor; see <see cref="Resolve(ReadOnlySpan{char})"/>.</summary>
    /// <param name="text">The text as recorded, or <see langword="null"/> (nothing recorded).</param>
    /// <returns>The descriptor for the outcome rules and its group.</returns>
    public ResolvedDescriptor Resolve(string? text) => Resolve(text.AsSpan());

    /// <summary>
    /// Resolves a recorded problem descriptor to the descriptor the outcome rules use and the group it counts in. It
    /// never fails, so no referral is lost to its descriptor (reference §8), and it allocates nothing.
    /// </summary>
    /// <param name="text">The text as recorded, in any form <see cref="Parse(ReadOnlySpan{char})"/> reads.</param>
    /// <returns>
    /// <list type="bullet">
    /// <item>empty or white space: <see cref="ProblemDescriptor.None"/>, group <c>none</c> (nothing recorded);</item>
    /// <item>a code or key of the table: its descriptor and that descriptor's group;</item>
    /// <item>any other well-formed ICD-10 code of the <see cref="MentalHealthChapter"/> (F31.0, F34.1, F50.0, F44.1, F48.0):
    /// <see cref="ProblemDescriptor.Other"/>, group <see cref="DescriptorGroupKind.OtherMentalHealthProblems"/>;</item>
    /// <item>a well-formed ICD-10 code of another chapter (Z63.0, R45.8) or an unmapped SNOMED CT id (6 to 18 digits):
    /// <see cref="ProblemDescriptor.Other"/>, group <see cref="DescriptorGroupKind.OtherRecordedProblems"/>;</item>
    /// <item>anything else (<c>F4x.1</c>, <c>anxiety</c>): <see cref="ProblemDescriptor.Other"/>, group
    /// <see cref="DescriptorGroupKind.InvalidDataSupplied"/>.</item>
    /// </list>
    /// <see cref="ProblemDescriptor.Other"/> uses GAD-7 as the anxiety measure (its row of <see cref="Rows"/>).
    /// </returns>
    public ResolvedDescriptor Resolve(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty)
        {
            return _resolvedByDescriptor[(int)ProblemDescriptor.None];
        }

        if (Icd10Code.TryRead(text, out var code))
        {
            foreach (var group in Codes.AsSpan())
            {
                if (group.Contains(code))
                {
                    return _resolvedByDescriptor[(int)group.Descriptor];
                }
            }

            return code.Chapter == MentalHealthChapter.Value
                ? Other(DescriptorGroupKind.OtherMentalHealthProblems)
                : Other(DescriptorGroupKind.OtherRecordedProblems);
        }

        foreach (var key in Keys.AsSpan())
        {
            if (text.Equals(key.Key, StringComparison.OrdinalIgnoreCase))
            {
                return _resolvedByDescriptor[(int)key.Descriptor];
            }
        }

        return IsSnomedConceptId(text)
            ? Other(DescriptorGroupKind.OtherRecordedProblems)
            : Other(DescriptorGroupKind.InvalidDataSupplied);
    }

    /// <summary>The group of a descriptor of the table, as <see cref="Resolve(ReadOnlySpan{char})"/> gives it.</summary>
    /// <param name="descriptor">A defined descriptor other than <see cref="ProblemDescriptor.Other"/>.</param>
    /// <returns>The descriptor's resolution (its group and group index).</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The value is <see cref="ProblemDescriptor.Other"/> (whose group depends on the code) or not a defined descriptor.
    /// </exception>
    public ResolvedDescriptor ResolutionOf(ProblemDescriptor descriptor) =>
        descriptor != ProblemDescriptor.Other && (uint)descriptor < (uint)_resolvedByDescriptor.Length
            ? _resolvedByDescriptor[(int)descriptor]
            : throw new ArgumentOutOfRangeException(nameof(descriptor), "Not a descriptor of the table (Other has one group per kind of code).");

    /// <summary>The group of a kind other than <see cref="DescriptorGroupKind.Descriptor"/>.</summary>
    /// <param name="kind">The kind, for example <see cref="DescriptorGroupKind.InvalidDataSupplied"/>.</param>
    /// <returns>Its resolution (the group and its index).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is <see cref="DescriptorGroupKind.Descriptor"/> or not defined.</exception>
    public ResolvedDescriptor ResolutionOf(DescriptorGroupKind kind) =>
        kind != DescriptorGroupKind.Descriptor && (uint)(kind - 1) < OtherKinds
            ? _otherCodes[(int)kind - 1]
            : throw new ArgumentOutOfRangeException(nameof(kind), "Use ResolutionOf(ProblemDescriptor) for the descriptor groups.");

    /// <summary>A copy of this table with a group replaced: the group of the same kind and, for descriptor groups, the same descriptor.</summary>
    /// <param name="group">The new group, for example with a local name or source.</param>
    /// <returns>The new table; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">The table would no longer have every group once.</exception>
    public DescriptorTable WithGroup(DescriptorGroup group)
    {
        Guard.Against.Null(group);
        return new(DepressionMeasure, DefaultAnxietyMeasure, Rows, Codes, Keys,
            Groups.Select(g => g.Kind == group.Kind && (g.Kind != DescriptorGroupKind.Descriptor || g.Descriptor == group.Descriptor) ? group : g),
            MentalHealthChapter);
    }

    /// <summary>A copy of this table with a descriptor's row replaced.</summary>
    /// <param name="row">The new row.</param>
    /// <returns>The new table; this one is unchanged.</returns>
    public DescriptorTable WithRow(DescriptorRow row)
    {
        Guard.Against.Null(row);
        return new(DepressionMeasure, DefaultAnxietyMeasure,
            Rows.Select(r => r.Descriptor == row.Descriptor ? row : r), Codes, Keys, Groups, MentalHealthChapter);
    }

    /// <summary>A copy of this table with an ICD-10 group tried before all the others.</summary>
    /// <param name="group">The group, for example <c>new Icd10Group("F34.1", ProblemDescriptor.Depression, ...)</c>.</param>
    /// <returns>The new table; this one is unchanged.</returns>
    public DescriptorTable WithCode(Icd10Group group)
    {
        Guard.Against.Null(group);
        return new(DepressionMeasure, DefaultAnxietyMeasure, Rows, Codes.Insert(0, group), Keys, Groups, MentalHealthChapter);
    }

    /// <summary>A copy of this table with an explicit key added, or replacing the key with the same text.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The new table; this one is unchanged.</returns>
    public DescriptorTable WithKey(DescriptorKey key)
    {
        Guard.Against.Null(key);
        return new(DepressionMeasure, DefaultAnxietyMeasure, Rows, Codes,
            Keys.Where(k => !string.Equals(k.Key, key.Key, StringComparison.OrdinalIgnoreCase)).Append(key), Groups, MentalHealthChapter);
    }

    private ResolvedDescriptor Other(DescriptorGroupKind kind) => _otherCodes[(int)kind - 1];

    private void IndexGroups(ImmutableArray<DescriptorGroup> groups, ProblemDescriptor[] descriptors)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < groups.Length; i++)
        {
            var group = groups[i];
            Guard.Against.Null(group);
            Guard.Against.NullOrWhiteSpace(group.Name);
            Guard.Against.Null(group.Source);
            if (string.IsNullOrWhiteSpace(group.Key) || group.Key != group.Key.Trim() || !keys.Add(group.Key))
            {
                throw new ArgumentException($"The descriptor group key '{group.Key}' is empty, padded or repeated.", nameof(groups));
            }

            bool isDescriptorGroup = group.Kind == DescriptorGroupKind.Descriptor;
            if (!Enum.IsDefined(group.Kind) || !Enum.IsDefined(group.Descriptor)
                || isDescriptorGroup == (group.Descriptor == ProblemDescriptor.Other))
            {
                throw new ArgumentException(
                    $"The descriptor group '{group.Key}': a descriptor group names a descriptor other than Other; the other groups name Other.", nameof(groups));
            }

            ref var slot = ref isDescriptorGroup ? ref _resolvedByDescriptor[(int)group.Descriptor] : ref _otherCodes[(int)group.Kind - 1];
            if (slot.Group is not null)
            {
                throw new ArgumentException($"The descriptor group '{group.Key}' repeats a group of the table.", nameof(groups));
            }

            slot = new ResolvedDescriptor(group, i);
        }

        foreach (var descriptor in descriptors)
        {
            if (descriptor != ProblemDescriptor.Other && _resolvedByDescriptor[(int)descriptor].Group is null)
            {
                throw new ArgumentException($"The descriptor {descriptor} has no group.", nameof(groups));
            }
        }

        foreach (var other in _otherCodes)
        {
            if (other.Group is null)
            {
                throw new ArgumentException("Every national group of other codes needs a group.", nameof(groups));
            }
        }
    }

    /// <summary>SNOMED CT concept ids are 6 to 18 digits.</summary>
    /// <remarks>A plain loop: <c>ContainsAnyExceptInRange</c> was seen to allocate on some runtimes.</remarks>
    private static bool IsSnomedConceptId(ReadOnlySpan<char> text)
    {
        if (text.Length is < 6 or > 18)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}

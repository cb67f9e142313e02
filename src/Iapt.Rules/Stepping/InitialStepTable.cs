using System.Collections;
using System.Collections.Immutable;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Stepping;

/// <summary>
/// The initial-step rule as data: one <see cref="InitialStepRow"/> per problem descriptor and one "otherwise" row
/// for any descriptor without a row of its own, so that the whole rule can be read in one place. Immutable; a
/// look-up by descriptor allocates nothing.
/// </summary>
public sealed class InitialStepTable : IReadOnlyList<InitialStepRow>
{
    private readonly ImmutableArray<InitialStepRow> _rows;
    private readonly InitialStepRow?[] _byDescriptor;

    /// <summary>Creates the table, checking every row.</summary>
    /// <param name="rows">The rows, in the order they should be listed; exactly one has no descriptor (the "otherwise" row).</param>
    /// <param name="source">Where the rule as a whole comes from, for example <c>M4 §1.3, Table 2, Table 5</c>.</param>
    /// <exception cref="ArgumentException">
    /// A descriptor has two rows, there is not exactly one "otherwise" row, a row's step is not 2 or 3 (or unknown
    /// with the reason <see cref="InitialStepReason.NoProblemDescriptor"/>), or a row is for an undefined descriptor.
    /// </exception>
    public InitialStepTable(IEnumerable<InitialStepRow> rows, Source source)
    {
        Guard.Against.Null(rows);
        Guard.Against.Null(source);
        Source = source;
        _rows = [.. rows];
        _byDescriptor = new InitialStepRow?[Enum.GetValues<ProblemDescriptor>().Length];
        foreach (var row in _rows)
        {
            Guard.Against.Null(row);
            Validate(row);
            if (row.Descriptor is not { } descriptor)
            {
                if (Otherwise is not null)
                {
                    throw new ArgumentException("Initial-step table: only one row may be the 'otherwise' row.", nameof(rows));
                }

                Otherwise = row;
            }
            else if (_byDescriptor[(int)descriptor] is not null)
            {
                throw new ArgumentException($"Initial-step table: '{descriptor}' has two rows.", nameof(rows));
            }
            else
            {
                _byDescriptor[(int)descriptor] = row;
            }
        }

        if (Otherwise is null)
        {
            throw new ArgumentException("Initial-step table: one row must be the 'otherwise' row (no descriptor).", nameof(rows));
        }
    }

    /// <summary>Where the rule as a whole comes from.</summary>
    public Source Source { get; }

    /// <summary>The row for every descriptor without a row of its own.</summary>
    public InitialStepRow Otherwise { get; } = null!;

    /// <summary>The number of rows, the "otherwise" row included.</summary>
    public int Count => _rows.Length;

    /// <summary>The row at a position in listing order.</summary>
    /// <param name="index">The 0-based position.</param>
    public InitialStepRow this[int index] => _rows[index];

    /// <summary>The row that decides a descriptor's initial step: its own row, or <see cref="Otherwise"/>.</summary>
    /// <param name="descriptor">The problem descriptor.</param>
    /// <returns>The row (no allocation).</returns>
    public InitialStepRow RowFor(ProblemDescriptor descriptor) =>
        (uint)descriptor < (uint)_byDescriptor.Length && _byDescriptor[(int)descriptor] is { } row ? row : Otherwise;

    /// <summary>Enumerates the rows in listing order.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<InitialStepRow>.Enumerator GetEnumerator() => _rows.GetEnumerator();

    IEnumerator<InitialStepRow> IEnumerable<InitialStepRow>.GetEnumerator() => ((IEnumerable<InitialStepRow>)_rows).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)_rows).GetEnumerator();

    private static void Validate(InitialStepRow row)
    {
        if (row.Descriptor is { } descriptor && !Enum.IsDefined(descriptor))
        {
            throw new ArgumentException($"Initial-step row '{row}': the descriptor is not defined.", nameof(row));
        }

        bool unknownForNoDescriptor = row.Step == CareStep.Unknown && row.Reason == InitialStepReason.NoProblemDescriptor;
        if (row.Step is not (CareStep.LowIntensity or CareStep.HighIntensity) && !unknownForNoDescriptor)
        {
            throw new ArgumentException(
                $"Initial-step row '{row}': the step must be 2 or 3 (unknown only when there is no problem descriptor).", nameof(row));
        }
    }
}

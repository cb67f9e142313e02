using System.Collections;
using System.Collections.Immutable;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Provenance;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Stepping;

/// <summary>
/// M4 Table 2 as data: the NICE-recommended psychological interventions by step and problem descriptor. Immutable;
/// rows are indexed by descriptor and step so that a look-up allocates nothing.
/// </summary>
public sealed class NiceInterventionTable : IReadOnlyList<Table2Row>
{
    private static readonly int StepCount = Enum.GetValues<CareStep>().Length;
    private readonly ImmutableArray<Table2Row> _rows;
    private readonly ImmutableArray<Table2Row>[] _index;
    private readonly bool[] _steps = new bool[StepCount];

    /// <summary>Creates the table, checking every row.</summary>
    /// <param name="rows">The rows, in the order they should be listed.</param>
    /// <param name="source">Where the table comes from, for example <c>M4 Table 2</c>.</param>
    /// <exception cref="ArgumentException">
    /// A row has an unknown step, no problem descriptor, no interventions, or lists an intervention twice or as
    /// <see cref="Intervention.Unknown"/>.
    /// </exception>
    public NiceInterventionTable(IEnumerable<Table2Row> rows, Source source)
    {
        Guard.Against.Null(rows);
        Guard.Against.Null(source);
        Source = source;
        _rows = [.. rows];
        int descriptorCount = Enum.GetValues<ProblemDescriptor>().Length;
        var index = new List<Table2Row>[descriptorCount * StepCount];
        foreach (var row in _rows)
        {
            Guard.Against.Null(row);
            Validate(row);
            int slot = Slot(row.Descriptor, row.Step);
            (index[slot] ??= []).Add(row);
            _steps[(int)row.Step] = true;
        }

        _index = new ImmutableArray<Table2Row>[index.Length];
        for (int i = 0; i < index.Length; i++)
        {
            _index[i] = index[i] is { } list ? [.. list] : [];
        }
    }

    /// <summary>Where the table comes from.</summary>
    public Source Source { get; }

    /// <summary>The number of rows.</summary>
    public int Count => _rows.Length;

    /// <summary>The row at a position.</summary>
    /// <param name="index">The 0-based position.</param>
    public Table2Row this[int index] => _rows[index];

    /// <summary>The rows for a descriptor at a step, in table order; empty when there are none.</summary>
    /// <param name="descriptor">The problem descriptor.</param>
    /// <param name="step">The step.</param>
    /// <returns>The rows (no allocation).</returns>
    public ImmutableArray<Table2Row> RowsFor(ProblemDescriptor descriptor, CareStep step)
    {
        if ((uint)descriptor >= (uint)(_index.Length / StepCount) || (uint)step >= (uint)StepCount)
        {
            return [];
        }

        return _index[Slot(descriptor, step)];
    }

    /// <summary>Whether the table has any row for a descriptor, at any step.</summary>
    /// <param name="descriptor">The problem descriptor.</param>
    /// <returns><see langword="true"/> when at least one row is for the descriptor.</returns>
    public bool Covers(ProblemDescriptor descriptor)
    {
        for (int step = 0; step < StepCount; step++)
        {
            if (!RowsFor(descriptor, (CareStep)step).IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the table has any row at a step, for any descriptor (M4 Table 2: steps 2 and 3).</summary>
    /// <param name="step">The step.</param>
    /// <returns><see langword="true"/> when at least one row is at the step.</returns>
    public bool CoversStep(CareStep step) => (uint)step < (uint)StepCount && _steps[(int)step];

    /// <summary>
    /// Whether the table lists a low-intensity (step 2) intervention for a descriptor. In M4 Table 2 only
    /// depression, generalised anxiety disorder, panic disorder and OCD have one.
    /// </summary>
    /// <param name="descriptor">The problem descriptor.</param>
    /// <returns><see langword="true"/> when a step 2 row exists for the descriptor.</returns>
    public bool HasLowIntensity(ProblemDescriptor descriptor) => !RowsFor(descriptor, CareStep.LowIntensity).IsEmpty;

    /// <summary>Enumerates the rows in table order.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<Table2Row>.Enumerator GetEnumerator() => _rows.GetEnumerator();

    IEnumerator<Table2Row> IEnumerable<Table2Row>.GetEnumerator() => ((IEnumerable<Table2Row>)_rows).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)_rows).GetEnumerator();

    private static int Slot(ProblemDescriptor descriptor, CareStep step) => ((int)descriptor * StepCount) + (int)step;

    private static void Validate(Table2Row row)
    {
        if (row.Step == CareStep.Unknown || !Enum.IsDefined(row.Step))
        {
            throw new ArgumentException($"Table 2 row '{row}': the step must be 1-4.", nameof(row));
        }

        if (row.Descriptor == ProblemDescriptor.None || !Enum.IsDefined(row.Descriptor))
        {
            throw new ArgumentException($"Table 2 row '{row}': a row needs a problem descriptor.", nameof(row));
        }

        if (row.Interventions.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"Table 2 row '{row}': a row lists at least one intervention.", nameof(row));
        }

        var seen = new HashSet<Intervention>();
        foreach (var entry in row.Interventions)
        {
            if (entry.Intervention == Intervention.Unknown || !seen.Add(entry.Intervention))
            {
                throw new ArgumentException(
                    $"Table 2 row '{row}': '{entry.Intervention.Key()}' is unknown or listed twice.", nameof(row));
            }
        }
    }
}

using System.Collections.Immutable;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Provenance;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Stepping;

/// <summary>
/// One row of M4 Table 2 (NICE-recommended psychological interventions): a step, a problem descriptor, the row's
/// condition if it has one (a depression severity or relapse prevention), the interventions it lists with their
/// footnotes, and the NICE guidance it cites. Immutable.
/// </summary>
public sealed record Table2Row
{
    /// <summary>The step of the row: <see cref="CareStep.LowIntensity"/> (step 2) or <see cref="CareStep.HighIntensity"/> (step 3).</summary>
    public required CareStep Step { get; init; }

    /// <summary>The problem descriptor the row is for.</summary>
    public required ProblemDescriptor Descriptor { get; init; }

    /// <summary>The row's condition as Table 2 words it, for example <c>moderate to severe</c>; empty when the row has none.</summary>
    public string Condition { get; init; } = string.Empty;

    /// <summary>
    /// The PHQ-9 severity band keys the row applies to (for the depression rows split by severity); empty when the
    /// row applies at any severity. When the severity is not known, a row with bands neither applies nor fails:
    /// the verdict is undetermined unless every band gives the same answer.
    /// </summary>
    public ImmutableArray<string> Phq9Bands { get; init; } = [];

    /// <summary>The phase the row applies to (relapse prevention for the depression relapse row); <see cref="TreatmentPhase.Unknown"/> when any.</summary>
    public TreatmentPhase Phase { get; init; }

    /// <summary>The interventions the row lists, in Table 2's order, each with its footnote.</summary>
    public required ImmutableArray<Table2Entry> Interventions { get; init; }

    /// <summary>The NICE guidance Table 2 cites for the row, for example <c>NICE CG113, CG123</c>.</summary>
    public required string Guidance { get; init; }

    /// <summary>Where the row comes from, for example <c>M4 Table 2</c>.</summary>
    public required Source Source { get; init; }

    /// <summary>The entry for an intervention, if the row lists it.</summary>
    /// <param name="intervention">The intervention.</param>
    /// <param name="entry">The entry with its footnote, or <c>default</c>.</param>
    /// <returns><see langword="true"/> when the row lists the intervention.</returns>
    public bool TryGetEntry(Intervention intervention, out Table2Entry entry)
    {
        foreach (var candidate in Interventions)
        {
            if (candidate.Intervention == intervention)
            {
                entry = candidate;
                return true;
            }
        }

        entry = default;
        return false;
    }

    /// <summary>Whether the row's own condition holds for a severity band and a phase (both known).</summary>
    internal bool Applies(string band, TreatmentPhase phase) =>
        (Phase == TreatmentPhase.Unknown || Phase == phase) && (Phq9Bands.IsDefaultOrEmpty || Contains(Phq9Bands, band));

    /// <summary>The row for people, for example <c>step 3, depression (moderate to severe)</c>.</summary>
    /// <returns>The step, the descriptor and, when there is one, the condition.</returns>
    public override string ToString() =>
        Condition.Length == 0
            ? $"step {(int)Step}, {SteppingText.Descriptor(Descriptor)}"
            : $"step {(int)Step}, {SteppingText.Descriptor(Descriptor)} ({Condition})";

    internal static bool Contains(ImmutableArray<string> bands, string band)
    {
        foreach (var candidate in bands)
        {
            if (string.Equals(candidate, band, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

using System.Collections.Immutable;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Measures;

/// <summary>
/// Which items of a measure may be answered "not applicable", when, and how the total is then read: WSAS item 1
/// (work) for someone retired or not working for reasons unrelated to the problem; PHQ-15 item 4 (menstrual problems)
/// for a man. Immutable.
/// </summary>
/// <param name="Positions">The 1-based item positions that may be not applicable.</param>
/// <param name="When">When the instrument lets the item be not applicable, in words.</param>
/// <param name="Source">Where the instrument says so.</param>
/// <param name="Scoring">How the total is read when an item is not applicable, with its source (an overridable parameter).</param>
public sealed record NotApplicableRule(ImmutableArray<int> Positions, string When, Source Source, Sourced<NotApplicableScoring> Scoring)
{
    /// <summary>Whether an item may be not applicable.</summary>
    /// <param name="position">The 1-based item position.</param>
    /// <returns><see langword="true"/> when <paramref name="position"/> is one of <see cref="Positions"/>.</returns>
    public bool Allows(int position)
    {
        foreach (int allowed in Positions)
        {
            if (allowed == position)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The positions as text, for example <c>item 1</c> or <c>items 1, 4</c>.</summary>
    /// <returns>The positions in words.</returns>
    public override string ToString() =>
        Positions.Length == 1 ? $"item {Positions[0]}" : $"items {string.Join(", ", Positions)}";
}

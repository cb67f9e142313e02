using Iapt.Rules.Episodes;

namespace Iapt.Rules.Stepping;

/// <summary>One intervention listed in a row of M4 Table 2, with its footnote.</summary>
/// <param name="Intervention">The intervention.</param>
/// <param name="Footnote">The footnote attached to it in Table 2; <see cref="Table2Footnote.None"/> when none.</param>
public readonly record struct Table2Entry(Intervention Intervention, Table2Footnote Footnote = Table2Footnote.None)
{
    /// <summary>Whether the footnote is a condition on the recommendation (footnotes d and e).</summary>
    public bool IsConditional =>
        Footnote is Table2Footnote.RelationshipMaintainsDepression or Table2Footnote.RelapsePreventionOnly;
}

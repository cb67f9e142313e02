namespace Iapt.Rules.Stepping;

/// <summary>How M4 Table 2 marks its footnotes.</summary>
public static class Table2FootnoteExtensions
{
    /// <summary>The mark Table 2 prints: <c>d</c>, <c>e</c>, <c>f</c>, <c>g</c> or <c>*</c>; empty for none.</summary>
    /// <param name="footnote">The footnote.</param>
    /// <returns>The mark.</returns>
    public static string Mark(this Table2Footnote footnote) => footnote switch
    {
        Table2Footnote.RelationshipMaintainsDepression => "d",
        Table2Footnote.RelapsePreventionOnly => "e",
        Table2Footnote.AlternativeIfNoImprovement => "f",
        Table2Footnote.ClarkAndWellsOrHeimberg => "g",
        Table2Footnote.SpecialisedFormOfCbt => "*",
        _ => string.Empty,
    };
}

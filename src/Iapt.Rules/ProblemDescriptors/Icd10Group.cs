using System.Globalization;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.ProblemDescriptors;

/// <summary>
/// A group of ICD-10 codes that all record one problem descriptor, written as services and the national definitions
/// write them: a category (<c>F32</c>: every code of F32), one subdivision (<c>F41.1</c>), a range of subdivisions
/// of one category (<c>F45.3-F45.9</c>) or a range of whole categories (<c>F40-F48</c>).
/// </summary>
/// <remarks>
/// A code with no subdivision (<c>F41</c>, <c>F41.X</c>) belongs only to groups of whole categories: it does not
/// say which subdivision it is. A fifth character (<c>F40.01</c>) is read by its first subdivision digit.
/// </remarks>
public sealed record Icd10Group
{
    private readonly char _chapter;
    private readonly int _firstCategory;
    private readonly int _lastCategory;
    private readonly int _firstSubdivision;
    private readonly int _lastSubdivision;

    /// <summary>Creates a group from its written form.</summary>
    /// <param name="codes">The codes, for example <c>F32</c>, <c>F41.1</c>, <c>F45.3-F45.9</c> or <c>F40-F48</c>.</param>
    /// <param name="descriptor">The descriptor the codes record.</param>
    /// <param name="source">Where the mapping comes from.</param>
    /// <exception cref="ArgumentException">The written form is not one of the four shapes above.</exception>
    public Icd10Group(string codes, ProblemDescriptor descriptor, Source source)
    {
        Guard.Against.NullOrWhiteSpace(codes);
        Guard.Against.Null(source);
        Guard.Against.EnumOutOfRange(descriptor);
        Codes = codes.Trim();
        Descriptor = descriptor;
        Source = source;

        var text = Codes.AsSpan();
        int dash = text.IndexOf('-');
        var from = dash < 0 ? text : text[..dash];
        var to = text[(dash + 1)..]; // no dash (-1): the whole text
        if (!Icd10Code.TryRead(from, out var first) || !Icd10Code.TryRead(to, out var last)
            || first.Chapter != last.Chapter || last.Category < first.Category
            || (first.Subdivision == Icd10Code.WholeCategory) != (last.Subdivision == Icd10Code.WholeCategory)
            || (first.Subdivision != Icd10Code.WholeCategory
                && (first.Category != last.Category || last.Subdivision < first.Subdivision)))
        {
            throw new ArgumentException(
                $"'{Codes}' is not an ICD-10 category, subdivision, range of subdivisions of one category or range of categories.",
                nameof(codes));
        }

        _chapter = first.Chapter;
        _firstCategory = first.Category;
        _lastCategory = last.Category;
        _firstSubdivision = first.Subdivision;
        _lastSubdivision = last.Subdivision;
    }

    /// <summary>The codes as written, for example <c>F45.3-F45.9</c>.</summary>
    public string Codes { get; }

    /// <summary>The descriptor the codes record.</summary>
    public ProblemDescriptor Descriptor { get; }

    /// <summary>Where the mapping comes from.</summary>
    public Source Source { get; }

    internal bool Contains(Icd10Code code) =>
        code.Chapter == _chapter
        && code.Category >= _firstCategory && code.Category <= _lastCategory
        && (_firstSubdivision == Icd10Code.WholeCategory
            || (code.Subdivision >= _firstSubdivision && code.Subdivision <= _lastSubdivision));

    /// <summary>The codes, the descriptor and the source, for example <c>F41.1 GeneralisedAnxietyDisorder (NHSD ...)</c>.</summary>
    /// <returns>The group as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Codes} {Descriptor} ({Source})");
}

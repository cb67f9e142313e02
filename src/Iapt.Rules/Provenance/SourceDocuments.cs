namespace Iapt.Rules.Provenance;

/// <summary>
/// The sources a report cites, in words: a figure's rule such as <c>M4 §6.4.3; NHSD</c> becomes
/// <c>IAPT Manual §6.4.3; NHS Digital definitions</c>, each part with the full reference of its document (for a
/// hover text and a footnote). The documents are those <see cref="Source.Document"/> names. Every report writer
/// (Markdown, HTML, a terminal) reads them here, so they agree.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public static class SourceDocuments
{
    /// <summary>A source document: its code as rules write it, its name in words and its full reference.</summary>
    /// <param name="Code">The code, for example <c>M4</c>.</param>
    /// <param name="Words">The name a reader knows it by, for example <c>IAPT Manual</c>.</param>
    /// <param name="Reference">The full reference.</param>
    public sealed record Document(string Code, string Words, string Reference);

    /// <summary>One part of a rule: the words shown and the document it cites (or <see langword="null"/>).</summary>
    /// <param name="Words">The part in words, for example <c>IAPT Manual §6.4.3</c>.</param>
    /// <param name="Cited">The document, when the part names one.</param>
    public sealed record Part(string Words, Document? Cited);

    /// <summary>Every document a rule may cite, by code (matched whole, ignoring case).</summary>
    public static IReadOnlyList<Document> Documents { get; } =
    [
        new("M4", "IAPT Manual",
            "The Improving Access to Psychological Therapies Manual, version 4 (National Collaborating Centre for Mental Health and NHS England, March 2020)"),
        new("NHSD", "NHS Digital definitions",
            "NHS Digital / NHS England published national definitions: the NHS Talking Therapies data set, its measures and the public dashboards"),
        new("MQS", "Minimum Quality Standards", "IAPT for Adults Minimum Quality Standards"),
        new("OSS", "Outline Service Specification", "IAPT Outline Service Specification (Pathfinder sites)"),
        new("RtB", "Realising the Benefits", "Realising the Benefits: IAPT at Full Roll Out (Department of Health, 2010)"),
        new("slides", "national figures (slides)", "Slides: IAPT so far (2017) and the IAPT Manual, national figures to check a report against"),
        new("reference", "rules fact sheet", "The Iapt.Rules fact sheet of the national rules with their sources (docs/rules.md is generated from the same rules)"),
        new("LIT", "the measure's literature", "The published literature of the measure (its authors' scoring and cut-offs)"),
        new("Iapt.Rules", "Iapt.Rules", "A documented choice of the Iapt.Rules engine where the national documents say nothing (docs/rules.md)"),
    ];

    /// <summary>
    /// Splits a rule into its parts at <c>; </c> and puts each part's leading document code into words: a part
    /// that starts with a code of <see cref="Documents"/> (followed by a space, a colon or nothing) cites it; a part
    /// that names no document is kept as written.
    /// </summary>
    /// <param name="rule">The rule, for example <c>M4 §6.3.1; MQS 11</c>; empty gives no parts.</param>
    /// <returns>The parts, in order.</returns>
    public static IReadOnlyList<Part> Parts(string rule)
    {
        var parts = new List<Part>();
        foreach (string raw in rule.Split(';'))
        {
            string text = raw.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var cited = Documents.FirstOrDefault(d =>
                text.StartsWith(d.Code, StringComparison.OrdinalIgnoreCase)
                && (text.Length == d.Code.Length || text[d.Code.Length] is ' ' or ':'));
            parts.Add(cited is null ? new Part(text, null) : new Part(cited.Words + text[cited.Code.Length..], cited));
        }

        return parts;
    }

    /// <summary>A rule in words, its parts joined with <c>; </c>, for example <c>IAPT Manual §6.4.3; NHS Digital definitions</c>.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The words; empty for an empty rule.</returns>
    public static string Words(string rule)
    {
        var parts = Parts(rule);
        return string.Join("; ", parts.Select(p => p.Words));
    }
}

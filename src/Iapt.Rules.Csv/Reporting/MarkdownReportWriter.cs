using System.Text;
using Iapt.Rules.Reporting;

namespace Iapt.Rules.Csv;

/// <summary>
/// Writes a service report as Markdown (the default of <c>iapt report</c>, for the terminal): a title with the rule
/// set and period, the suppression note when disclosure control was applied, the headline counts, one table per
/// section and one per breakdown.
/// </summary>
/// <remarks>
/// Section tables have the columns figure, count, denominator, rate (a percentage with one decimal), value (only
/// when a figure of the section has one), standard (the target), met (<c>pass</c> or <c>fail</c>) and rule. A
/// breakdown table has a row per group and a column per figure, each cell the count with the rate in brackets.
/// A withheld part shows <c>*</c>, a part a figure does not have shows <c>-</c>. Text from the report is escaped
/// so that it cannot break a table or add formatting.
/// </remarks>
public static class MarkdownReportWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> as Markdown (lines end in <c>\n</c>).</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write; it is not flushed or closed.</param>
    public static void Write(ServiceReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var md = new StringBuilder();
        md.Append("# Service report: ").Append(Escape(ReportText.Clean(report.RuleSet))).Append(", ")
            .Append(ReportText.Period(report.Period)).Append("\n\n");
        if (ReportText.SuppressionNote(report) is { } note)
        {
            md.Append("> ").Append(note).Append("\n\n");
        }

        Headline(md, report.Headline);
        foreach (var section in OrEmpty(report.Sections))
        {
            Section(md, section);
        }

        foreach (var breakdown in OrEmpty(report.Breakdowns))
        {
            Breakdown(md, breakdown);
        }

        output.Write(md.ToString().TrimEnd('\n'));
        output.Write('\n');
    }

    private static void Headline(StringBuilder md, HeadlineCounts headline)
    {
        md.Append("## Headline\n\n| count | number |\n|---|---:|\n");
        foreach (var (_, label, read) in HeadlineField.All)
        {
            string cell = read(headline) is long n ? ReportText.Count(n) : ReportText.Withheld;
            md.Append("| ").Append(label).Append(" | ").Append(cell).Append(" |\n");
        }

        md.Append('\n');
    }

    private static void Section(StringBuilder md, ReportSection section)
    {
        var figures = OrEmpty(section.Figures);
        md.Append("## ").Append(Escape(ReportText.Clean(section.Title))).Append("\n\n");
        if (figures.IsEmpty)
        {
            md.Append("No figures.\n\n");
            return;
        }

        bool values = figures.Any(f => f.Value is not null || f.Withheld.HasFlag(FigureParts.Value));
        md.Append(values
            ? "| figure | count | denominator | rate | value | standard | met | rule |\n|---|---:|---:|---:|---:|---|---|---|\n"
            : "| figure | count | denominator | rate | standard | met | rule |\n|---|---:|---:|---:|---|---|---|\n");
        foreach (var f in figures)
        {
            md.Append("| ").Append(Escape(ReportText.Clean(f.Label)))
                .Append(" | ").Append(ReportText.CountCell(f))
                .Append(" | ").Append(ReportText.DenominatorCell(f))
                .Append(" | ").Append(ReportText.RateCell(f));
            if (values)
            {
                md.Append(" | ").Append(ReportText.ValueCell(f));
            }

            md.Append(" | ").Append(ReportText.StandardCell(f))
                .Append(" | ").Append(ReportText.MetCell(f))
                .Append(" | ").Append(Escape(ReportText.RuleCell(f)))
                .Append(" |\n");
        }

        md.Append('\n');
    }

    private static void Breakdown(StringBuilder md, ReportBreakdown breakdown)
    {
        var groups = OrEmpty(breakdown.Groups);
        md.Append("## ").Append(Escape(ReportText.BreakdownTitle(breakdown))).Append("\n\n");
        if (groups.IsEmpty)
        {
            md.Append("No groups.\n\n");
            return;
        }

        // One column per figure key, in the order the keys first appear.
        var columns = new List<(string Key, string Label)>();
        foreach (var figure in groups.SelectMany(g => OrEmpty(g.Figures)))
        {
            if (!columns.Exists(c => c.Key == figure.Key))
            {
                columns.Add((figure.Key, figure.Label));
            }
        }

        md.Append("| ").Append(Escape(ReportText.AttributeName(breakdown)));
        foreach (var (_, label) in columns)
        {
            md.Append(" | ").Append(Escape(ReportText.Clean(label)));
        }

        md.Append(" |\n|---");
        md.Append(string.Concat(Enumerable.Repeat("|---:", columns.Count))).Append("|\n");
        foreach (var group in groups)
        {
            md.Append("| ").Append(Escape(ReportText.GroupValue(group)));
            foreach (var (key, _) in columns)
            {
                var figure = OrEmpty(group.Figures).FirstOrDefault(f => f.Key == key);
                md.Append(" | ").Append(figure is null ? ReportText.None : ReportText.CompactCell(figure));
            }

            md.Append(" |\n");
        }

        md.Append('\n');
    }

    /// <summary>
    /// Escapes text from the report for Markdown: a backslash before each character that could end a table cell,
    /// start formatting, a link, an HTML tag or an entity (CommonMark shows a backslash-escaped punctuation
    /// character as itself).
    /// </summary>
    internal static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '#' or '~' or '!' or '<' or '>' or '&':
                    builder.Append('\\').Append(c);
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    private static System.Collections.Immutable.ImmutableArray<T> OrEmpty<T>(System.Collections.Immutable.ImmutableArray<T> items) =>
        items.IsDefault ? [] : items;
}

using System.Globalization;
using System.Text;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Cli.Documentation;

internal static partial class RulesMarkdown
{
    /// <summary>An enum member's name in words, for example <c>PostTraumaticStressDisorder</c> as <c>post traumatic stress disorder</c>.</summary>
    private static string Words<T>(T value)
        where T : struct, Enum
    {
        string name = value.ToString();
        var words = new StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (i > 0 && (char.IsUpper(c) || (char.IsDigit(c) && !char.IsDigit(name[i - 1]))))
            {
                words.Append(' ');
            }

            words.Append(char.IsUpper(c) && !(i + 1 < name.Length && char.IsUpper(name[i + 1])) ? char.ToLowerInvariant(c) : c);
        }

        return words.ToString();
    }

    /// <summary>A table row of cells, each cell's pipes escaped.</summary>
    private static void Row(StringBuilder md, params string[] cells)
    {
        md.Append('|');
        foreach (string cell in cells)
        {
            md.Append(' ').Append(cell.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |");
        }

        md.Append('\n');
    }

    /// <summary>A table header with its separator line.</summary>
    private static void Header(StringBuilder md, params string[] cells)
    {
        Row(md, cells);
        md.Append('|');
        foreach (string _ in cells)
        {
            md.Append("---|");
        }

        md.Append('\n');
    }

    /// <summary>The notes of the sources that have one, each once, as a list after a table.</summary>
    private static void SourceNotes(StringBuilder md, IEnumerable<Source?> sources)
    {
        var notes = sources.OfType<Source>().Where(s => s.Note.Length > 0).Distinct().ToList();
        if (notes.Count == 0)
        {
            return;
        }

        md.Append("Notes on sources:\n\n");
        foreach (var source in notes)
        {
            md.Append("- ").Append(source.ToString()).Append(": ").Append(source.Note).Append('\n');
        }

        md.Append('\n');
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A value in invariant culture: numbers with <c>.</c>, enum members in words, text as code.</summary>
    private static string Show<T>(T value) => value switch
    {
        string text => $"`{text}`",
        CareStep step => $"step {I((int)step)} ({Words(step)})",
        Enum member => member.ToString(),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? string.Empty,
    };

    /// <summary>A list line: what the value is, the value and its source.</summary>
    private static string SourcedLine<T>(Sourced<T> value, string what) => $"- {what}: {Show(value.Value)} ({value.Source})\n";
}

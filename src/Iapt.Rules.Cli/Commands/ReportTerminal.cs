using Iapt.Rules.Csv;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Reporting;
using Spectre.Console;
using Spectre.Console.Rendering;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Cli.Commands;

/// <summary>
/// <c>iapt report</c> on a terminal: which output to write, and the report as readable tables drawn with
/// Spectre.Console (a first block with the service, period, rules, day generated and the rows read; every national
/// standard with its value, target and verdict; then one table per section and breakdown). Text from the report is
/// written as plain text, never as markup, so it shows as it is, with no escapes.
/// </summary>
internal static class ReportTerminal
{
    /// <summary>The format name of the terminal tables (not a value of <c>--format</c>: chosen when none is given on a terminal).</summary>
    public const string TerminalFormat = "terminal";

    /// <summary>
    /// The output to write: the <c>--format</c> given; with none, the terminal tables when stdout is a terminal
    /// and Markdown when it is redirected (to a file or a pipe).
    /// </summary>
    /// <param name="requested">The <c>--format</c> value, or <see langword="null"/> when none was given.</param>
    /// <param name="outputRedirected">Whether stdout is redirected.</param>
    public static string ChooseFormat(string? requested, bool outputRedirected) =>
        requested ?? (outputRedirected ? "markdown" : TerminalFormat);

    /// <summary>Where the progress display goes: stderr when it is a terminal, else nowhere.</summary>
    /// <param name="stderr">The standard error writer.</param>
    /// <param name="errorRedirected">Whether stderr is redirected.</param>
    public static TextWriter? ProgressTarget(TextWriter stderr, bool errorRedirected) => errorRedirected ? null : stderr;

    /// <summary>The terminal's width in columns, or <see langword="null"/> when the console cannot say.</summary>
    public static int? ConsoleWidth()
    {
        try
        {
            return System.Console.WindowWidth;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>A console that draws on <paramref name="output"/>, with colour when the terminal has it.</summary>
    /// <param name="output">The terminal's writer.</param>
    /// <param name="width">The terminal's width in columns, or <see langword="null"/> to detect it.</param>
    public static IAnsiConsole Console(TextWriter output, int? width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (width is int w and > 0)
        {
            console.Profile.Width = w;
        }

        return console;
    }

    /// <summary>Draws the report on <paramref name="console"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="console">The console.</param>
    /// <param name="title">The service's name.</param>
    /// <param name="generated">The day generated, or <see langword="null"/>.</param>
    /// <param name="rejectsFile">Where the rejected rows were written, or <see langword="null"/>.</param>
    /// <param name="descriptors">The descriptor vocabulary the breakdown's groups are named from.</param>
    public static void Write(ServiceReport report, IAnsiConsole console, string title, NodaTime.LocalDate? generated, string? rejectsFile, DescriptorTable descriptors)
    {
        console.Write(new Rule("[bold]" + Markup.Escape(ReportText.Clean(title)) + "[/]")
        {
            Justification = Justify.Left,
            Style = new Style(Color.Blue),
        });
        var meta = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        meta.AddRow(Plain("Period", Decoration.Bold), Plain(ReportText.PeriodWords(report.Period)));
        meta.AddRow(Plain("Rules", Decoration.Bold), Plain(ReportText.RuleSetWords(report.RuleSet)));
        if (generated is { } day)
        {
            meta.AddRow(Plain("Generated", Decoration.Bold), Plain(ReportText.LongDate(day)));
        }

        meta.AddRow(Plain("Rows", Decoration.Bold), Plain(ReportText.RowsSentence(report.Headline, rejectsFile)));
        console.Write(meta);
        if (ReportText.SuppressionNote(report) is { } note)
        {
            console.Write(new Panel(Plain(note)) { Header = new PanelHeader("Disclosure control") });
        }

        Standards(console, report);
        var cited = new List<string>();
        foreach (var section in ReportText.OrderedSections(report))
        {
            Section(console, section, cited);
        }

        foreach (var breakdown in report.Breakdowns.IsDefault ? [] : report.Breakdowns)
        {
            Breakdown(console, breakdown, descriptors);
        }

        Headline(console, report.Headline);
        if (cited.Count > 0)
        {
            console.Write(Heading("Sources"));
            foreach (string line in cited)
            {
                console.Write(Plain(line + "\n"));
            }
        }
    }

    private static void Standards(IAnsiConsole console, ServiceReport report)
    {
        console.Write(Heading("National standards"));
        var standards = ReportText.Standards(report);
        if (standards.Count == 0)
        {
            console.Write(Plain("This report judges no figure against a national standard.\n"));
            return;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Standard").AddColumn(new TableColumn("Value").RightAligned()).AddColumn("Target").AddColumn("Met")
            .AddColumn(new TableColumn("Of").RightAligned());
        foreach (var figure in standards)
        {
            table.AddRow(
                Plain(ReportText.Clean(figure.Label)),
                Plain(ReportText.RateCell(figure)),
                Plain(ReportText.Target(figure.Standard!)),
                Verdict(figure),
                Plain($"{ReportText.CountCell(figure)} of {ReportText.DenominatorCell(figure)}"));
        }

        console.Write(table);
    }

    private static Text Verdict(ReportFigure figure) => figure.Met switch
    {
        true => new Text("met", new Style(Color.Green, decoration: Decoration.Bold)),
        false => new Text("NOT MET", new Style(Color.Red, decoration: Decoration.Bold)),
        null => Plain(ReportText.MetCell(figure)),
    };

    private static void Section(IAnsiConsole console, ReportSection section, List<string> cited)
    {
        console.Write(Heading(section.Title));
        var figures = section.Figures.IsDefault ? [] : section.Figures;
        if (figures.IsEmpty)
        {
            console.Write(Plain("No figures.\n"));
            return;
        }

        bool values = figures.Any(f => f.Value is not null || f.Withheld.HasFlag(FigureParts.Value));
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Figure")
            .AddColumn(new TableColumn("Count").RightAligned()).AddColumn(new TableColumn("Of").RightAligned())
            .AddColumn(new TableColumn("Rate").RightAligned());
        if (values)
        {
            table.AddColumn(new TableColumn("Value").RightAligned());
        }

        table.AddColumn("Standard").AddColumn("Met").AddColumn("Source");
        foreach (var f in figures)
        {
            var cells = new List<IRenderable>
            {
                Plain(ReportText.Clean(f.Label)), Plain(ReportText.CountCell(f)), Plain(ReportText.DenominatorCell(f)), Plain(ReportText.RateCell(f)),
            };
            if (values)
            {
                cells.Add(Plain(ReportText.ValueCell(f)));
            }

            string rule = ReportText.RuleCell(f);
            foreach (var part in SourceDocuments.Parts(rule == ReportText.None ? string.Empty : rule))
            {
                if (part.Cited is { } document && !cited.Exists(c => c.StartsWith(document.Words + ":", StringComparison.Ordinal)))
                {
                    cited.Add($"{document.Words}: {document.Reference}");
                }
            }

            cells.Add(Plain(ReportText.StandardCell(f)));
            cells.Add(f.Standard is null ? Plain(ReportText.MetCell(f)) : Verdict(f));
            cells.Add(Plain(SourceDocuments.Words(rule == ReportText.None ? string.Empty : rule) is { Length: > 0 } words ? words : ReportText.None));
            table.AddRow(cells);
        }

        console.Write(table);
    }

    private static void Breakdown(IAnsiConsole console, ReportBreakdown breakdown, DescriptorTable descriptors)
    {
        console.Write(Heading(ReportText.BreakdownTitle(breakdown)));
        var groups = breakdown.Groups.IsDefault ? [] : breakdown.Groups;
        if (groups.IsEmpty)
        {
            console.Write(Plain("No groups.\n"));
            return;
        }

        var columns = new List<(string Key, string Label)>();
        foreach (var figure in groups.SelectMany(g => g.Figures.IsDefault ? [] : g.Figures))
        {
            if (!columns.Exists(c => c.Key == figure.Key))
            {
                columns.Add((figure.Key, figure.Label));
            }
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn(Capitalised(ReportText.AttributeName(breakdown)));
        foreach (var (_, label) in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(ReportText.Clean(label))).RightAligned());
        }

        bool named = breakdown.Key == ReportKeys.ProblemDescriptorBreakdown;
        foreach (var group in groups)
        {
            var cells = new List<IRenderable>
            {
                Plain(named && group.Value.Length > 0 ? ReportText.Clean(descriptors.DisplayName(group.Value)) : ReportText.GroupValue(group)),
            };
            foreach (var (key, _) in columns)
            {
                var figure = (group.Figures.IsDefault ? [] : group.Figures).FirstOrDefault(f => f.Key == key);
                cells.Add(Plain(figure is null ? ReportText.None : ReportText.CompactCell(figure)));
            }

            table.AddRow(cells);
        }

        console.Write(table);
    }

    private static void Headline(IAnsiConsole console, HeadlineCounts headline)
    {
        console.Write(Heading("All headline counts"));
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Count").AddColumn(new TableColumn("Number").RightAligned());
        foreach (var (_, label, read) in HeadlineField.All.Skip(2).Concat(HeadlineField.All.Take(2)))
        {
            table.AddRow(Plain(label), Plain(read(headline) is long n ? ReportText.Count(n) : ReportText.Withheld));
        }

        console.Write(table);
    }

    private static Rule Heading(string title) =>
        new(Markup.Escape(ReportText.Clean(title))) { Justification = Justify.Left, Style = new Style(Color.Grey) };

    private static Text Plain(string text, Decoration decoration = Decoration.None) => new(text, new Style(decoration: decoration));

    private static string Capitalised(string text) => text.Length == 0 ? text : Markup.Escape(char.ToUpperInvariant(text[0]) + text[1..]);
}

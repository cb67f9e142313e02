using System.Collections.Immutable;
using System.Globalization;
using Iapt.Rules.Reporting;
using NodaTime.Text;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Csv;

/// <summary>
/// Writes a service report as one self-contained HTML file (<c>iapt report --format html</c>), laid out for a
/// service manager: a first screen with the service, the period, the rule set and its version, the day generated,
/// the rows read and where the rejected ones are, and every national standard of the report as a tile (value,
/// target, met or not); then the outcomes, waits, data quality, stepped care and activity, each with its table and
/// charts; the other breakdowns; all the headline counts; and the sources in full.
/// </summary>
/// <remarks>
/// <para>
/// Self-contained: inline CSS and inline SVG only, no scripts, fonts, images or links to anything. Well-formed:
/// the file is also XML (XHTML namespace, every element closed, attributes quoted, text escaped), so it can be read
/// with any XML parser as well as any browser. Printable: an A4 print style sheet keeps tiles, charts and table
/// rows whole. Accessible: one <c>h1</c> and <c>h2</c>/<c>h3</c> headings in order, table headers with
/// <c>scope</c>, every chart an image with a title and a text alternative listing its numbers, verdicts in words as
/// well as colour, and colours that meet WCAG AA contrast on white.
/// </para>
/// <para>
/// The charts draw what the report holds, as horizontal bars with one row per bar, so labels never overlap
/// (<see cref="BarChart"/>). The funnel takes the headline: referrals, entered treatment, finished, at caseness at
/// the start (finished minus not at caseness; under disclosure control the difference of two rounded counts, so
/// within 4 of the exact number) and recovered, coloured by whether the recovery standard is met. The wait chart
/// takes the wait-band figures of the <c>waits</c> section (<see cref="ReportKeys.WaitBands"/>) that are present.
/// The descriptor chart takes the <c>recovered</c> rate of each group of the <c>problem_descriptor</c> breakdown,
/// named from the descriptor vocabulary (<see cref="HtmlReportOptions.Descriptors"/>) with their codes, each bar
/// coloured by whether the group meets the standard, with the target as a dashed line. A withheld number is
/// labelled <c>suppressed</c>, a missing one <c>no data</c>, and a chart with nothing to draw says so.
/// </para>
/// </remarks>
public static class HtmlReportWriter
{
    private const string Blue = "#005eb8";
    private const string Green = "#007f3b";
    private const string Red = "#d5281b";
    private const string Grey = "#4c6272";

    private static readonly Dictionary<string, string> WaitBandWords = new()
    {
        [ReportKeys.WaitBands[0]] = "0 to 28 days",
        [ReportKeys.WaitBands[1]] = "29 to 56 days",
        [ReportKeys.WaitBands[2]] = "57 to 90 days",
        [ReportKeys.WaitBands[3]] = "over 90 days",
    };

    private const string Css =
        "*{box-sizing:border-box}" +
        "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,Arial,sans-serif;margin:0;color:#212b32;background:#f0f4f5;line-height:1.4}" +
        "main{max-width:1200px;margin:0 auto;padding:0.75rem 1.5rem 3rem}" +
        "h1{color:#005eb8;font-size:1.7rem;margin:0.25rem 0}h2{font-size:1.3rem;margin:2rem 0 0.5rem;border-bottom:2px solid #005eb8}" +
        "h3{font-size:1.05rem;margin:1rem 0 0.25rem}" +
        ".meta{display:flex;flex-wrap:wrap;gap:0.25rem 2rem;margin:0.25rem 0 0.5rem;padding:0}" +
        ".meta div{margin:0}.meta dt{display:inline;font-weight:bold}.meta dt::after{content:': '}.meta dd{display:inline;margin:0}" +
        ".rows{margin:0.25rem 0 0.75rem}" +
        ".note{background:#fff9c4;border-left:4px solid #ffeb3b;padding:0.5rem 1rem}" +
        ".tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:0.75rem;margin:0.5rem 0}" +
        ".tile{background:#fff;border:1px solid #d8dde0;border-top:6px solid #4c6272;padding:0.5rem 0.75rem}" +
        ".tile.met{border-top-color:#007f3b}.tile.unmet{border-top-color:#d5281b}" +
        ".tile h3{font-size:0.95rem;margin:0 0 0.25rem;font-weight:600}" +
        ".tile .value{font-size:1.8rem;font-weight:bold;margin:0;font-variant-numeric:tabular-nums}" +
        ".tile p{margin:0}.tile .of{color:#4c6272;font-size:0.85rem}" +
        ".verdict{font-weight:bold}.met .verdict{color:#007f3b}.unmet .verdict{color:#d5281b}.unknown .verdict{color:#4c6272}" +
        ".charts{display:flex;flex-wrap:wrap;gap:1rem;margin:0.5rem 0}" +
        "figure{background:#fff;margin:0;padding:0.75rem;border:1px solid #d8dde0;max-width:100%}" +
        "figcaption{font-weight:bold;margin-bottom:0.5rem}figcaption span{display:block;font-weight:normal;font-size:0.85rem;color:#4c6272}" +
        "svg{max-width:100%;height:auto}svg text{font-size:12px}" +
        "table{border-collapse:collapse;background:#fff;margin:0.5rem 0 1rem}" +
        "th,td{border:1px solid #d8dde0;padding:0.25rem 0.6rem;text-align:left;vertical-align:top}" +
        "thead th{background:#e8edee}tbody th{font-weight:normal}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}" +
        ".pass{color:#007f3b;font-weight:bold}.fail{color:#d5281b;font-weight:bold}" +
        ".src{text-decoration:underline dotted}" +
        "@media print{@page{size:A4;margin:14mm}" +
        "body{background:#fff;font-size:10pt}main{max-width:none;padding:0}" +
        ".tiles{grid-template-columns:repeat(3,1fr)}" +
        ".tile,figure,tr{break-inside:avoid}h2,h3{break-after:avoid}" +
        "figure{border-color:#768692}table{width:100%}h2{break-before:auto}}";

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> as one HTML document followed by a line break, with the default options.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write; it is not flushed or closed.</param>
    public static void Write(ServiceReport report, TextWriter output) => Write(report, output, new HtmlReportOptions());

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> as one HTML document followed by a line break.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write; it is not flushed or closed.</param>
    /// <param name="options">The service's name, the day generated, where the rejects are and the descriptor vocabulary.</param>
    public static void Write(ServiceReport report, TextWriter output, HtmlReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var cited = new List<SourceDocuments.Document>();
        output.Write("<!DOCTYPE html>\n");
        using (var html = new XhtmlWriter(output))
        {
            string title = ServiceTitle(options);
            html.Open("html", "lang", "en").Line();
            html.Open("head");
            html.Empty("meta", "charset", "utf-8");
            html.Empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
            html.Element("title", $"{title}: service report, {ReportText.PeriodWords(report.Period)}");
            html.Element("style", Css);
            html.Close().Line();
            html.Open("body").Open("main").Line();
            FirstScreen(html, report, options, title);

            foreach (var section in ReportText.OrderedSections(report))
            {
                html.Open("section", "id", "section-" + section.Key, "aria-labelledby", "h-" + section.Key);
                html.Element("h2", section.Title, "id", "h-" + section.Key).Line();
                Charts(html, report, section.Key, options);
                SectionTable(html, section, cited);
                html.Close().Line();
            }

            foreach (var breakdown in OrEmpty(report.Breakdowns))
            {
                Breakdown(html, breakdown, options);
            }

            Headline(html, report.Headline);
            Sources(html, cited);
            html.Close().Close().Line().Close();
        }

        output.Write('\n');
    }

    private static string ServiceTitle(HtmlReportOptions options) =>
        options.Title is { } t && !string.IsNullOrWhiteSpace(t) ? ReportText.Clean(t).Trim() : "Service report";

    private static void FirstScreen(XhtmlWriter html, ServiceReport report, HtmlReportOptions options, string title)
    {
        html.Open("header", "id", "first-screen");
        html.Element("h1", title).Line();
        html.Open("dl", "class", "meta");
        Meta(html, "Period", ReportText.PeriodWords(report.Period));
        Meta(html, "Rules", ReportText.RuleSetWords(report.RuleSet));
        if (options.Generated is { } generated)
        {
            Meta(html, "Generated", ReportText.LongDate(generated));
        }

        html.Close().Line();
        html.Element("p", ReportText.RowsSentence(report.Headline, options.RejectsFile), "class", "rows", "id", "rows").Line();
        if (ReportText.SuppressionNote(report) is { } note)
        {
            html.Element("p", note, "class", "note").Line();
        }

        html.Element("h2", "National standards at a glance", "id", "h-standards").Line();
        var standards = ReportText.Standards(report);
        if (standards.Count == 0)
        {
            html.Element("p", "This report judges no figure against a national standard.").Line();
        }
        else
        {
            html.Open("div", "class", "tiles", "id", "standards").Line();
            foreach (var figure in standards)
            {
                Tile(html, figure);
            }

            html.Close().Line();
        }

        html.Close().Line();
    }

    private static void Meta(XhtmlWriter html, string term, string value) =>
        html.Open("div").Element("dt", term).Element("dd", value).Close();

    private static void Tile(XhtmlWriter html, ReportFigure figure)
    {
        var standard = figure.Standard!;
        (string css, string verdict) = figure.Met switch
        {
            true => ("met", "\u2713 Standard met"),
            false => ("unmet", "\u2717 Standard not met"),
            null when figure.Withheld.HasFlag(FigureParts.Met) => ("unknown", "Verdict withheld"),
            null => ("unknown", "Not judged: no data"),
        };
        html.Open("section", "class", "tile " + css, "data-standard", standard.Key);
        html.Element("h3", ReportText.Clean(figure.Label));
        html.Element("p", ReportText.RateCell(figure) == ReportText.None ? "no data" : ReportText.RateCell(figure), "class", "value");
        html.Element("p", "Target " + ReportText.Target(standard).Replace(">=", "\u2265", StringComparison.Ordinal), "class", "target");
        html.Element("p", verdict, "class", "verdict");
        html.Element("p", $"{ReportText.CountCell(figure)} of {ReportText.DenominatorCell(figure)}", "class", "of");
        html.Close().Line();
    }

    private static void Charts(XhtmlWriter html, ServiceReport report, string section, HtmlReportOptions options)
    {
        if (section == ReportKeys.OutcomesSection)
        {
            html.Open("div", "class", "charts").Line();
            Funnel(html, report);
            Descriptors(html, report, options);
            html.Close().Line();
        }
        else if (section == ReportKeys.WaitsSection)
        {
            html.Open("div", "class", "charts").Line();
            Waits(html, report);
            html.Close().Line();
        }
    }

    private static void SectionTable(XhtmlWriter html, ReportSection section, List<SourceDocuments.Document> cited)
    {
        var figures = OrEmpty(section.Figures);
        if (figures.IsEmpty)
        {
            html.Element("p", "No figures.").Line();
            return;
        }

        bool values = figures.Any(f => f.Value is not null || f.Withheld.HasFlag(FigureParts.Value));
        html.Open("table").Open("thead").Open("tr");
        foreach (var heading in values
            ? new[] { "figure", "count", "denominator", "rate", "value", "standard", "met", "source" }
            : ["figure", "count", "denominator", "rate", "standard", "met", "source"])
        {
            html.Element("th", heading, "scope", "col");
        }

        html.Close().Close().Open("tbody");
        foreach (var f in figures)
        {
            html.Open("tr").Element("th", ReportText.Clean(f.Label), "scope", "row")
                .Element("td", ReportText.CountCell(f), "class", "n")
                .Element("td", ReportText.DenominatorCell(f), "class", "n")
                .Element("td", ReportText.RateCell(f), "class", "n");
            if (values)
            {
                html.Element("td", ReportText.ValueCell(f), "class", "n");
            }

            string met = ReportText.MetCell(f);
            html.Element("td", ReportText.StandardCell(f))
                .Element("td", met, "class", met is "pass" or "fail" ? met : "n");
            SourceCell(html, ReportText.RuleCell(f), cited);
            html.Close();
        }

        html.Close().Close().Line();
    }

    /// <summary>A source cell: each part in words, with its document's full reference as a hover text.</summary>
    private static void SourceCell(XhtmlWriter html, string rule, List<SourceDocuments.Document> cited)
    {
        html.Open("td");
        var parts = SourceDocuments.Parts(rule == ReportText.None ? string.Empty : rule);
        if (parts.Count == 0)
        {
            html.Text(ReportText.None);
        }

        for (int i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                html.Text("; ");
            }

            if (parts[i].Cited is { } document)
            {
                if (!cited.Contains(document))
                {
                    cited.Add(document);
                }

                html.Element("span", parts[i].Words, "class", "src", "title", document.Reference);
            }
            else
            {
                html.Text(parts[i].Words);
            }
        }

        html.Close();
    }

    private static void Breakdown(XhtmlWriter html, ReportBreakdown breakdown, HtmlReportOptions options)
    {
        var groups = OrEmpty(breakdown.Groups);
        bool descriptors = breakdown.Key == ReportKeys.ProblemDescriptorBreakdown;
        html.Element("h2", ReportText.BreakdownTitle(breakdown), "id", "breakdown-" + breakdown.Key).Line();
        if (groups.IsEmpty)
        {
            html.Element("p", "No groups.").Line();
            return;
        }

        var columns = new List<(string Key, string Label)>();
        foreach (var figure in groups.SelectMany(g => OrEmpty(g.Figures)))
        {
            if (!columns.Exists(c => c.Key == figure.Key))
            {
                columns.Add((figure.Key, figure.Label));
            }
        }

        html.Open("table").Open("thead").Open("tr").Element("th", ReportText.AttributeName(breakdown), "scope", "col");
        foreach (var (_, label) in columns)
        {
            html.Element("th", ReportText.Clean(label), "scope", "col");
        }

        html.Close().Close().Open("tbody");
        foreach (var group in groups)
        {
            html.Open("tr").Element("th", descriptors ? DescriptorName(group, options) : ReportText.GroupValue(group), "scope", "row");
            foreach (var (key, _) in columns)
            {
                var figure = OrEmpty(group.Figures).FirstOrDefault(f => f.Key == key);
                html.Element("td", figure is null ? ReportText.None : ReportText.CompactCell(figure), "class", "n");
            }

            html.Close();
        }

        html.Close().Close().Line();
    }

    /// <summary>A problem-descriptor group's name for people, from the descriptor vocabulary.</summary>
    private static string DescriptorName(ReportGroup group, HtmlReportOptions options) =>
        group.Value.Length == 0 ? ReportText.GroupValue(group) : ReportText.Clean(options.Descriptors.DisplayName(group.Value));

    private static void Headline(XhtmlWriter html, HeadlineCounts headline)
    {
        html.Element("h2", "All headline counts", "id", "headline").Line();
        html.Open("table").Open("thead").Open("tr").Element("th", "count", "scope", "col").Element("th", "number", "scope", "col").Close().Close().Open("tbody");
        foreach (var (_, label, read) in HeadlineField.All.Skip(2).Concat(HeadlineField.All.Take(2)))
        {
            html.Open("tr").Element("th", label, "scope", "row")
                .Element("td", read(headline) is long n ? ReportText.Count(n) : ReportText.Withheld, "class", "n").Close();
        }

        html.Close().Close().Line();
    }

    private static void Sources(XhtmlWriter html, List<SourceDocuments.Document> cited)
    {
        html.Element("h2", "Sources", "id", "sources").Line();
        if (cited.Count == 0)
        {
            html.Element("p", "No figure cites a source.").Line();
            return;
        }

        html.Open("ul");
        foreach (var document in cited)
        {
            html.Open("li").Element("strong", document.Words).Text(": " + document.Reference).Close();
        }

        html.Close().Line();
    }

    /// <summary>The recovery funnel: five bars from the headline, scaled to the largest shown.</summary>
    private static void Funnel(XhtmlWriter html, ServiceReport report)
    {
        var h = report.Headline;
        long? atCaseness = h.Finished is long finished && h.NotAtCaseness is long notAt && finished >= notAt ? finished - notAt : null;
        var recovered = OrEmpty(report.Sections).SelectMany(s => OrEmpty(s.Figures)).FirstOrDefault(f => f.Key == ReportKeys.Recovered);
        string recoveredFill = recovered?.Met switch { true => Green, false => Red, null => Blue };
        var stages = new (string Label, long? Count, string Fill)[]
        {
            ("Referrals", h.Referrals, Blue),
            ("Entered treatment", h.EnteredTreatment, Blue),
            ("Finished a course", h.Finished, Blue),
            ("At caseness at the start", atCaseness, Blue),
            ("Recovered", h.Recovered, recoveredFill),
        };
        long max = stages.Max(s => s.Count ?? 0);
        string missing = report.Suppressed ? "suppressed" : "no data";
        var chart = new BarChart(
            [.. stages.Select(s => s.Count is long n
                ? new BarChart.Bar(s.Label, max > 0 ? (double)n / max : 0, ReportText.Count(n), s.Fill)
                : new BarChart.Bar(s.Label, null, missing, s.Fill, Muted: true))]);
        string verdict = recovered?.Met switch
        {
            true => "The recovered bar is green: the recovery standard is met.",
            false => "The recovered bar is red: the recovery standard is not met.",
            null => string.Empty,
        };
        Figure(html, "chart-funnel", "Recovery funnel", verdict.Length > 0 ? verdict : "From referral to recovery.", chart,
            "From referral to recovery: " + string.Join("; ", chart.Bars.Select(b => $"{b.Label} {b.Value}")) + ".");
    }

    /// <summary>The wait distribution: one bar per wait band present in the <c>waits</c> section.</summary>
    private static void Waits(XhtmlWriter html, ServiceReport report)
    {
        var section = OrEmpty(report.Sections).FirstOrDefault(s => s.Key == ReportKeys.WaitsSection);
        var bands = section is null
            ? []
            : ReportKeys.WaitBands
                .Select(key => OrEmpty(section.Figures).FirstOrDefault(f => f.Key == key))
                .OfType<ReportFigure>()
                .ToList();
        const string Caption = "Wait from referral to first treatment";
        if (bands.Count == 0)
        {
            Empty(html, "chart-waits", Caption, "No wait-band figures in this report.");
            return;
        }

        long max = bands.Max(f => f.Count ?? 0);
        var chart = new BarChart([.. bands.Select(f => f.Count is long n
            ? new BarChart.Bar(WaitBandWords.GetValueOrDefault(f.Key, ReportText.Clean(f.Label)), max > 0 ? (double)n / max : 0,
                f.Rate is decimal r ? $"{ReportText.Count(n)} ({ReportText.Percent(r)})" : ReportText.Count(n), Blue)
            : new BarChart.Bar(WaitBandWords.GetValueOrDefault(f.Key, ReportText.Clean(f.Label)), null,
                f.Withheld.HasFlag(FigureParts.Count) ? "suppressed" : "no data", Blue, Muted: true))]);
        Figure(html, "chart-waits", Caption, "People who entered treatment, by days waited.", chart,
            "People who entered treatment by days from referral to first treatment: " +
            string.Join("; ", chart.Bars.Select(b => $"{b.Label} {b.Value}")) + ".");
    }

    /// <summary>Outcomes by descriptor: the recovery rate of each problem-descriptor group, on a 0-100% scale.</summary>
    private static void Descriptors(XhtmlWriter html, ServiceReport report, HtmlReportOptions options)
    {
        var breakdown = OrEmpty(report.Breakdowns).FirstOrDefault(b => b.Key == ReportKeys.ProblemDescriptorBreakdown);
        var groups = breakdown is null ? [] : OrEmpty(breakdown.Groups);
        const string Caption = "Recovery rate by problem descriptor";
        if (groups.IsEmpty)
        {
            Empty(html, "chart-descriptors", Caption, "No problem descriptor breakdown in this report.");
            return;
        }

        var bars = new List<BarChart.Bar>();
        foreach (var group in groups)
        {
            var figure = OrEmpty(group.Figures).FirstOrDefault(f => f.Key == ReportKeys.Recovered);
            string name = DescriptorName(group, options);
            if (figure?.Rate is decimal rate)
            {
                string fill = figure.Met switch { true => Green, false => Red, null => Blue };
                string verdict = figure.Met switch { true => " met", false => " not met", null => string.Empty };
                bars.Add(new BarChart.Bar(name, Math.Clamp((double)rate, 0, 1), ReportText.Percent(rate) + verdict, fill));
            }
            else
            {
                bool withheld = figure is not null && (figure.Withheld.HasFlag(FigureParts.Rate) || figure.Disclosure == DisclosureState.Suppressed);
                bars.Add(new BarChart.Bar(name, null, withheld ? "suppressed" : "no data", Grey, Muted: true));
            }
        }

        var standard = groups.SelectMany(g => OrEmpty(g.Figures)).FirstOrDefault(f => f.Key == ReportKeys.Recovered && f.Standard is not null)?.Standard;
        var chart = new BarChart(bars,
            standard is null ? null : ((double)Math.Clamp(standard.Target, 0, 1), "standard " + ReportText.Target(standard)),
            [(0, "0%"), (0.5, "50%"), (1, "100%")]);
        string legend = standard is null
            ? "Bars on a scale of 0 to 100 per cent."
            : $"Green bars meet the standard ({ReportText.Target(standard)}, dashed line); red bars do not.";
        Figure(html, "chart-descriptors", Caption, legend, chart,
            "Recovery rate of each problem descriptor: " + string.Join("; ", chart.Bars.Select(b => $"{b.Label} {b.Value}")) + ".");
    }

    private static void Figure(XhtmlWriter html, string id, string caption, string legend, BarChart chart, string description)
    {
        html.Open("figure", "id", id).Open("figcaption").Text(caption).Element("span", legend).Close();
        html.Open("svg", "width", XhtmlWriter.N(chart.Width), "height", XhtmlWriter.N(chart.Height),
            "viewBox", $"0 0 {XhtmlWriter.N(chart.Width)} {XhtmlWriter.N(chart.Height)}", "role", "img", "aria-label", caption);
        html.Element("title", caption).Element("desc", description);
        chart.Draw(html, Grey);
        html.Close().Close().Line();
    }

    private static void Empty(XhtmlWriter html, string id, string caption, string text)
    {
        html.Open("figure", "id", id).Element("figcaption", caption);
        html.Open("svg", "width", "420", "height", "60", "viewBox", "0 0 420 60", "role", "img", "aria-label", caption);
        html.Element("title", caption).Element("desc", text);
        html.Element("text", text, "x", "10", "y", "34", "fill", Grey, "class", "label");
        html.Close().Close().Line();
    }

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;
}

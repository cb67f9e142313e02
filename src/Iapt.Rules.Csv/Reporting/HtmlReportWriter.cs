using System.Collections.Immutable;
using Iapt.Rules.Reporting;

namespace Iapt.Rules.Csv;

/// <summary>
/// Writes a service report as one self-contained HTML file (<c>iapt report --format html</c>): the tables of the
/// Markdown report and three charts drawn as inline SVG (a recovery funnel, the wait distribution and the recovery
/// rate by problem descriptor).
/// </summary>
/// <remarks>
/// <para>
/// Self-contained: inline CSS and inline SVG only, no scripts, fonts, images or links to anything. Well-formed:
/// the file is also XML (XHTML namespace, every element closed, attributes quoted, text escaped), so it can be read
/// with any XML parser as well as any browser.
/// </para>
/// <para>
/// The charts draw what the report holds. The funnel takes the headline: referrals, entered treatment, finished,
/// at caseness at the start (finished minus not at caseness; under disclosure control the difference of two
/// rounded counts, so within 4 of the exact number) and recovered. The wait chart takes the wait-band figures of
/// the <c>waits</c> section (<see cref="ReportKeys.WaitBands"/>) that are present. The descriptor chart takes the
/// <c>recovered</c> rate of each group of the <c>problem_descriptor</c> breakdown, with the standard's target as
/// a dashed line. A withheld number is labelled <c>suppressed</c>, a missing one <c>no data</c>, and a chart
/// with nothing to draw says so.
/// </para>
/// </remarks>
public static class HtmlReportWriter
{
    private const double ChartWidth = 640;
    private const string Blue = "#005eb8";
    private const string Green = "#007f3b";
    private const string Grey = "#4c6272";

    private const string Css =
        "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,Arial,sans-serif;margin:0;color:#212b32;background:#f0f4f5;line-height:1.4}" +
        "main{max-width:1100px;margin:0 auto;padding:1rem 1.5rem 3rem}" +
        "h1{color:#005eb8;font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}" +
        ".note{background:#fff9c4;border-left:4px solid #ffeb3b;padding:0.5rem 1rem}" +
        ".charts{display:flex;flex-wrap:wrap;gap:1rem}" +
        "figure{background:#fff;margin:0;padding:0.75rem;border:1px solid #d8dde0}" +
        "figcaption{font-weight:bold;margin-bottom:0.5rem}" +
        "svg{max-width:100%;height:auto;font-size:12px}" +
        "table{border-collapse:collapse;background:#fff;margin:0.5rem 0 1rem}" +
        "th,td{border:1px solid #d8dde0;padding:0.25rem 0.6rem;text-align:left;vertical-align:top}" +
        "th{background:#e8edee}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}" +
        ".pass{color:#007f3b;font-weight:bold}.fail{color:#d5281b;font-weight:bold}";

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> as one HTML document followed by a line break.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write; it is not flushed or closed.</param>
    public static void Write(ServiceReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.Write("<!DOCTYPE html>\n");
        using (var html = new XhtmlWriter(output))
        {
            html.Open("html", "lang", "en").Line();
            html.Open("head");
            html.Empty("meta", "charset", "utf-8");
            html.Empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
            html.Element("title", ReportText.Title(report));
            html.Element("style", Css);
            html.Close().Line();
            html.Open("body").Open("main").Line();
            html.Element("h1", ReportText.Title(report)).Line();
            if (ReportText.SuppressionNote(report) is { } note)
            {
                html.Element("p", note, "class", "note").Line();
            }

            html.Element("h2", "Charts").Line();
            html.Open("div", "class", "charts").Line();
            Funnel(html, report);
            Waits(html, report);
            Descriptors(html, report);
            html.Close().Line();
            Headline(html, report.Headline);
            foreach (var section in OrEmpty(report.Sections))
            {
                Section(html, section);
            }

            foreach (var breakdown in OrEmpty(report.Breakdowns))
            {
                Breakdown(html, breakdown);
            }

            html.Close().Close().Line().Close();
        }

        output.Write('\n');
    }

    private static void Headline(XhtmlWriter html, HeadlineCounts headline)
    {
        html.Element("h2", "Headline").Line();
        html.Open("table").Open("thead").Open("tr").Element("th", "count").Element("th", "number").Close().Close().Open("tbody");
        foreach (var (_, label, read) in HeadlineField.All)
        {
            html.Open("tr").Element("th", label, "scope", "row")
                .Element("td", read(headline) is long n ? ReportText.Count(n) : ReportText.Withheld, "class", "n").Close();
        }

        html.Close().Close().Line();
    }

    private static void Section(XhtmlWriter html, ReportSection section)
    {
        var figures = OrEmpty(section.Figures);
        html.Element("h2", section.Title, "id", "section-" + section.Key).Line();
        if (figures.IsEmpty)
        {
            html.Element("p", "No figures.").Line();
            return;
        }

        bool values = figures.Any(f => f.Value is not null || f.Withheld.HasFlag(FigureParts.Value));
        html.Open("table").Open("thead").Open("tr");
        foreach (var heading in values
            ? new[] { "figure", "count", "denominator", "rate", "value", "standard", "met", "rule" }
            : ["figure", "count", "denominator", "rate", "standard", "met", "rule"])
        {
            html.Element("th", heading);
        }

        html.Close().Close().Open("tbody");
        foreach (var f in figures)
        {
            html.Open("tr").Element("th", f.Label, "scope", "row")
                .Element("td", ReportText.CountCell(f), "class", "n")
                .Element("td", ReportText.DenominatorCell(f), "class", "n")
                .Element("td", ReportText.RateCell(f), "class", "n");
            if (values)
            {
                html.Element("td", ReportText.ValueCell(f), "class", "n");
            }

            string met = ReportText.MetCell(f);
            html.Element("td", ReportText.StandardCell(f))
                .Element("td", met, "class", met is "pass" or "fail" ? met : "n")
                .Element("td", ReportText.RuleCell(f))
                .Close();
        }

        html.Close().Close().Line();
    }

    private static void Breakdown(XhtmlWriter html, ReportBreakdown breakdown)
    {
        var groups = OrEmpty(breakdown.Groups);
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

        html.Open("table").Open("thead").Open("tr").Element("th", ReportText.AttributeName(breakdown));
        foreach (var (_, label) in columns)
        {
            html.Element("th", label);
        }

        html.Close().Close().Open("tbody");
        foreach (var group in groups)
        {
            html.Open("tr").Element("th", ReportText.GroupValue(group), "scope", "row");
            foreach (var (key, _) in columns)
            {
                var figure = OrEmpty(group.Figures).FirstOrDefault(f => f.Key == key);
                html.Element("td", figure is null ? ReportText.None : ReportText.CompactCell(figure), "class", "n");
            }

            html.Close();
        }

        html.Close().Close().Line();
    }

    /// <summary>The recovery funnel: five horizontal bars from the headline, scaled to the largest shown.</summary>
    private static void Funnel(XhtmlWriter html, ServiceReport report)
    {
        var h = report.Headline;
        long? atCaseness = h.Finished is long finished && h.NotAtCaseness is long notAt && finished >= notAt ? finished - notAt : null;
        var stages = new (string Label, long? Count, string Colour)[]
        {
            ("Referrals", h.Referrals, Blue),
            ("Entered treatment", h.EnteredTreatment, Blue),
            ("Finished a course", h.Finished, Blue),
            ("At caseness at the start", atCaseness, Blue),
            ("Recovered", h.Recovered, Green),
        };
        const double labelWidth = 180, barMax = 340, row = 34, top = 12;
        double height = top + (stages.Length * row) + 8;
        long max = stages.Max(s => s.Count ?? 0);
        string missing = report.Suppressed ? "suppressed" : "no data";

        StartChart(html, "chart-funnel", "Recovery funnel", height,
            "Referrals, entered treatment, finished courses, finished courses at caseness at the start, and recovered, as bars.");
        for (int i = 0; i < stages.Length; i++)
        {
            var (label, count, colour) = stages[i];
            double y = top + (i * row);
            html.Element("text", label, "x", XhtmlWriter.N(labelWidth - 8), "y", XhtmlWriter.N(y + 17), "text-anchor", "end");
            if (count is long n)
            {
                double width = max > 0 ? barMax * n / max : 0;
                html.Empty("rect", "x", XhtmlWriter.N(labelWidth), "y", XhtmlWriter.N(y), "width", XhtmlWriter.N(width), "height", "24", "fill", colour);
                html.Element("text", ReportText.Count(n), "x", XhtmlWriter.N(labelWidth + width + 6), "y", XhtmlWriter.N(y + 17));
            }
            else
            {
                html.Element("text", missing, "x", XhtmlWriter.N(labelWidth), "y", XhtmlWriter.N(y + 17), "fill", Grey, "font-style", "italic");
            }
        }

        EndChart(html);
    }

    /// <summary>The wait distribution: one vertical bar per wait band present in the <c>waits</c> section.</summary>
    private static void Waits(XhtmlWriter html, ServiceReport report)
    {
        var section = OrEmpty(report.Sections).FirstOrDefault(s => s.Key == ReportKeys.WaitsSection);
        var bands = section is null
            ? []
            : ReportKeys.WaitBands
                .Select(key => OrEmpty(section.Figures).FirstOrDefault(f => f.Key == key))
                .OfType<ReportFigure>()
                .ToList();
        const double height = 260, baseline = 210, barMax = 170, left = 30;
        StartChart(html, "chart-waits", "Wait from referral to first treatment", height,
            "Referrals in each wait band from referral to first treatment, as bars.");
        if (bands.Count == 0)
        {
            html.Element("text", "No wait-band figures in this report.", "x", "20", "y", "40", "fill", Grey);
            EndChart(html);
            return;
        }

        long max = bands.Max(f => f.Count ?? 0);
        double slot = (ChartWidth - (2 * left)) / bands.Count;
        double barWidth = Math.Min(90, slot * 0.6);
        html.Empty("line", "x1", XhtmlWriter.N(left), "y1", XhtmlWriter.N(baseline), "x2", XhtmlWriter.N(ChartWidth - left), "y2", XhtmlWriter.N(baseline), "stroke", Grey);
        for (int i = 0; i < bands.Count; i++)
        {
            var figure = bands[i];
            double centre = left + (slot * i) + (slot / 2);
            html.Element("text", figure.Label, "x", XhtmlWriter.N(centre), "y", XhtmlWriter.N(baseline + 18), "text-anchor", "middle");
            if (figure.Count is long n)
            {
                double barHeight = max > 0 ? barMax * n / max : 0;
                html.Empty("rect", "x", XhtmlWriter.N(centre - (barWidth / 2)), "y", XhtmlWriter.N(baseline - barHeight),
                    "width", XhtmlWriter.N(barWidth), "height", XhtmlWriter.N(barHeight), "fill", Blue);
                string text = figure.Rate is decimal r ? $"{ReportText.Count(n)} ({ReportText.Percent(r)})" : ReportText.Count(n);
                html.Element("text", text, "x", XhtmlWriter.N(centre), "y", XhtmlWriter.N(baseline - barHeight - 6), "text-anchor", "middle");
            }
            else
            {
                string text = figure.Withheld.HasFlag(FigureParts.Count) ? "suppressed" : "no data";
                html.Element("text", text, "x", XhtmlWriter.N(centre), "y", XhtmlWriter.N(baseline - 6), "text-anchor", "middle", "fill", Grey, "font-style", "italic");
            }
        }

        EndChart(html);
    }

    /// <summary>Outcomes by descriptor: the recovery rate of each problem-descriptor group, on a 0-100% scale.</summary>
    private static void Descriptors(XhtmlWriter html, ServiceReport report)
    {
        var breakdown = OrEmpty(report.Breakdowns).FirstOrDefault(b => b.Key == ReportKeys.ProblemDescriptorBreakdown);
        var groups = breakdown is null ? [] : OrEmpty(breakdown.Groups);
        const double labelWidth = 230, barMax = 330, row = 26, top = 24;
        double height = groups.IsEmpty ? 80 : top + (groups.Length * row) + 30;
        StartChart(html, "chart-descriptors", "Recovery rate by problem descriptor", height,
            "The recovery rate of each problem descriptor, as bars on a scale of 0 to 100 per cent.");
        if (groups.IsEmpty)
        {
            html.Element("text", "No problem descriptor breakdown in this report.", "x", "20", "y", "40", "fill", Grey);
            EndChart(html);
            return;
        }

        double bottom = top + (groups.Length * row);
        foreach (var (tick, text) in new[] { (0m, "0%"), (0.5m, "50%"), (1m, "100%") })
        {
            double x = labelWidth + (barMax * (double)tick);
            html.Empty("line", "x1", XhtmlWriter.N(x), "y1", XhtmlWriter.N(top - 4), "x2", XhtmlWriter.N(x), "y2", XhtmlWriter.N(bottom), "stroke", "#d8dde0");
            html.Element("text", text, "x", XhtmlWriter.N(x), "y", XhtmlWriter.N(bottom + 16), "text-anchor", "middle", "fill", Grey);
        }

        for (int i = 0; i < groups.Length; i++)
        {
            var group = groups[i];
            var figure = OrEmpty(group.Figures).FirstOrDefault(f => f.Key == ReportKeys.Recovered);
            double y = top + (i * row);
            html.Element("text", Shorten(ReportText.GroupValue(group), 30), "x", XhtmlWriter.N(labelWidth - 8), "y", XhtmlWriter.N(y + 14), "text-anchor", "end");
            if (figure?.Rate is decimal rate)
            {
                double width = barMax * Math.Clamp((double)rate, 0, 1);
                html.Empty("rect", "x", XhtmlWriter.N(labelWidth), "y", XhtmlWriter.N(y), "width", XhtmlWriter.N(width), "height", "18", "fill", Green);
                html.Element("text", ReportText.Percent(rate), "x", XhtmlWriter.N(labelWidth + width + 6), "y", XhtmlWriter.N(y + 14));
            }
            else
            {
                bool withheld = figure is not null && (figure.Withheld.HasFlag(FigureParts.Rate) || figure.Disclosure == DisclosureState.Suppressed);
                string text = withheld ? "suppressed" : "no data";
                html.Element("text", text, "x", XhtmlWriter.N(labelWidth + 6), "y", XhtmlWriter.N(y + 14), "fill", Grey, "font-style", "italic");
            }
        }

        var standard = groups.SelectMany(g => OrEmpty(g.Figures)).FirstOrDefault(f => f.Key == ReportKeys.Recovered && f.Standard is not null)?.Standard;
        if (standard is not null)
        {
            double x = labelWidth + (barMax * Math.Clamp((double)standard.Target, 0, 1));
            html.Empty("line", "x1", XhtmlWriter.N(x), "y1", XhtmlWriter.N(top - 8), "x2", XhtmlWriter.N(x), "y2", XhtmlWriter.N(bottom), "stroke", "#d5281b", "stroke-dasharray", "4 3");
            html.Element("text", "standard " + ReportText.Target(standard), "x", XhtmlWriter.N(x + 4), "y", XhtmlWriter.N(top - 10), "fill", "#d5281b");
        }

        EndChart(html);
    }

    private static void StartChart(XhtmlWriter html, string id, string caption, double height, string description)
    {
        html.Open("figure", "id", id).Element("figcaption", caption);
        html.Open("svg", "width", XhtmlWriter.N(ChartWidth), "height", XhtmlWriter.N(height),
            "viewBox", $"0 0 {XhtmlWriter.N(ChartWidth)} {XhtmlWriter.N(height)}", "role", "img", "aria-label", caption);
        html.Element("title", caption).Element("desc", description);
    }

    private static void EndChart(XhtmlWriter html) => html.Close().Close().Line();

    private static string Shorten(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        int cut = char.IsHighSurrogate(text[length - 2]) ? length - 2 : length - 1;
        return string.Concat(text.AsSpan(0, cut), "\u2026");
    }

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;
}

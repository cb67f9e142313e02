using System.Collections.Immutable;
using System.Net;
using System.Text.Json;
using Iapt.Rules.Cli.Commands;
using Iapt.Rules.Csv;
using Iapt.Rules.Reporting;
using Iapt.Rules.Tests.Cli;

namespace Iapt.Rules.Tests.Csv;

/// <summary>
/// The HTML report as a real browser renders it (Debian's Chromium, headless, at 1280 by 800): the page of
/// <c>iapt report --sample --format html</c> shows every national standard as a tile inside the first screen, and
/// no two texts of any chart overlap, measured from the rendered bounding boxes of the labels. A measuring script
/// is added to a copy of the page (the report itself has no script); it writes what it measured into the DOM,
/// which Chromium dumps.
/// </summary>
public class HtmlReportBrowserTests
{
    private const int ScreenWidth = 1280;
    private const int ScreenHeight = 800;

    /// <summary>Measures the tiles and every chart's texts and writes the result as JSON into <c>pre#measure</c>.</summary>
    private const string MeasuringScript = """
        <script>
        (function () {
          var out = { width: window.innerWidth, height: window.innerHeight, tiles: [], charts: [], overlaps: [], outside: [] };
          document.querySelectorAll('#standards .tile').forEach(function (tile) {
            var r = tile.getBoundingClientRect();
            out.tiles.push({ key: tile.getAttribute('data-standard'), left: r.left, top: r.top, right: r.right, bottom: r.bottom });
          });
          document.querySelectorAll('figure').forEach(function (figure) {
            var svg = figure.querySelector('svg');
            var frame = svg.getBoundingClientRect();
            var texts = Array.prototype.slice.call(svg.querySelectorAll('text'));
            var boxes = texts.map(function (t) { return t.getBoundingClientRect(); });
            out.charts.push({ id: figure.id, texts: texts.length });
            for (var i = 0; i < boxes.length; i++) {
              var a = boxes[i];
              if (a.left < frame.left - 0.5 || a.right > frame.right + 0.5 || a.top < frame.top - 0.5 || a.bottom > frame.bottom + 0.5) {
                out.outside.push(figure.id + ': "' + texts[i].textContent + '"');
              }
              for (var j = i + 1; j < boxes.length; j++) {
                var b = boxes[j];
                if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
                  out.overlaps.push(figure.id + ': "' + texts[i].textContent + '" and "' + texts[j].textContent + '"');
                }
              }
            }
          });
          var pre = document.createElement('pre');
          pre.id = 'measure';
          pre.textContent = JSON.stringify(out);
          document.body.appendChild(pre);
        })();
        </script>
        """;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record Box(string Key, double Left, double Top, double Right, double Bottom);

    private sealed record ChartCount(string Id, int Texts);

    private sealed record Measure(double Width, double Height, List<Box> Tiles, List<ChartCount> Charts, List<string> Overlaps, List<string> Outside);

    private static Measure Render(string html)
    {
        string file = Path.Combine(Path.GetTempPath(), $"iapt-report-{Guid.NewGuid():N}.html");
        try
        {
            int end = html.LastIndexOf("</body>", StringComparison.Ordinal);
            Assert.True(end > 0, "the report has a </body>");
            File.WriteAllText(file, html[..end] + MeasuringScript + html[end..]);
            string dom = Chromium.DumpDom(file, ScreenWidth, ScreenHeight);
            const string Open = "<pre id=\"measure\">";
            int start = dom.IndexOf(Open, StringComparison.Ordinal);
            Assert.True(start >= 0, "the measuring script ran and wrote its result into the page");
            int stop = dom.IndexOf("</pre>", start, StringComparison.Ordinal);
            string json = WebUtility.HtmlDecode(dom[(start + Open.Length)..stop]);
            return JsonSerializer.Deserialize<Measure>(json, Json)!;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string SampleHtml()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = ReportCommand.Run(new ReportCommand.Request(null, null, true, "html", null, null, [], false, null), stdout, stderr, progress: null);
        Assert.True(exit == 0, stderr.ToString());
        return stdout.ToString();
    }

    [ChromiumFact]
    public void The_sample_report_shows_every_standard_as_a_tile_in_the_first_screen_and_no_chart_text_overlaps()
    {
        string html = SampleHtml();
        var expected = System.Xml.Linq.XDocument.Parse(html).Descendants()
            .Where(e => (string?)e.Attribute("data-standard") is not null).Count();
        var measure = Render(html);

        // The layout depends on the width only (no viewport-height units), and boxes are measured from the top of the
        // page, so the first screen is the top 800 px at a width of 1280 whatever height headless Chromium gives its
        // viewport (the window's 800 px less its own top bar).
        Assert.Equal(ScreenWidth, measure.Width);
        Assert.True(expected >= 9, $"the sample judges at least nine figures against a standard ({expected})");
        Assert.Equal(expected, measure.Tiles.Count);
        Assert.All(measure.Tiles, tile =>
        {
            Assert.True(tile.Top >= 0 && tile.Left >= 0, $"tile {tile.Key} starts on the page");
            Assert.True(tile.Bottom <= ScreenHeight, $"tile {tile.Key} ends at {tile.Bottom:0} px, below the first screen ({ScreenHeight} px)");
            Assert.True(tile.Right <= ScreenWidth, $"tile {tile.Key} ends at {tile.Right:0} px, right of the first screen ({ScreenWidth} px)");
        });
        Assert.Equal(["chart-funnel", "chart-descriptors", "chart-waits"], measure.Charts.Select(c => c.Id));
        Assert.All(measure.Charts, chart => Assert.True(chart.Texts >= 8, $"{chart.Id} has its labels ({chart.Texts})"));
        Assert.Empty(measure.Overlaps);
        Assert.Empty(measure.Outside);
    }

    [ChromiumFact]
    public void Sixty_descriptor_groups_with_long_names_still_render_with_no_overlapping_text()
    {
        var recovery = Rules.RuleSets.RuleSet.ManualV4.Standards.RecoveryRate;
        var groups = Enumerable.Range(0, 60).Select(i => new ReportGroup(
            i % 3 == 0 ? $"a locally recorded problem with a very long name that wraps over several lines, number {i}" : $"g{i}",
            ImmutableArray.Create(ReportFigure.Of(ReportKeys.Recovered, "Recovered", i, 59, "M4 §6.4.3", recovery))));
        var report = ReportSamples.Full() with
        {
            Breakdowns = [new ReportBreakdown(ReportKeys.ProblemDescriptorBreakdown, [.. groups])],
        };
        var output = new StringWriter();
        HtmlReportWriter.Write(report, output);
        var measure = Render(output.ToString());

        // 60 labels, 60 values, the target's label and three ticks.
        Assert.Equal(124, measure.Charts.Single(c => c.Id == "chart-descriptors").Texts);
        Assert.Empty(measure.Overlaps);
        Assert.Empty(measure.Outside);
    }
}

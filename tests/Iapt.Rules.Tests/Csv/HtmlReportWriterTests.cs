using System.Xml.Linq;
using Iapt.Rules.Csv;
using Iapt.Rules.Reporting;
using Iapt.Rules.Reporting.Disclosure;
using static Iapt.Rules.Tests.Cli.ReportSamples;

namespace Iapt.Rules.Tests.Csv;

/// <summary>The HTML service report (<c>--format html</c>): one well-formed, self-contained file with three SVG charts.</summary>
public class HtmlReportWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private static string Text(ServiceReport report)
    {
        var output = new StringWriter();
        HtmlReportWriter.Write(report, output);
        return output.ToString();
    }

    private static XDocument Parse(ServiceReport report) => XDocument.Parse(Text(report));

    private static XElement Chart(XDocument document, string id) =>
        document.Descendants(Xhtml + "figure").Single(f => (string?)f.Attribute("id") == id).Element(Svg + "svg")!;

    private static List<string> Texts(XElement chart) => [.. chart.Descendants(Svg + "text").Select(t => t.Value)];

    [Fact]
    public void The_file_is_well_formed_xhtml_with_an_html5_doctype()
    {
        string text = Text(Full());
        Assert.StartsWith("<!DOCTYPE html>\n", text, StringComparison.Ordinal);
        var document = XDocument.Parse(text);
        Assert.Equal(Xhtml + "html", document.Root!.Name);
        Assert.Equal("Service report: IAPT Manual v4 (2020.1), 2024-04-01 to 2025-03-31", document.Descendants(Xhtml + "title").Single().Value);
    }

    [Fact]
    public void It_holds_three_inline_svg_charts()
    {
        var document = Parse(Full());
        Assert.Equal(3, document.Descendants(Svg + "svg").Count());
        Assert.Equal(["chart-funnel", "chart-waits", "chart-descriptors"],
            document.Descendants(Xhtml + "figure").Select(f => (string?)f.Attribute("id")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void It_is_self_contained_with_no_script_and_no_link_to_anything(bool suppressed)
    {
        var report = suppressed ? DisclosureControl.Apply(Full()) : Full();
        string text = Text(report);
        foreach (var forbidden in new[] { "src=", "href=", "url(", "@import", "<script", "<link", "<img", "<iframe", "<object" })
        {
            Assert.DoesNotContain(forbidden, text, StringComparison.OrdinalIgnoreCase);
        }

        var names = XDocument.Parse(text).Descendants().SelectMany(e => e.Attributes()).Select(a => a.Name.LocalName).ToHashSet();
        Assert.DoesNotContain("src", names);
        Assert.DoesNotContain("href", names);
    }

    [Fact]
    public void Text_from_the_report_is_text_not_markup()
    {
        var document = Parse(Full());
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName == "script");
        Assert.Contains(document.Descendants(Xhtml + "th"), th => th.Value == Hostile);
    }

    [Fact]
    public void Characters_xml_cannot_hold_do_not_break_the_file()
    {
        var report = Full() with { Breakdowns = [new("ethnicity", [new ReportGroup("bad \u0001 \uD800 \uFFFF", [ReportFigure.Of("finished", "Finished", 9)])])] };
        var document = Parse(report);
        Assert.Contains(document.Descendants(Xhtml + "th"), th => th.Value == "bad   \uFFFD \uFFFD");
    }

    [Fact]
    public void The_funnel_runs_from_referrals_to_recovered_with_at_caseness_worked_out_from_the_headline()
    {
        var funnel = Chart(Parse(Full()), "chart-funnel");
        // At caseness at the start = finished 200 - not at caseness 20 = 180.
        Assert.Equal(["Referrals", "400", "Entered treatment", "300", "Finished a course", "200", "At caseness at the start", "180", "Recovered", "90"], Texts(funnel));
        var widths = funnel.Descendants(Svg + "rect").Select(r => double.Parse((string)r.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(5, widths.Count);
        Assert.Equal(widths[0] * 90 / 400, widths[4], 1);
        Assert.Equal(widths[0] * 180 / 400, widths[3], 1);
    }

    [Fact]
    public void The_funnel_labels_suppressed_stages()
    {
        var report = DisclosureControl.Apply(Full() with { Headline = Headline with { NotAtCaseness = 3, Recovered = 2 } });
        var texts = Texts(Chart(Parse(report), "chart-funnel"));
        Assert.Equal(["Referrals", "400", "Entered treatment", "300", "Finished a course", "200", "At caseness at the start", "suppressed", "Recovered", "suppressed"], texts);
    }

    [Fact]
    public void The_wait_chart_has_a_bar_per_band_and_labels_a_suppressed_band()
    {
        var exact = Chart(Parse(Full()), "chart-waits");
        Assert.Equal(4, exact.Descendants(Svg + "rect").Count());
        Assert.Contains("180 (60.0%)", Texts(exact));

        var controlled = Chart(Parse(DisclosureControl.Apply(Full())), "chart-waits");
        Assert.Equal(3, controlled.Descendants(Svg + "rect").Count());
        Assert.Contains("suppressed", Texts(controlled));
        Assert.Contains("over 90 days", Texts(controlled));
    }

    [Fact]
    public void The_descriptor_chart_shows_the_recovery_rate_of_each_group_and_the_standard()
    {
        var chart = Chart(Parse(DisclosureControl.Apply(Full())), "chart-descriptors");
        var texts = Texts(chart);
        Assert.Contains("(none)", texts);
        Assert.Contains("suppressed", texts);
        Assert.Contains("50.0%", texts);
        Assert.Contains("51.5%", texts);
        Assert.Contains("standard >= 50%", texts);
        Assert.Equal(2, chart.Descendants(Svg + "rect").Count());
    }

    [Fact]
    public void Charts_with_nothing_to_draw_say_so()
    {
        var report = new ServiceReport { RuleSet = "r", Headline = new HeadlineCounts(), Sections = [], Breakdowns = [] };
        var document = Parse(DisclosureControl.Apply(report));
        Assert.Equal(3, document.Descendants(Svg + "svg").Count());
        Assert.Equal(5, Texts(Chart(document, "chart-funnel")).Count(t => t == "suppressed"));
        Assert.Contains("No wait-band figures in this report.", Texts(Chart(document, "chart-waits")));
        Assert.Contains("No problem descriptor breakdown in this report.", Texts(Chart(document, "chart-descriptors")));
    }

    [Fact]
    public void The_tables_of_the_report_follow_the_charts()
    {
        var document = Parse(Full());
        Assert.Equal(["Charts", "Headline", "Activity", "Outcomes", "Waiting times", "By problem descriptor", "By ethnicity"],
            document.Descendants(Xhtml + "h2").Select(h => h.Value));
        var recovered = document.Descendants(Xhtml + "tr").First(tr => tr.Elements().First().Value == "Recovered" && tr.Elements().Count() > 2);
        Assert.Equal(["Recovered", "90", "180", "50.0%", "-", ">= 50%", "pass", "M4 §6.4.3"], recovered.Elements().Select(e => e.Value));
    }
}

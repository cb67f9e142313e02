using System.Collections.Immutable;
using System.Xml.Linq;
using Iapt.Rules.Csv;
using Iapt.Rules.Reporting;
using Iapt.Rules.Reporting.Disclosure;
using NodaTime;
using static Iapt.Rules.Tests.Cli.ReportSamples;

namespace Iapt.Rules.Tests.Csv;

/// <summary>The HTML service report (<c>--format html</c>): one well-formed, self-contained, accessible file: a first screen with the standards as tiles, then the sections with their SVG charts.</summary>
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

    private static XDocument Parse(ServiceReport report, HtmlReportOptions options)
    {
        var output = new StringWriter();
        HtmlReportWriter.Write(report, output, options);
        return XDocument.Parse(output.ToString());
    }

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
        Assert.Equal("Service report: service report, 1 April 2024 to 31 March 2025", document.Descendants(Xhtml + "title").Single().Value);
    }

    [Fact]
    public void The_first_screen_names_the_service_period_rules_and_day_generated_from_the_options_not_a_clock()
    {
        var document = Parse(Full(), new HtmlReportOptions { Title = "North Tees Talking Therapies", Generated = new LocalDate(2025, 4, 7) });
        var header = document.Descendants(Xhtml + "header").Single();
        Assert.Equal("North Tees Talking Therapies", header.Element(Xhtml + "h1")!.Value);
        Assert.Equal(["Period", "1 April 2024 to 31 March 2025", "Rules", "IAPT Manual v4, version 2020.1", "Generated", "7 April 2025"],
            header.Descendants(Xhtml + "dt").Zip(header.Descendants(Xhtml + "dd")).SelectMany(p => new[] { p.First.Value, p.Second.Value }));
        Assert.Equal("North Tees Talking Therapies: service report, 1 April 2024 to 31 March 2025", document.Descendants(Xhtml + "title").Single().Value);

        var undated = Parse(Full()).Descendants(Xhtml + "header").Single();
        Assert.Equal("Service report", undated.Element(Xhtml + "h1")!.Value);
        Assert.DoesNotContain(undated.Descendants(Xhtml + "dt"), dt => dt.Value == "Generated");
    }

    [Fact]
    public void The_rows_sentence_says_where_the_rejected_rows_are()
    {
        string Rows(HtmlReportOptions options) =>
            Parse(Full(), options).Descendants(Xhtml + "p").Single(p => (string?)p.Attribute("id") == "rows").Value;

        Assert.Equal("1,012 rows read from the files; 12 rejected and left out of every figure: run iapt report with --rejects FILE to list them (file, line, field and reason).",
            Rows(new HtmlReportOptions()));
        Assert.Equal("1,012 rows read from the files; 12 rejected and left out of every figure: they are listed in /data/rejects.csv (file, line, field and reason).",
            Rows(new HtmlReportOptions { RejectsFile = "/data/rejects.csv" }));
        var clean = Full() with { Headline = Headline with { RowsRejected = 0 } };
        Assert.Equal("1,012 rows read from the files; none rejected.",
            Parse(clean).Descendants(Xhtml + "p").Single(p => (string?)p.Attribute("id") == "rows").Value);
    }

    [Fact]
    public void Every_standard_is_a_tile_with_its_value_target_and_verdict_in_the_first_screen()
    {
        var failing = Full() with
        {
            Sections = [.. Full().Sections.Select(s => s.Key != ReportKeys.OutcomesSection ? s : s with
            {
                Figures = [ReportFigure.Of(ReportKeys.Recovered, "Recovered", 80, 180, "M4 §6.4.3", Recovery)],
            })],
        };
        var tiles = Parse(failing).Descendants(Xhtml + "header").Single().Descendants(Xhtml + "section").ToList();
        // Outcomes first, then waits, then activity (the order of the sections after the first screen).
        Assert.Equal(["recovery_rate", "six_week_wait", "course_share"], tiles.Select(t => (string?)t.Attribute("data-standard")));
        Assert.Equal(["Recovered", "44.4%", "Target \u2265 50%", "\u2717 Standard not met", "80 of 180"], tiles[0].Elements().Select(e => e.Value));
        Assert.Equal("tile unmet", (string?)tiles[0].Attribute("class"));
        Assert.Equal(["First treatment within 6 weeks", "80.0%", "Target \u2265 75%", "\u2713 Standard met", "160 of 200"], tiles[1].Elements().Select(e => e.Value));
        Assert.Equal("tile met", (string?)tiles[1].Attribute("class"));
        Assert.Equal("Target > 50%", tiles[2].Elements().ElementAt(2).Value);
    }

    [Fact]
    public void A_withheld_verdict_says_so_on_its_tile()
    {
        var report = DisclosureControl.Apply(Full() with
        {
            Sections = [new(ReportKeys.OutcomesSection, "Outcomes", [ReportFigure.Of(ReportKeys.Recovered, "Recovered", 3, 4, "M4 §6.4.3", Recovery)])],
        });
        var tile = Parse(report).Descendants(Xhtml + "section").Single(t => (string?)t.Attribute("data-standard") == "recovery_rate");
        Assert.Contains(tile.Elements(), e => e.Value == "Verdict withheld");
        Assert.Equal("tile unknown", (string?)tile.Attribute("class"));
    }

    [Fact]
    public void It_holds_three_inline_svg_charts_each_an_image_with_a_text_alternative()
    {
        var document = Parse(Full());
        Assert.Equal(3, document.Descendants(Svg + "svg").Count());
        Assert.Equal(["chart-funnel", "chart-descriptors", "chart-waits"],
            document.Descendants(Xhtml + "figure").Select(f => (string?)f.Attribute("id")));
        Assert.All(document.Descendants(Svg + "svg"), svg =>
        {
            Assert.Equal("img", (string?)svg.Attribute("role"));
            Assert.False(string.IsNullOrWhiteSpace((string?)svg.Attribute("aria-label")));
            Assert.False(string.IsNullOrWhiteSpace(svg.Element(Svg + "desc")?.Value));
        });
        Assert.Contains("Recovered 90", Chart(document, "chart-funnel").Element(Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_table_header_has_a_scope_and_the_headings_run_in_order()
    {
        var document = Parse(Full());
        Assert.All(document.Descendants(Xhtml + "th"), th => Assert.Contains((string?)th.Attribute("scope"), new[] { "col", "row" }));
        Assert.Single(document.Descendants(Xhtml + "h1"));
        Assert.DoesNotContain(document.Descendants(Xhtml + "h3"), h => !h.Ancestors(Xhtml + "section").Any());
    }

    [Fact]
    public void The_print_style_sheet_sets_a4_and_keeps_tiles_and_charts_whole()
    {
        string css = Parse(Full()).Descendants(Xhtml + "style").Single().Value;
        Assert.Contains("@media print{@page{size:A4;", css, StringComparison.Ordinal);
        Assert.Contains(".tile,figure,tr{break-inside:avoid}", css, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_are_in_words_with_the_full_reference_on_hover_and_in_the_list_of_sources()
    {
        var document = Parse(Full());
        var recovered = document.Descendants(Xhtml + "tr").First(tr => tr.Elements().First().Value == "Recovered" && tr.Elements().Count() > 2);
        var source = recovered.Elements().Last();
        Assert.Equal("IAPT Manual §6.4.3", source.Value);
        Assert.StartsWith("The Improving Access to Psychological Therapies Manual, version 4", (string?)source.Element(Xhtml + "span")!.Attribute("title"), StringComparison.Ordinal);
        var list = document.Descendants(Xhtml + "h2").Single(h => h.Value == "Sources").ElementsAfterSelf(Xhtml + "ul").Single();
        Assert.Contains(list.Elements(), li => li.Value.StartsWith("IAPT Manual: The Improving Access", StringComparison.Ordinal));
        Assert.Contains(list.Elements(), li => li.Value.StartsWith("the measure's literature: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Descriptor_groups_are_named_as_people_say_them_with_their_codes()
    {
        var report = Full() with
        {
            Breakdowns =
            [
                new(ReportKeys.ProblemDescriptorBreakdown,
                [
                    new ReportGroup("generalised_anxiety_disorder", [ReportFigure.Of(ReportKeys.Recovered, "Recovered", 5, 9, "M4 §6.4.3", Recovery)]),
                    new ReportGroup("chronic_fatigue_syndrome", [ReportFigure.Of(ReportKeys.Recovered, "Recovered", 3, 9, "M4 §6.4.3", Recovery)]),
                    new ReportGroup("none", [ReportFigure.Of(ReportKeys.Recovered, "Recovered", 3, 9, "M4 §6.4.3", Recovery)]),
                ]),
            ],
        };
        var document = Parse(report);
        string[] names = ["Generalised anxiety disorder (F41.1)", "Chronic fatigue syndrome (G93.3)", "No problem descriptor (Unspecified)"];
        var table = document.Descendants(Xhtml + "h2").Single(h => h.Value == "By problem descriptor").ElementsAfterSelf(Xhtml + "table").First();
        Assert.Equal(names, table.Descendants(Xhtml + "tbody").Single().Elements().Select(tr => tr.Elements().First().Value));
        var labels = Texts(Chart(document, "chart-descriptors"));
        Assert.All(names, name => Assert.Contains(name, labels));
        Assert.DoesNotContain(labels, l => l.Contains('_', StringComparison.Ordinal));
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
        Assert.Contains("50.0% met", texts);
        Assert.Contains("51.5% met", texts);
        Assert.Contains("standard >= 50%", texts);
        Assert.Equal(2, chart.Descendants(Svg + "rect").Count());
    }

    [Fact]
    public void Charts_with_nothing_to_draw_say_so_and_a_report_with_no_sections_has_no_charts()
    {
        Assert.Empty(Parse(new ServiceReport { RuleSet = "r", Headline = new HeadlineCounts(), Sections = [], Breakdowns = [] }).Descendants(Svg + "svg"));
        var report = new ServiceReport
        {
            RuleSet = "r",
            Headline = new HeadlineCounts(),
            Sections = [new(ReportKeys.OutcomesSection, "Outcomes", []), new(ReportKeys.WaitsSection, "Waits", [])],
            Breakdowns = [],
        };
        var document = Parse(DisclosureControl.Apply(report));
        Assert.Equal(3, document.Descendants(Svg + "svg").Count());
        Assert.Equal(5, Texts(Chart(document, "chart-funnel")).Count(t => t == "suppressed"));
        Assert.Contains("No wait-band figures in this report.", Texts(Chart(document, "chart-waits")));
        Assert.Contains("No problem descriptor breakdown in this report.", Texts(Chart(document, "chart-descriptors")));
    }

    [Fact]
    public void After_the_standards_come_outcomes_waits_activity_the_breakdowns_the_headline_and_the_sources()
    {
        var document = Parse(Full());
        Assert.Equal(["National standards at a glance", "Outcomes", "Waiting times", "Activity", "By problem descriptor", "By ethnicity", "All headline counts", "Sources"],
            document.Descendants(Xhtml + "h2").Select(h => h.Value));
        var recovered = document.Descendants(Xhtml + "tr").First(tr => tr.Elements().First().Value == "Recovered" && tr.Elements().Count() > 2);
        Assert.Equal(["Recovered", "90", "180", "50.0%", "-", ">= 50%", "pass", "IAPT Manual §6.4.3"], recovered.Elements().Select(e => e.Value));
    }

    [Fact]
    public void The_headline_table_does_not_open_with_the_rows_read_and_rejected()
    {
        var table = Parse(Full()).Descendants(Xhtml + "h2").Single(h => h.Value == "All headline counts").ElementsAfterSelf(Xhtml + "table").First();
        var rows = table.Descendants(Xhtml + "tbody").Single().Elements().Select(tr => tr.Elements().First().Value).ToList();
        Assert.Equal("Referrals", rows[0]);
        Assert.Equal(["Rows read", "Rows rejected"], rows[^2..]);
    }

    [Fact]
    public void Descriptor_bars_are_coloured_by_whether_the_group_meets_the_standard()
    {
        var report = Full() with
        {
            Breakdowns =
            [
                new(ReportKeys.ProblemDescriptorBreakdown,
                [
                    new ReportGroup("depression", [ReportFigure.Of(ReportKeys.Recovered, "Recovered", 5, 10, "M4 §6.4.3", Recovery)]),
                    new ReportGroup("panic_disorder", [ReportFigure.Of(ReportKeys.Recovered, "Recovered", 4, 10, "M4 §6.4.3", Recovery)]),
                ]),
            ],
        };
        var chart = Chart(Parse(report), "chart-descriptors");
        Assert.Equal(["#007f3b", "#d5281b"], chart.Descendants(Svg + "rect").Select(r => (string?)r.Attribute("fill")));
        Assert.Contains("50.0% met", Texts(chart));
        Assert.Contains("40.0% not met", Texts(chart));
    }

    [Fact]
    public void The_page_is_english_utf8_and_sized_to_the_device_and_ends_with_a_newline()
    {
        string text = Text(Full());
        Assert.EndsWith("</html>\n", text, StringComparison.Ordinal);
        var document = XDocument.Parse(text);
        Assert.Equal("en", (string?)document.Root!.Attribute("lang"));
        var metas = document.Descendants(Xhtml + "head").Single().Elements(Xhtml + "meta").ToList();
        Assert.Equal(["utf-8", null], metas.Select(m => (string?)m.Attribute("charset")));
        Assert.Equal([null, "viewport"], metas.Select(m => (string?)m.Attribute("name")));
        Assert.Equal("width=device-width, initial-scale=1", (string?)metas[1].Attribute("content"));
    }

    [Fact]
    public void Every_section_is_labelled_by_its_own_heading()
    {
        var sections = Parse(Full()).Descendants(Xhtml + "section").Where(s => s.Attribute("aria-labelledby") is not null).ToList();
        Assert.True(sections.Count >= 3, "the report's sections");
        Assert.All(sections, section =>
        {
            string id = (string)section.Attribute("id")!;
            Assert.StartsWith("section-", id, StringComparison.Ordinal);
            var heading = section.Elements(Xhtml + "h2").First();
            Assert.Equal("h-" + id["section-".Length..], (string?)heading.Attribute("id"));
            Assert.Equal((string?)heading.Attribute("id"), (string?)section.Attribute("aria-labelledby"));
            Assert.False(string.IsNullOrWhiteSpace(heading.Value));
        });
    }

    [Fact]
    public void A_figure_table_has_a_value_column_only_when_a_figure_has_a_value_and_a_met_cell_is_classed_by_its_verdict()
    {
        string[] withValues = ["figure", "count", "denominator", "rate", "value", "standard", "met", "source"];
        string[] withoutValues = ["figure", "count", "denominator", "rate", "standard", "met", "source"];
        var tables = Parse(Full()).Descendants(Xhtml + "section").Elements(Xhtml + "table").ToList();
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var headings = table.Element(Xhtml + "thead")!.Descendants(Xhtml + "th").Select(th => th.Value).ToList();
            Assert.True(headings.SequenceEqual(withValues) || headings.SequenceEqual(withoutValues), string.Join(",", headings));
            foreach (var row in table.Element(Xhtml + "tbody")!.Elements(Xhtml + "tr"))
            {
                var cells = row.Elements(Xhtml + "td").ToList();
                Assert.Equal(headings.Count - 1, cells.Count);
                var met = cells[headings.IndexOf("met") - 1];
                Assert.Equal(met.Value is "pass" or "fail" ? met.Value : "n", (string?)met.Attribute("class"));
                Assert.All(cells.Take(3), c => Assert.Equal("n", (string?)c.Attribute("class")));
            }
        }

        Assert.Contains(tables, t => t.Element(Xhtml + "thead")!.Descendants(Xhtml + "th").Count() == withValues.Length);
        Assert.Contains(tables, t => t.Element(Xhtml + "thead")!.Descendants(Xhtml + "th").Count() == withoutValues.Length);
        Assert.Contains(tables.Descendants(Xhtml + "td"), td => (string?)td.Attribute("class") == "pass");
    }

    [Fact]
    public void The_wait_bands_are_named_in_days()
    {
        var texts = Texts(Chart(Parse(Full()), "chart-waits"));
        Assert.Equal(["0 to 28 days", "29 to 56 days", "57 to 90 days", "over 90 days"], texts.Where(t => t.EndsWith(" days", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_missing_report_output_or_options_is_the_caller_s_error()
    {
        Assert.Throws<ArgumentNullException>("report", () => HtmlReportWriter.Write(null!, new StringWriter(), new HtmlReportOptions()));
        Assert.Throws<ArgumentNullException>("output", () => HtmlReportWriter.Write(Full(), null!, new HtmlReportOptions()));
        Assert.Throws<ArgumentNullException>("options", () => HtmlReportWriter.Write(Full(), new StringWriter(), null!));
    }

    // ---- The markup the style sheet and assistive technology read (the csv-html part's survivors) ----

    private static ServiceReport Bare(ImmutableArray<ReportSection> sections, ImmutableArray<ReportBreakdown> breakdowns) =>
        new() { RuleSet = "r", Headline = new HeadlineCounts(), Sections = sections, Breakdowns = breakdowns };

    private static string? Attribute(XElement element, string name) => (string?)element.Attribute(name);

    [Fact]
    public void The_first_screen_is_marked_up_for_its_style_sheet()
    {
        var document = Parse(Full());
        var header = document.Descendants(Xhtml + "header").Single();
        Assert.Equal("first-screen", Attribute(header, "id"));
        Assert.Equal("meta", Attribute(header.Element(Xhtml + "dl")!, "class"));
        var rows = header.Elements(Xhtml + "p").Single(p => Attribute(p, "id") == "rows");
        Assert.Equal("rows", Attribute(rows, "class"));
        Assert.Equal("h-standards", Attribute(header.Element(Xhtml + "h2")!, "id"));
        var tiles = header.Elements(Xhtml + "div").Single();
        Assert.Equal(("tiles", "standards"), (Attribute(tiles, "class"), Attribute(tiles, "id")));
        Assert.All(tiles.Elements(Xhtml + "section"), tile =>
            Assert.Equal(["value", "target", "verdict", "of"], tile.Elements(Xhtml + "p").Select(p => Attribute(p, "class"))));
        Assert.Equal(2, document.Descendants(Xhtml + "div").Count(d => Attribute(d, "class") == "charts"));
        Assert.DoesNotContain(header.Elements(Xhtml + "p"), p => Attribute(p, "class") == "note");
        var note = Parse(DisclosureControl.Apply(Full())).Descendants(Xhtml + "header").Single().Elements(Xhtml + "p").Single(p => Attribute(p, "class") == "note");
        Assert.NotEmpty(note.Value);
    }

    [Fact]
    public void A_tile_shows_the_rate_the_target_with_a_sign_and_the_count_of_the_denominator()
    {
        var tile = Parse(Full()).Descendants(Xhtml + "section").First(t => Attribute(t, "data-standard") is not null && t.Element(Xhtml + "h3")!.Value == "Recovered");
        Assert.Equal(["50.0%", "Target \u2265 50%", "\u2713 Standard met", "90 of 180"], tile.Elements(Xhtml + "p").Select(p => p.Value));
    }

    [Fact]
    public void A_report_that_judges_no_standard_says_so_in_place_of_the_tiles()
    {
        var header = Parse(Bare([], [])).Descendants(Xhtml + "header").Single();
        Assert.Empty(header.Elements(Xhtml + "div"));
        Assert.Equal("This report judges no figure against a national standard.", header.Element(Xhtml + "h2")!.ElementsAfterSelf(Xhtml + "p").Single().Value);
    }

    /// <summary>Each chart's image is named by its caption (aria-label and title) and described in words (desc), drawn in its own box.</summary>
    [Fact]
    public void Each_chart_is_named_by_its_caption_and_described_in_words()
    {
        var document = Parse(Full());
        foreach (var figure in document.Descendants(Xhtml + "figure"))
        {
            var svg = figure.Element(Svg + "svg")!;
            string caption = figure.Element(Xhtml + "figcaption")!.Nodes().OfType<XText>().First().Value;
            Assert.Equal(caption, Attribute(svg, "aria-label"));
            Assert.Equal(caption, svg.Element(Svg + "title")!.Value);
            Assert.Equal($"0 0 {Attribute(svg, "width")} {Attribute(svg, "height")}", Attribute(svg, "viewBox"));
            Assert.NotEmpty(figure.Element(Xhtml + "figcaption")!.Element(Xhtml + "span")!.Value);
        }

        string Desc(string id) => Chart(document, id).Element(Svg + "desc")!.Value;
        string Legend(string id) => document.Descendants(Xhtml + "figure").Single(f => Attribute(f, "id") == id).Element(Xhtml + "figcaption")!.Element(Xhtml + "span")!.Value;
        Assert.Equal("The recovered bar is green: the recovery standard is met.", Legend("chart-funnel"));
        Assert.StartsWith("From referral to recovery: Referrals ", Desc("chart-funnel"), StringComparison.Ordinal);
        Assert.Contains("; Recovered ", Desc("chart-funnel"), StringComparison.Ordinal);
        Assert.EndsWith(".", Desc("chart-funnel"), StringComparison.Ordinal);
        Assert.Equal("People who entered treatment by days from referral to first treatment: 0 to 28 days 180 (60.0%); 29 to 56 days 70 (23.3%); 57 to 90 days 46 (15.3%); over 90 days 4 (1.3%).", Desc("chart-waits"));
        Assert.StartsWith("Recovery rate of each problem descriptor: ", Desc("chart-descriptors"), StringComparison.Ordinal);
        Assert.EndsWith(".", Desc("chart-descriptors"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_with_nothing_to_draw_is_a_small_image_that_says_so()
    {
        var document = Parse(DisclosureControl.Apply(Bare([new(ReportKeys.OutcomesSection, "Outcomes", []), new(ReportKeys.WaitsSection, "Waits", [])], [])));
        var svg = Chart(document, "chart-descriptors");
        string caption = document.Descendants(Xhtml + "figure").Single(f => Attribute(f, "id") == "chart-descriptors").Element(Xhtml + "figcaption")!.Value;
        Assert.Equal(("420", "60", "0 0 420 60", "img", caption), (Attribute(svg, "width"), Attribute(svg, "height"), Attribute(svg, "viewBox"), Attribute(svg, "role"), Attribute(svg, "aria-label")));
        Assert.Equal(caption, svg.Element(Svg + "title")!.Value);
        var text = svg.Element(Svg + "text")!;
        Assert.Equal(svg.Element(Svg + "desc")!.Value, text.Value);
        Assert.Equal(("10", "34", "label"), (Attribute(text, "x"), Attribute(text, "y"), Attribute(text, "class")));
        Assert.StartsWith("From referral to recovery: ", Chart(document, "chart-funnel").Element(Svg + "desc")!.Value, StringComparison.Ordinal);
        Assert.Equal("From referral to recovery.", document.Descendants(Xhtml + "figure").Single(f => Attribute(f, "id") == "chart-funnel").Element(Xhtml + "figcaption")!.Element(Xhtml + "span")!.Value);
    }

    [Fact]
    public void A_section_with_no_figures_says_so_in_place_of_its_table()
    {
        var section = Parse(Bare([new(ReportKeys.ActivitySection, "Activity", [])], [])).Descendants(Xhtml + "section").Single(s => s.Element(Xhtml + "h2")?.Value == "Activity");
        Assert.Empty(section.Descendants(Xhtml + "table"));
        Assert.Equal("No figures.", section.Element(Xhtml + "p")!.Value);
    }

    [Fact]
    public void A_breakdown_with_no_groups_says_so_and_one_with_groups_has_a_column_per_figure_any_group_gives()
    {
        var empty = Parse(Bare([], [new("ethnicity", [])]));
        var heading = empty.Descendants(Xhtml + "h2").Single(h => Attribute(h, "id") == "breakdown-ethnicity");
        Assert.Equal("No groups.", heading.ElementsAfterSelf().First().Value);

        var report = Bare([], [new("gender",
        [
            new("female", [ReportFigure.Of(ReportKeys.Finished, "Finished", 12)]),
            new("male", [ReportFigure.Of(ReportKeys.Recovered, "Recovered", 3, 6), ReportFigure.Of(ReportKeys.Finished, "Finished", 8)]),
        ])]);
        var table = Parse(report).Descendants(Xhtml + "h2").Single(h => Attribute(h, "id") == "breakdown-gender").ElementsAfterSelf(Xhtml + "table").First();
        Assert.Equal(["Finished", "Recovered"], table.Descendants(Xhtml + "th").Where(th => Attribute(th, "scope") == "col").Skip(1).Select(th => th.Value));
        var rows = table.Element(Xhtml + "tbody")!.Elements().Select(tr => tr.Elements().Select(c => c.Value).ToList()).ToList();
        Assert.Equal(["female", "12", ReportText.None], rows[0]);
        Assert.Equal("male", rows[1][0]);
        Assert.Equal("8", rows[1][1]);
        Assert.NotEqual(ReportText.None, rows[1][2]);
        Assert.All(table.Element(Xhtml + "tbody")!.Descendants(Xhtml + "td"), td => Assert.Equal("n", Attribute(td, "class")));
    }

    [Fact]
    public void The_headline_table_and_the_sources_have_their_anchors_and_without_sources_the_list_says_so()
    {
        var document = Parse(Bare([], []));
        var headline = document.Descendants(Xhtml + "h2").Single(h => Attribute(h, "id") == "headline");
        Assert.Equal("All headline counts", headline.Value);
        var table = headline.ElementsAfterSelf(Xhtml + "table").First();
        Assert.Equal(["count", "number"], table.Element(Xhtml + "thead")!.Descendants(Xhtml + "th").Select(th => th.Value));
        Assert.All(table.Element(Xhtml + "tbody")!.Descendants(Xhtml + "td"), td => Assert.Equal(("n", ReportText.Withheld), (Attribute(td, "class"), td.Value)));
        var sources = document.Descendants(Xhtml + "h2").Single(h => Attribute(h, "id") == "sources");
        Assert.Equal("Sources", sources.Value);
        Assert.Equal("No figure cites a source.", sources.ElementsAfterSelf().Single().Value);
    }
}

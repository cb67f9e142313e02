using System.Globalization;
using Iapt.Rules.Csv;
using Iapt.Rules.Reporting;
using Iapt.Rules.Reporting.Disclosure;
using static Iapt.Rules.Tests.Cli.ReportSamples;

namespace Iapt.Rules.Tests.Csv;

/// <summary>The Markdown service report (<c>iapt report</c>, the default format): title, headline, section and breakdown tables.</summary>
public class MarkdownReportWriterTests
{
    private static string[] Lines(ServiceReport report)
    {
        var output = new StringWriter();
        MarkdownReportWriter.Write(report, output);
        return output.ToString().Split('\n');
    }

    [Fact]
    public void The_title_names_the_rule_set_and_the_period()
    {
        Assert.Equal("# Service report: IAPT Manual v4 (2020.1), 2024-04-01 to 2025-03-31", Lines(Full())[0]);
        Assert.Equal("# Service report: IAPT Manual v4 (2020.1), all referrals", Lines(Full() with { Period = null })[0]);
    }

    [Fact]
    public void The_headline_table_lists_every_count_in_the_contract_order()
    {
        var lines = Lines(Full());
        int start = Array.IndexOf(lines, "## Headline");
        Assert.Equal(
        [
            "| count | number |",
            "|---|---:|",
            "| Rows read | 1,012 |",
            "| Rows rejected | 12 |",
            "| Referrals | 400 |",
            "| Entered treatment | 300 |",
            "| Finished a course of treatment | 200 |",
            "| Finished, not at caseness at the start | 20 |",
            "| Recovered | 90 |",
            "| Reliable improvement | 140 |",
            "| Reliable deterioration | 9 |",
            "| No reliable change | 51 |",
            "| Reliable recovery | 80 |",
            "| First treatment within 6 weeks | 160 |",
            "| First treatment within 18 weeks | 196 |",
        ], lines[(start + 2)..(start + 17)]);
    }

    [Fact]
    public void Each_section_is_a_table_of_count_denominator_rate_standard_and_verdict()
    {
        var lines = Lines(Full());
        int start = Array.IndexOf(lines, "## Outcomes");
        Assert.Equal(
        [
            "| figure | count | denominator | rate | value | standard | met | rule |",
            "|---|---:|---:|---:|---:|---|---|---|",
            "| Recovered | 90 | 180 | 50.0% | - | >= 50% | pass | M4 §6.4.3 |",
            "| Reliable improvement | 140 | 200 | 70.0% | - | >= 66.7% | pass | M4 §6.4.3 |",
            "| Reliable deterioration | 3 | 200 | 1.5% | - | - | - | M4 §6.4.3 |",
            "| PHQ-9 pre-post effect size | - | - | - | 1.4 | - | - | LIT |",
        ], lines[(start + 2)..(start + 8)]);
    }

    [Fact]
    public void A_section_without_plain_values_has_no_value_column_and_a_missed_standard_fails()
    {
        var report = Full() with
        {
            Sections = [new(ReportKeys.WaitsSection, "Waiting times", [ReportFigure.Of(ReportKeys.Within6Weeks, "Within 6 weeks", 149, 200, "M4 §6.4.2", SixWeeks)])],
        };
        var lines = Lines(report);
        Assert.Contains("| figure | count | denominator | rate | standard | met | rule |", lines);
        Assert.Contains("| Within 6 weeks | 149 | 200 | 74.5% | >= 75% | fail | M4 §6.4.2 |", lines);
    }

    [Fact]
    public void A_breakdown_is_a_table_with_a_row_per_group_and_a_column_per_figure()
    {
        var lines = Lines(Full());
        int start = Array.IndexOf(lines, "## By problem descriptor");
        Assert.Equal(
        [
            "| problem descriptor | Finished | Recovered |",
            "|---|---:|---:|",
            "| (none) | 5 | 2 (66.7%) |",
            "| F32 Depressive episode | 82 | 40 (50.0%) |",
            "| F41.1 Generalised anxiety disorder | 99 | 50 (51.5%) |",
        ], lines[(start + 2)..(start + 7)]);
    }

    [Fact]
    public void After_disclosure_control_a_note_explains_it_and_withheld_parts_show_a_star()
    {
        var lines = Lines(DisclosureControl.Apply(Full()));
        Assert.StartsWith("> Statistical disclosure control applied: counts under 5 are withheld (shown as *) and the rest are rounded to the nearest 5.", lines[2], StringComparison.Ordinal);
        Assert.Contains("| Reliable deterioration | * | 200 | * | - | - | - | M4 §6.4.3 |", lines);
        Assert.Contains("| over 90 days | * | 300 | * | - | - | - |", lines);
        Assert.Contains("| (none) | 5 | * |", lines);
        Assert.Contains("| First treatment within 18 weeks | 195 |", lines);
    }

    [Fact]
    public void An_exact_report_has_no_suppression_note() =>
        Assert.DoesNotContain(Lines(Full()), line => line.Contains("disclosure control", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void A_suppressed_mean_shows_a_star_in_its_value_column()
    {
        var report = Full() with { Sections = [new("activity", "Activity", [ReportFigure.OfValue("mean_sessions", "Mean sessions", 6.5m, 3)])] };
        Assert.Contains("| Mean sessions | * | - | - | * | - | - | - |", Lines(DisclosureControl.Apply(report)));
    }

    [Fact]
    public void Text_from_the_report_cannot_break_a_table_or_add_markup()
    {
        var lines = Lines(Full());
        string row = Assert.Single(lines, l => l.Contains("alert", StringComparison.Ordinal));
        Assert.Equal(@"| \<script\>alert('x')\</script\> \| ""q"" \& \*b\* \[l\](http://evil.example/x.png) | 22 | 10 (50.0%) |", row);
        Assert.Equal(4, UnescapedPipes(row));
    }

    [Fact]
    public void Numbers_do_not_follow_the_machine_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        var commaDecimals = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        commaDecimals.NumberFormat.NumberDecimalSeparator = ",";
        commaDecimals.NumberFormat.NumberGroupSeparator = ".";
        commaDecimals.NumberFormat.PercentDecimalSeparator = ",";
        try
        {
            CultureInfo.CurrentCulture = commaDecimals;
            var lines = Lines(Full());
            Assert.Contains("| Rows read | 1,012 |", lines);
            Assert.Contains("| Recovered | 90 | 180 | 50.0% | - | >= 50% | pass | M4 §6.4.3 |", lines);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static int UnescapedPipes(string line)
    {
        int count = 0;
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '|' && (i == 0 || line[i - 1] != '\\'))
            {
                count++;
            }
        }

        return count;
    }

    [Fact]
    public void The_suppression_note_is_a_quote_after_the_title_and_every_heading_follows_a_blank_line()
    {
        var report = DisclosureControl.Apply(Full());
        var lines = Lines(report);
        Assert.Equal(["", "> " + ReportText.SuppressionNote(report), "", "## Headline"], lines[1..5]);
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                Assert.Equal(string.Empty, lines[i - 1]);
                Assert.Equal(string.Empty, lines[i + 1]);
            }
        }
    }

    [Fact]
    public void The_text_ends_with_one_line_break()
    {
        var output = new StringWriter();
        MarkdownReportWriter.Write(Full(), output);
        Assert.EndsWith("|\n", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_without_figures_and_a_breakdown_without_groups_say_so()
    {
        var report = new ServiceReport
        {
            RuleSet = "r",
            Headline = new HeadlineCounts(),
            Sections = [new("s", "Empty section", default), new("t", "Next", [])],
            Breakdowns = [new("b", default)],
        };
        var lines = Lines(report);
        int section = Array.IndexOf(lines, "## Empty section");
        Assert.Equal(["", "No figures.", "", "## Next", "", "No figures.", "", "## By b", "", "No groups.", ""], lines[(section + 1)..]);
    }

    [Fact]
    public void A_group_without_a_figure_another_group_has_shows_none_in_its_column()
    {
        var report = new ServiceReport
        {
            RuleSet = "r",
            Headline = new HeadlineCounts(),
            Sections = [],
            Breakdowns =
            [
                new("sex", [
                    new ReportGroup("f", [ReportFigure.Of("a", "A", 1, rule: "x"), ReportFigure.Of("b", "B", 2, rule: "x")]),
                    new ReportGroup("m", [ReportFigure.Of("b", "B", 3, rule: "x")])]),
            ],
        };
        var lines = Lines(report);
        Assert.Equal(["| sex | A | B |", "|---|---:|---:|", "| f | 1 | 2 |", "| m | - | 3 |", ""], lines[^5..]);
    }

    [Fact]
    public void A_missing_report_or_output_is_the_caller_s_error()
    {
        Assert.Throws<ArgumentNullException>("report", () => MarkdownReportWriter.Write(null!, new StringWriter()));
        Assert.Throws<ArgumentNullException>("output", () => MarkdownReportWriter.Write(Full(), null!));
    }
}

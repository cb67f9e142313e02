using System.Globalization;
using System.Text.Json;
using Iapt.Rules.Csv;
using Iapt.Rules.Reporting;
using Iapt.Rules.Reporting.Disclosure;
using static Iapt.Rules.Tests.Cli.ReportSamples;

namespace Iapt.Rules.Tests.Csv;

/// <summary>The JSON service report (<c>--format json</c>): a contract other tools rely on, field names and order.</summary>
public class JsonReportWriterTests
{
    private static readonly string[] HeadlineFieldsInOrder =
    [
        "rows_read", "rows_rejected", "referrals", "entered_treatment", "finished", "not_at_caseness", "recovered",
        "reliable_improvement", "reliable_deterioration", "no_reliable_change", "reliable_recovery", "within_6_weeks",
        "within_18_weeks",
    ];

    private static string Text(ServiceReport report)
    {
        var output = new StringWriter();
        JsonReportWriter.Write(report, output);
        return output.ToString();
    }

    private static JsonDocument Parse(ServiceReport report) => JsonDocument.Parse(Text(report));

    private static JsonElement Figure(JsonElement root, string section, string key) =>
        root.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("key").GetString() == section)
            .GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == key);

    [Fact]
    public void The_top_level_fields_are_the_contract_in_order()
    {
        using var json = Parse(Full());
        Assert.Equal(["rule_set", "period", "suppressed", "headline", "sections", "breakdowns"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("IAPT Manual v4 (2020.1)", json.RootElement.GetProperty("rule_set").GetString());
        Assert.False(json.RootElement.GetProperty("suppressed").GetBoolean());
    }

    [Fact]
    public void The_headline_has_exactly_the_contract_fields_in_order_as_whole_numbers()
    {
        using var json = Parse(Full());
        var headline = json.RootElement.GetProperty("headline").EnumerateObject().ToList();
        Assert.Equal(HeadlineFieldsInOrder, headline.Select(p => p.Name));
        Assert.Equal([1012L, 12, 400, 300, 200, 20, 90, 140, 9, 51, 80, 160, 196], headline.Select(p => p.Value.GetInt64()));
    }

    [Fact]
    public void A_suppressed_headline_count_is_null_and_the_rest_are_rounded()
    {
        var report = Full() with { Headline = Headline with { ReliableDeterioration = 4 } };
        using var json = Parse(DisclosureControl.Apply(report));
        var headline = json.RootElement.GetProperty("headline");
        Assert.True(json.RootElement.GetProperty("suppressed").GetBoolean());
        Assert.Equal(HeadlineFieldsInOrder, headline.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, headline.GetProperty("reliable_deterioration").ValueKind);
        Assert.Equal(195, headline.GetProperty("within_18_weeks").GetInt64());
        Assert.Equal(1012, headline.GetProperty("rows_read").GetInt64());
    }

    [Fact]
    public void The_period_is_null_or_two_iso_dates()
    {
        using var with = Parse(Full());
        Assert.Equal("2024-04-01", with.RootElement.GetProperty("period").GetProperty("start").GetString());
        Assert.Equal("2025-03-31", with.RootElement.GetProperty("period").GetProperty("end").GetString());
        using var without = Parse(Full() with { Period = null });
        Assert.Equal(JsonValueKind.Null, without.RootElement.GetProperty("period").ValueKind);
    }

    [Fact]
    public void A_figure_has_the_contract_fields_in_order()
    {
        using var json = Parse(Full());
        var figure = Figure(json.RootElement, ReportKeys.OutcomesSection, ReportKeys.Recovered);
        Assert.Equal(["key", "label", "count", "denominator", "rate", "value", "standard", "met", "rule", "disclosure", "withheld"],
            figure.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["key", "target", "comparison", "source"], figure.GetProperty("standard").EnumerateObject().Select(p => p.Name));
        Assert.Equal("Recovered", figure.GetProperty("label").GetString());
        Assert.Equal(90, figure.GetProperty("count").GetInt64());
        Assert.Equal(180, figure.GetProperty("denominator").GetInt64());
        Assert.Equal(0.5m, figure.GetProperty("rate").GetDecimal());
        Assert.Equal(JsonValueKind.Null, figure.GetProperty("value").ValueKind);
        Assert.Equal("recovery_rate", figure.GetProperty("standard").GetProperty("key").GetString());
        Assert.Equal(0.5m, figure.GetProperty("standard").GetProperty("target").GetDecimal());
        Assert.Equal("at_least", figure.GetProperty("standard").GetProperty("comparison").GetString());
        Assert.Equal("M4 §6.4.3", figure.GetProperty("standard").GetProperty("source").GetString());
        Assert.True(figure.GetProperty("met").GetBoolean());
        Assert.Equal("M4 §6.4.3", figure.GetProperty("rule").GetString());
        Assert.Equal("exact", figure.GetProperty("disclosure").GetString());
        Assert.Equal(0, figure.GetProperty("withheld").GetArrayLength());
    }

    [Fact]
    public void Rates_are_fractions_of_1_rounded_to_4_places()
    {
        using var json = Parse(Full());
        string raw = Figure(json.RootElement, ReportKeys.ActivitySection, "course_share").GetProperty("rate").GetRawText();
        Assert.Equal("0.6667", raw); // 200 / 300
        Assert.Equal("0.015", Figure(json.RootElement, ReportKeys.OutcomesSection, ReportKeys.ReliableDeterioration).GetProperty("rate").GetRawText()); // 3 / 200
        Assert.Equal("more_than", Figure(json.RootElement, ReportKeys.ActivitySection, "course_share").GetProperty("standard").GetProperty("comparison").GetString());
    }

    [Fact]
    public void Plain_values_and_standardless_figures_have_nulls_where_they_have_nothing()
    {
        using var json = Parse(Full());
        var effect = Figure(json.RootElement, ReportKeys.OutcomesSection, "effect_size_phq9");
        Assert.Equal(1.4m, effect.GetProperty("value").GetDecimal());
        foreach (var field in new[] { "count", "denominator", "rate", "standard", "met" })
        {
            Assert.Equal(JsonValueKind.Null, effect.GetProperty(field).ValueKind);
        }
    }

    [Fact]
    public void A_withheld_figure_says_so_and_names_what_is_withheld()
    {
        using var json = Parse(DisclosureControl.Apply(Full()));
        var figure = Figure(json.RootElement, ReportKeys.OutcomesSection, ReportKeys.ReliableDeterioration);
        Assert.Equal(JsonValueKind.Null, figure.GetProperty("count").ValueKind);
        Assert.Equal(200, figure.GetProperty("denominator").GetInt64());
        Assert.Equal(JsonValueKind.Null, figure.GetProperty("rate").ValueKind);
        Assert.Equal("suppressed", figure.GetProperty("disclosure").GetString());
        Assert.Equal(["count", "rate"], figure.GetProperty("withheld").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("rounded", Figure(json.RootElement, ReportKeys.OutcomesSection, ReportKeys.Recovered).GetProperty("disclosure").GetString());
    }

    [Fact]
    public void Breakdowns_hold_their_groups_in_order_with_their_figures()
    {
        using var json = Parse(Full());
        var breakdowns = json.RootElement.GetProperty("breakdowns").EnumerateArray().ToList();
        Assert.Equal([ReportKeys.ProblemDescriptorBreakdown, "ethnicity"], breakdowns.Select(b => b.GetProperty("key").GetString()));
        var groups = breakdowns[0].GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(["", "F32 Depressive episode", "F41.1 Generalised anxiety disorder"], groups.Select(g => g.GetProperty("value").GetString()));
        var recovered = groups[1].GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == ReportKeys.Recovered);
        Assert.Equal(40, recovered.GetProperty("count").GetInt64());
        Assert.Equal(0.5m, recovered.GetProperty("rate").GetDecimal());
    }

    [Fact]
    public void Text_is_escaped_and_reads_back_unchanged()
    {
        string text = Text(Full());
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        var group = json.RootElement.GetProperty("breakdowns")[1].GetProperty("groups")[0];
        Assert.Equal(Hostile, group.GetProperty("value").GetString());
    }

    [Fact]
    public void Numbers_do_not_follow_the_machine_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        var commaDecimals = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        commaDecimals.NumberFormat.NumberDecimalSeparator = ",";
        try
        {
            CultureInfo.CurrentCulture = commaDecimals;
            using var json = Parse(Full());
            Assert.Equal("0.6667", Figure(json.RootElement, ReportKeys.ActivitySection, "course_share").GetProperty("rate").GetRawText());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void An_empty_report_is_still_the_whole_contract()
    {
        var report = new ServiceReport { RuleSet = "r", Headline = new HeadlineCounts(), Sections = [], Breakdowns = [] };
        using var json = Parse(DisclosureControl.Apply(report));
        Assert.Equal(HeadlineFieldsInOrder, json.RootElement.GetProperty("headline").EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, json.RootElement.GetProperty("sections").GetArrayLength());
        Assert.Equal(0, json.RootElement.GetProperty("breakdowns").GetArrayLength());
    }

    [Fact]
    public void The_document_is_indented_and_ends_with_a_line_break()
    {
        string text = Text(Full());
        Assert.StartsWith("{\n  \"", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.False(text.EndsWith("}\n\n", StringComparison.Ordinal), "one line break");
    }

    [Fact]
    public void A_section_has_its_key_title_and_figures_in_that_order()
    {
        using var json = Parse(Full());
        var section = json.RootElement.GetProperty("sections")[0];
        Assert.Equal(["key", "title", "figures"], section.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Activity", section.GetProperty("title").GetString());
    }

    [Fact]
    public void Every_withheld_part_is_named()
    {
        var all = FigureParts.Count | FigureParts.Denominator | FigureParts.Rate | FigureParts.Met | FigureParts.Value;
        var figure = ReportFigure.Of("f", "F", 1, 2, "M4 §6.4.3") with { Count = null, Denominator = null, Rate = null, Withheld = all, Disclosure = DisclosureState.Suppressed };
        var report = new ServiceReport { RuleSet = "r", Headline = new HeadlineCounts(), Sections = [new("s", "S", [figure])], Breakdowns = [] };
        using var json = Parse(report);
        Assert.Equal(["count", "denominator", "rate", "met", "value"],
            Figure(json.RootElement, "s", "f").GetProperty("withheld").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Arrays_left_default_are_written_empty()
    {
        var report = new ServiceReport
        {
            RuleSet = "r",
            Headline = new HeadlineCounts(),
            Sections = [new("s", "S", default)],
            Breakdowns = [new("b", [new ReportGroup("g", default)])],
        };
        using var json = Parse(report);
        Assert.Equal(0, json.RootElement.GetProperty("sections")[0].GetProperty("figures").GetArrayLength());
        Assert.Equal(0, json.RootElement.GetProperty("breakdowns")[0].GetProperty("groups")[0].GetProperty("figures").GetArrayLength());
        using var none = Parse(report with { Sections = default, Breakdowns = default });
        Assert.Equal(0, none.RootElement.GetProperty("sections").GetArrayLength());
    }

    [Fact]
    public void A_missing_report_or_output_is_the_caller_s_error()
    {
        Assert.Throws<ArgumentNullException>("report", () => JsonReportWriter.Write(null!, new StringWriter()));
        Assert.Throws<ArgumentNullException>("output", () => JsonReportWriter.Write(Full(), null!));
    }
}

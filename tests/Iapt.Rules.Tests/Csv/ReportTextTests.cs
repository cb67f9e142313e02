using Iapt.Rules.Csv;
using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.Csv;

/// <summary>How the Markdown and HTML reports show rates, targets and text.</summary>
public class ReportTextTests
{
    [Theory]
    [InlineData(0, 5, "0.0%")]
    [InlineData(1, 3, "33.3%")]
    [InlineData(2, 3, "66.7%")]
    [InlineData(1, 2000, "0.1%")]
    [InlineData(1, 2001, "0.0%")]
    [InlineData(999, 1000, "99.9%")]
    [InlineData(5, 5, "100.0%")]
    public void A_rate_shows_as_a_percentage_with_one_decimal_half_away_from_zero(long count, long denominator, string expected) =>
        Assert.Equal(expected, ReportText.Percent((decimal)count / denominator));

    [Theory]
    [InlineData("0.5", StandardComparison.AtLeast, ">= 50%")]
    [InlineData("0.75", StandardComparison.AtLeast, ">= 75%")]
    [InlineData("0.5", StandardComparison.MoreThan, "> 50%")]
    [InlineData("0.9", StandardComparison.AtLeast, ">= 90%")]
    public void A_target_shows_its_comparison_and_percentage(string target, StandardComparison comparison, string expected) =>
        Assert.Equal(expected, ReportText.Target(new ServiceStandard("s", "S", decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture), comparison, Source.M4("§6.4"))));

    [Fact]
    public void Two_thirds_shows_as_66_7_percent() =>
        Assert.Equal(">= 66.7%", ReportText.Target(new ServiceStandard("s", "S", 2m / 3m, StandardComparison.AtLeast, Source.M4("§6.4.3"))));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("two\nlines", "two lines")]
    [InlineData("tab\there", "tab here")]
    [InlineData("bell\u0007", "bell ")]
    [InlineData("pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept")]
    [InlineData("not a char \uFFFF", "not a char \uFFFD")]
    public void Text_is_cleaned_to_one_line_of_valid_characters(string text, string expected) =>
        Assert.Equal(expected, ReportText.Clean(text));

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character()
    {
        // Built in code: a test-case argument holding a lone surrogate would not survive the test runner.
        string text = "lone " + (char)0xD800 + " surrogate";
        Assert.Equal("lone \uFFFD surrogate", ReportText.Clean(text));
    }

    [Fact]
    public void A_surrogate_pair_after_a_replaced_character_is_kept_and_a_high_surrogate_at_the_end_is_replaced()
    {
        Assert.Equal("a \uD83D\uDE00 b", ReportText.Clean("a\n\uD83D\uDE00 b"));
        Assert.Equal("end \uFFFD", ReportText.Clean("end " + (char)0xD83D));
    }

    [Fact]
    public void The_title_names_the_rule_set_and_the_period() =>
        Assert.Equal("Service report: IAPT Manual v4 (2020.1), 2024-04-01 to 2025-03-31", ReportText.Title(Iapt.Rules.Tests.Cli.ReportSamples.Full()));

    [Fact]
    public void The_period_in_words_without_a_period_is_all_referrals() =>
        Assert.Equal("all referrals in the files", ReportText.PeriodWords(null));

    [Theory]
    [InlineData("IAPT Manual v4 (2020.1)", "IAPT Manual v4, version 2020.1")]
    [InlineData("(2020.1)", "(2020.1)")]
    [InlineData("local rules (draft", "local rules (draft")]
    [InlineData("local rules", "local rules")]
    public void A_rule_set_reads_name_comma_version_only_when_it_ends_in_a_version_in_brackets(string ruleSet, string expected) =>
        Assert.Equal(expected, ReportText.RuleSetWords(ruleSet));

    [Fact]
    public void Without_a_rejected_count_the_rows_sentence_gives_the_rows_read() =>
        Assert.Equal("1,012 rows read from the files.", ReportText.RowsSentence(new Iapt.Rules.Reporting.HeadlineCounts { RowsRead = 1012 }, null));

    [Fact]
    public void The_suppression_note_states_the_rule_what_is_withheld_with_it_and_what_stays_exact()
    {
        var report = Iapt.Rules.Tests.Cli.ReportSamples.Full() with { Suppressed = true, DisclosureRules = null };
        Assert.Equal(
            "Statistical disclosure control applied: small counts are withheld (shown as *) and the rest are rounded. A rate, its verdict against the standard and a mean are withheld where a count they rest on is withheld; the rates shown are computed from the exact counts. Rows read and rows rejected count input rows, not people, and are exact.",
            ReportText.SuppressionNote(report));
    }

    [Fact]
    public void A_compact_cell_with_its_rate_withheld_shows_the_count_and_a_star()
    {
        var figure = Iapt.Rules.Reporting.ReportFigure.Of("f", "F", 10, 20, "x") with { Rate = null, Withheld = Iapt.Rules.Reporting.FigureParts.Rate };
        Assert.Equal("10 (*)", ReportText.CompactCell(figure));
        Assert.Equal("*", ReportText.CompactCell(figure with { Count = null, Withheld = Iapt.Rules.Reporting.FigureParts.Rate | Iapt.Rules.Reporting.FigureParts.Count }));
    }

    [Fact]
    public void Sections_and_figures_left_default_are_empty()
    {
        var report = Iapt.Rules.Tests.Cli.ReportSamples.Full();
        Assert.Empty(ReportText.OrderedSections(report with { Sections = default }));
        Assert.Empty(ReportText.Standards(report with { Sections = [new("s", "S", default)] }));
    }
}

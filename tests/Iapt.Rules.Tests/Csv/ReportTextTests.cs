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
}

using Iapt.Rules.Csv;

namespace Iapt.Rules.Tests.Csv.Reading;

/// <summary>
/// The quoting of one raw field (RFC 4180, section 2, rules 5-7): a field is either unquoted, or one quoted run whose
/// inner quotes are doubled; unquoting drops the outer quotes, reads a doubled quote as one and trims.
/// </summary>
public class CsvFieldTests
{
    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("  spaced  ")]
    public void A_field_without_quotes_is_well_quoted(string raw) => Assert.True(CsvField.IsWellQuoted(raw));

    [Theory]
    [InlineData("\"x\"")]
    [InlineData("  \"x\"  ")]
    [InlineData("\"\"")]
    [InlineData("\"say \"\"hi\"\"\"")]
    public void One_quoted_run_with_doubled_inner_quotes_is_well_quoted(string raw) => Assert.True(CsvField.IsWellQuoted(raw));

    /// <summary>A lone quote opens a run it never closes.</summary>
    [Fact]
    public void A_lone_quote_is_not_well_quoted() => Assert.False(CsvField.IsWellQuoted("\""));

    /// <summary>A quote that ends a field it did not open (<c>a"</c>) is a quote inside an unquoted field.</summary>
    [Fact]
    public void A_quote_closing_an_unquoted_field_is_not_well_quoted() => Assert.False(CsvField.IsWellQuoted("a\""));

    [Fact]
    public void A_quoted_run_followed_by_text_is_not_well_quoted() => Assert.False(CsvField.IsWellQuoted("\"a\"b"));

    [Fact]
    public void A_single_inner_quote_is_not_well_quoted() => Assert.False(CsvField.IsWellQuoted("\"a\"b\""));

    [Fact]
    public void Unquoting_drops_the_outer_quotes_and_trims_inside() => Assert.Equal("x y", CsvField.Unquote("  \" x y \" ").ToString());

    [Fact]
    public void Unquoting_an_unquoted_field_only_trims() => Assert.Equal("x", CsvField.Unquote(" x ").ToString());

    /// <summary>A doubled quote at the very start of the quoted text is read as one quote like any other.</summary>
    [Fact]
    public void A_doubled_quote_at_the_start_of_the_text_is_read_as_one() =>
        Assert.Equal("\"x\"", CsvField.Unquote("\"\"\"x\"\"\"").ToString());

    [Fact]
    public void A_doubled_quote_inside_the_text_is_read_as_one() =>
        Assert.Equal("a\"b", CsvField.Unquote("\"a\"\"b\"").ToString());
}

using Iapt.Rules.Csv;

namespace Iapt.Rules.Tests.Csv;

/// <summary>
/// The HTML report's writer of HTML that is also well-formed XML (<c>XhtmlWriter</c>): HTML's void elements and SVG
/// shapes self-closed, every other HTML element with an explicit end tag (HTML ignores <c>/&gt;</c> on them), no
/// indentation, a line break written as one <c>\n</c>.
/// </summary>
public class XhtmlWriterTests
{
    private static string Write(Action<XhtmlWriter> write)
    {
        var output = new StringWriter();
        using (var html = new XhtmlWriter(output))
        {
            write(html);
        }

        return output.ToString();
    }

    [Theory]
    [InlineData("meta")]
    [InlineData("br")]
    [InlineData("hr")]
    [InlineData("link")]
    [InlineData("img")]
    [InlineData("input")]
    public void A_void_html_element_is_self_closed(string name) =>
        Assert.Equal($"<html xmlns=\"{XhtmlWriter.XhtmlNamespace}\"><{name} /></html>", Write(h => h.Open("html").Empty(name).Close()));

    [Theory]
    [InlineData("p")]
    [InlineData("div")]
    [InlineData("td")]
    public void An_empty_html_element_that_is_not_void_has_an_end_tag(string name) =>
        Assert.Equal($"<html xmlns=\"{XhtmlWriter.XhtmlNamespace}\"><{name}></{name}></html>", Write(h => h.Open("html").Empty(name).Close()));

    [Fact]
    public void An_empty_html_element_at_the_top_has_an_end_tag() =>
        Assert.Equal("<div class=\"a\"></div>", Write(h => h.Empty("div", "class", "a")));

    [Fact]
    public void Shapes_inside_svg_are_self_closed_and_svg_takes_its_namespace() =>
        Assert.Equal(
            $"<html xmlns=\"{XhtmlWriter.XhtmlNamespace}\"><p></p><svg xmlns=\"{XhtmlWriter.SvgNamespace}\"><g><rect x=\"1\" /></g><line /></svg><div></div></html>",
            Write(h => h.Open("html").Empty("p").Open("svg").Open("g").Empty("rect", "x", "1").Close().Empty("line").Close().Empty("div").Close()));

    [Fact]
    public void An_empty_svg_is_self_closed() =>
        Assert.Equal(
            $"<html xmlns=\"{XhtmlWriter.XhtmlNamespace}\"><svg xmlns=\"{XhtmlWriter.SvgNamespace}\" /></html>",
            Write(h => h.Open("html").Empty("svg").Close()));

    [Fact]
    public void Elements_are_not_indented_and_a_line_break_is_one_newline() =>
        Assert.Equal(
            $"<html xmlns=\"{XhtmlWriter.XhtmlNamespace}\">\n<body><p>a &lt;b&gt;</p></body>\n</html>",
            Write(h => h.Open("html").Line().Open("body").Element("p", "a <b>").Close().Line().Close()));

    [Theory]
    [InlineData(0.04, "0")]
    [InlineData(12.25, "12.2")]
    [InlineData(12.26, "12.3")]
    [InlineData(-3.0, "-3")]
    [InlineData(1234.5, "1234.5")]
    public void A_number_is_invariant_with_at_most_one_decimal(double value, string expected) =>
        Assert.Equal(expected, XhtmlWriter.N(value));
}

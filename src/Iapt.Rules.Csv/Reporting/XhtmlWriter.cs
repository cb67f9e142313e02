using System.Globalization;
using System.Xml;

namespace Iapt.Rules.Csv;

/// <summary>
/// A thin layer over <see cref="XmlWriter"/> for HTML that is also well-formed XML: every element closed (an
/// explicit end tag for HTML elements, since HTML ignores <c>/&gt;</c> on them; void elements and SVG shapes
/// self-closed), every attribute quoted, all text escaped and cleaned of characters XML cannot hold.
/// </summary>
internal sealed class XhtmlWriter : IDisposable
{
    /// <summary>The XHTML namespace.</summary>
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>The SVG namespace.</summary>
    public const string SvgNamespace = "http://www.w3.org/2000/svg";

    private static readonly HashSet<string> Void = ["meta", "br", "hr", "link", "img", "input"];
    private readonly XmlWriter xml;
    private readonly Stack<(string Name, bool Svg)> open = new();

    public XhtmlWriter(TextWriter output) =>
        xml = XmlWriter.Create(output, new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = false,
            NewLineChars = "\n",
            CloseOutput = false,
            ConformanceLevel = ConformanceLevel.Document,
        });

    /// <summary>Opens an HTML element with attributes given as name, value pairs.</summary>
    public XhtmlWriter Open(string name, params string[] attributes)
    {
        bool svg = name == "svg" || (open.Count > 0 && open.Peek().Svg);
        if (name == "html")
        {
            xml.WriteStartElement(name, XhtmlNamespace);
        }
        else if (name == "svg")
        {
            xml.WriteStartElement(name, SvgNamespace);
        }
        else
        {
            xml.WriteStartElement(name);
        }

        for (int i = 0; i + 1 < attributes.Length; i += 2)
        {
            xml.WriteAttributeString(attributes[i], ReportText.Clean(attributes[i + 1]));
        }

        open.Push((name, svg));
        return this;
    }

    /// <summary>Closes the innermost open element.</summary>
    public XhtmlWriter Close()
    {
        var (name, svg) = open.Pop();
        if (svg || Void.Contains(name))
        {
            xml.WriteEndElement();
        }
        else
        {
            xml.WriteFullEndElement();
        }

        return this;
    }

    /// <summary>Writes text, escaped.</summary>
    public XhtmlWriter Text(string text)
    {
        xml.WriteString(ReportText.Clean(text));
        return this;
    }

    /// <summary>Writes a line break between elements (for people reading the source).</summary>
    public XhtmlWriter Line()
    {
        xml.WriteWhitespace("\n");
        return this;
    }

    /// <summary>An element with text content.</summary>
    public XhtmlWriter Element(string name, string text, params string[] attributes) => Open(name, attributes).Text(text).Close();

    /// <summary>An element with no content (self-closed inside SVG and for void elements, else an explicit end tag).</summary>
    public XhtmlWriter Empty(string name, params string[] attributes) => Open(name, attributes).Close();

    /// <summary>A number for an SVG attribute: invariant, at most one decimal.</summary>
    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        xml.Flush();
        xml.Dispose();
    }
}

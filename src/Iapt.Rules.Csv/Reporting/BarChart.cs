namespace Iapt.Rules.Csv;

/// <summary>
/// A horizontal bar chart laid out so that no two texts can overlap, whatever the number of bars and the length of
/// the labels: one row per bar, each row as tall as its label's lines; labels right-aligned in a column as wide as
/// the longest line; each value just after its bar, in a column wide enough for the longest value; the target's
/// label in a row of its own above the bars and the scale's ticks in a row of their own below them.
/// </summary>
/// <remarks>
/// Text widths are estimated generously (<see cref="CharWidth"/> per character of 12 px text), so the estimate is
/// an upper bound for the usual sans-serif fonts; the browser test checks the rendered boxes of the sample.
/// </remarks>
internal sealed class BarChart
{
    /// <summary>The estimated width of one character of chart text (12 px), in SVG units: generous.</summary>
    public const double CharWidth = 7.4;

    /// <summary>The height of one line of chart text, in SVG units.</summary>
    public const double LineHeight = 15;

    /// <summary>The longest label line, in characters; longer labels wrap at spaces.</summary>
    public const int MaxLabelChars = 42;

    private const double BarHeight = 18;
    private const double RowGap = 8;
    private const double BarMax = 320;
    private const double Gap = 8;

    /// <summary>One bar: its label, its length as a share of the scale (0 to 1, or null for none), the text after it and its fill.</summary>
    /// <param name="Label">The label.</param>
    /// <param name="Share">The bar's length as a share of the full scale, or <see langword="null"/> for no bar.</param>
    /// <param name="Value">The text after the bar (or in its place when there is no bar).</param>
    /// <param name="Fill">The bar's colour.</param>
    /// <param name="Muted">Whether the value text is a note (suppressed, no data) rather than a number.</param>
    public sealed record Bar(string Label, double? Share, string Value, string Fill, bool Muted = false);

    /// <summary>A text placed on the chart: its anchor point, how it is anchored, its lines and its estimated box.</summary>
    public sealed record PlacedText(double X, double Y, string Anchor, IReadOnlyList<string> Lines, Box Box, bool Muted = false);

    /// <summary>A rectangle in SVG units.</summary>
    public readonly record struct Box(double Left, double Top, double Width, double Height)
    {
        /// <summary>Whether two boxes share any area.</summary>
        public bool Overlaps(Box other) =>
            Left < other.Left + other.Width && other.Left < Left + Width && Top < other.Top + other.Height && other.Top < Top + Height;
    }

    /// <summary>Lays out the bars, with an optional target (a share of the scale and its label) and scale ticks.</summary>
    public BarChart(IReadOnlyList<Bar> bars, (double Share, string Label)? target = null, IReadOnlyList<(double Share, string Label)>? ticks = null)
    {
        Bars = bars;
        var labelLines = bars.Select(b => Wrap(b.Label, MaxLabelChars)).ToList();
        LabelWidth = Gap + (CharWidth * labelLines.SelectMany(l => l).Select(l => l.Length).DefaultIfEmpty(4).Max());
        double valueWidth = (CharWidth * bars.Select(b => b.Value.Length).DefaultIfEmpty(4).Max()) + Gap;
        BarLeft = LabelWidth + Gap;
        double top = target is null ? 6 : 6 + LineHeight + 6;
        double? targetX = target is var (targetShare, _) ? BarLeft + (BarMax * Math.Clamp(targetShare, 0, 1)) : null;
        var texts = new List<PlacedText>();
        var rows = new List<(double Top, double Height)>();
        double y = top;
        for (int i = 0; i < bars.Count; i++)
        {
            var lines = labelLines[i];
            double height = Math.Max(BarHeight, lines.Count * LineHeight) + RowGap;
            rows.Add((y, height));
            double textTop = y + ((height - RowGap - (lines.Count * LineHeight)) / 2);
            texts.Add(new PlacedText(LabelWidth, textTop + 12, "end", lines,
                new Box(LabelWidth - WidthOf(lines), textTop, WidthOf(lines), lines.Count * LineHeight)));
            double barEnd = BarLeft + (BarMax * Math.Clamp(bars[i].Share ?? 0d, 0d, 1d));
            // After the bar, and after the target line when the bar stops short of it, so the line never crosses the text.
            double valueLeft = Math.Max(barEnd, targetX ?? barEnd) + Gap;
            double valueTop = y + ((height - RowGap - LineHeight) / 2);
            texts.Add(new PlacedText(valueLeft, valueTop + 12, "start", [bars[i].Value],
                new Box(valueLeft, valueTop, CharWidth * bars[i].Value.Length, LineHeight), bars[i].Muted));
            y += height;
        }

        Rows = rows;
        Bottom = y;
        Width = BarLeft + BarMax + Gap + valueWidth;
        if (target is var (_, targetLabel) && targetX is double lineX)
        {
            TargetX = lineX;
            double left = Math.Min(lineX + 4, Width - (CharWidth * targetLabel.Length));
            texts.Add(new PlacedText(left, 6 + 12, "start", [targetLabel], new Box(left, 6, CharWidth * targetLabel.Length, LineHeight)));
        }

        double tickRow = Bottom + 4;
        foreach (var (share, label) in ticks ?? [])
        {
            double x = BarLeft + (BarMax * share);
            double width = CharWidth * label.Length;
            texts.Add(new PlacedText(x, tickRow + 12, "middle", [label], new Box(x - (width / 2), tickRow, width, LineHeight)));
        }

        Height = (ticks is { Count: > 0 } ? tickRow + LineHeight : Bottom) + 6;
        Texts = texts;
    }

    /// <summary>The bars, in order.</summary>
    public IReadOnlyList<Bar> Bars { get; }

    /// <summary>Each bar's row: its top and height.</summary>
    public IReadOnlyList<(double Top, double Height)> Rows { get; }

    /// <summary>Every text of the chart with its estimated box.</summary>
    public IReadOnlyList<PlacedText> Texts { get; }

    /// <summary>The width of the label column.</summary>
    public double LabelWidth { get; }

    /// <summary>Where the bars start.</summary>
    public double BarLeft { get; }

    /// <summary>The bottom of the last row.</summary>
    public double Bottom { get; }

    /// <summary>The x of the target line, when there is a target.</summary>
    public double? TargetX { get; }

    /// <summary>The chart's width.</summary>
    public double Width { get; }

    /// <summary>The chart's height.</summary>
    public double Height { get; }

    /// <summary>The length of a full bar.</summary>
    public static double FullBar => BarMax;

    /// <summary>Writes the chart's shapes and texts into an open <c>svg</c> element.</summary>
    public void Draw(XhtmlWriter html, string muted)
    {
        if (TargetX is double x)
        {
            html.Empty("line", "x1", XhtmlWriter.N(x), "y1", XhtmlWriter.N(6 + LineHeight), "x2", XhtmlWriter.N(x), "y2", XhtmlWriter.N(Bottom),
                "stroke", "#212b32", "stroke-width", "1.5", "stroke-dasharray", "5 3");
        }

        for (int i = 0; i < Bars.Count; i++)
        {
            var (top, height) = Rows[i];
            if (Bars[i].Share is double share)
            {
                html.Empty("rect", "x", XhtmlWriter.N(BarLeft), "y", XhtmlWriter.N(top + ((height - RowGap - BarHeight) / 2)),
                    "width", XhtmlWriter.N(BarMax * Math.Clamp(share, 0, 1)), "height", XhtmlWriter.N(BarHeight), "fill", Bars[i].Fill);
            }
        }

        html.Empty("line", "x1", XhtmlWriter.N(BarLeft), "y1", "6", "x2", XhtmlWriter.N(BarLeft), "y2", XhtmlWriter.N(Bottom), "stroke", "#768692");
        foreach (var text in Texts)
        {
            var attributes = new List<string> { "x", XhtmlWriter.N(text.X), "y", XhtmlWriter.N(text.Y), "text-anchor", text.Anchor, "class", "label" };
            if (text.Muted)
            {
                attributes.AddRange(["fill", muted, "font-style", "italic"]);
            }

            html.Open("text", [.. attributes]);
            if (text.Lines.Count == 1)
            {
                html.Text(text.Lines[0]);
            }
            else
            {
                for (int line = 0; line < text.Lines.Count; line++)
                {
                    html.Element("tspan", text.Lines[line], "x", XhtmlWriter.N(text.X), "dy", line == 0 ? "0" : XhtmlWriter.N(LineHeight));
                }
            }

            html.Close();
        }
    }

    /// <summary>Splits text into lines of at most <paramref name="max"/> characters at spaces (a longer word stays whole).</summary>
    public static IReadOnlyList<string> Wrap(string text, int max)
    {
        var lines = new List<string>();
        string line = string.Empty;
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > max)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return lines;
    }

    private static double WidthOf(IReadOnlyList<string> lines) => CharWidth * lines.Max(l => l.Length);
}

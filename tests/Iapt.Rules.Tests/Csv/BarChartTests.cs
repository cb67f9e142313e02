using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Csv;

namespace Iapt.Rules.Tests.Csv;

/// <summary>The layout of the HTML report's bar charts: no two texts overlap at any number of bars or length of label.</summary>
public class BarChartTests
{
    private static BarChart Chart(IEnumerable<(string Label, double? Share, string Value)> bars, bool target) =>
        new([.. bars.Select(b => new BarChart.Bar(b.Label, b.Share, b.Value, "#005eb8", b.Share is null))],
            target ? (0.5, "standard >= 50%") : null, [(0, "0%"), (0.5, "50%"), (1, "100%")]);

    private static void AssertNoOverlapAndInside(BarChart chart)
    {
        var boxes = chart.Texts.Select(t => t.Box).ToList();
        for (int i = 0; i < boxes.Count; i++)
        {
            Assert.True(boxes[i].Left >= 0 && boxes[i].Top >= 0, $"text {i} starts inside the chart");
            Assert.True(boxes[i].Left + boxes[i].Width <= chart.Width + 0.001, $"text {i} ends inside the chart's width");
            Assert.True(boxes[i].Top + boxes[i].Height <= chart.Height + 0.001, $"text {i} ends inside the chart's height");
            for (int j = i + 1; j < boxes.Count; j++)
            {
                Assert.False(boxes[i].Overlaps(boxes[j]), $"texts {i} and {j} overlap");
            }
        }
    }

    [Fact]
    public void One_bar_lays_out_a_label_a_value_and_the_ticks()
    {
        var chart = Chart([("Depression (F32, F33)", 0.25, "25.0%")], target: true);
        Assert.Equal(["Depression (F32, F33)", "25.0%", "standard >= 50%", "0%", "50%", "100%"], chart.Texts.Select(t => string.Join(" ", t.Lines)));
        AssertNoOverlapAndInside(chart);
    }

    [Fact]
    public void A_value_after_a_bar_short_of_the_target_starts_after_the_target_line()
    {
        var chart = Chart([("Panic disorder (F41.0)", 0.1, "10.0% not met")], target: true);
        Assert.True(chart.Texts[1].Box.Left > chart.TargetX, "the value starts right of the target line");
    }

    [Theory]
    [InlineData("Medically unexplained symptoms not otherwise specified (F45.0-F45.1, F45.3-F45.9)", 3)]
    [InlineData("Depression (F32, F33)", 1)]
    [InlineData("Post-traumatic stress disorder (F43.1) 42c", 1)]
    [InlineData("Post-traumatic stress disorder (F43.1) 43ch", 2)]
    [InlineData("averyveryverylongwordwithnospacesatallthatcannotwrapanywhereatall", 1)]
    public void Long_labels_wrap_at_spaces_into_lines_of_at_most_42_characters(string label, int lines)
    {
        var wrapped = BarChart.Wrap(label, BarChart.MaxLabelChars);
        Assert.Equal(lines, wrapped.Count);
        Assert.Equal(label, string.Join(" ", wrapped));
        Assert.All(wrapped.SkipLast(1), l => Assert.True(l.Length <= BarChart.MaxLabelChars));
    }

    // Boxes of 10 by 10: touching edges do not overlap, any shared area does.
    [Theory]
    [InlineData(10, 0, false)]
    [InlineData(9, 0, true)]
    [InlineData(-10, 0, false)]
    [InlineData(-9, 0, true)]
    [InlineData(0, 10, false)]
    [InlineData(0, 9, true)]
    [InlineData(0, -10, false)]
    [InlineData(0, -9, true)]
    [InlineData(5, 5, true)]
    [InlineData(0, 0, true)]
    public void Boxes_overlap_when_they_share_area_and_not_when_they_only_touch(double left, double top, bool overlaps)
    {
        var box = new BarChart.Box(0, 0, 10, 10);
        var other = new BarChart.Box(left, top, 10, 10);
        Assert.Equal(overlaps, box.Overlaps(other));
        Assert.Equal(overlaps, other.Overlaps(box));
    }

    /// <summary>
    /// With a target, the bars start below the target's row (6 above it, a line of 15, 6 below); without one, 6 from the
    /// top. A one-line label's row is the bar's 18 and a gap of 8; its label and value are centred on the bar, their
    /// baselines 12 below their tops.
    /// </summary>
    [Fact]
    public void Rows_start_below_the_target_row_and_a_one_line_label_is_centred_on_its_bar()
    {
        var withTarget = Chart([("Depression", 0.5, "50.0%")], target: true);
        Assert.Equal((27d, 26d), withTarget.Rows[0]);
        var label = withTarget.Texts[0];
        Assert.Equal(("end", withTarget.LabelWidth, 28.5 + 12), (label.Anchor, label.X, label.Y));
        Assert.Equal(new BarChart.Box(withTarget.LabelWidth - (7.4 * 10), 28.5, 7.4 * 10, 15), label.Box);
        var value = withTarget.Texts[1];
        Assert.Equal(("start", 28.5 + 12), (value.Anchor, value.Y));
        Assert.Equal(28.5, value.Box.Top);

        var withoutTarget = Chart([("Depression", 0.5, "50.0%")], target: false);
        Assert.Equal((6d, 26d), withoutTarget.Rows[0]);
        Assert.Null(withoutTarget.TargetX);
    }

    /// <summary>
    /// A label of two lines makes its row 2 × 15 + 8 tall; the label fills it above the gap, the value is centred
    /// (7.5 down), the label's box is as wide as its longer line.
    /// </summary>
    [Fact]
    public void A_two_line_label_makes_its_row_taller_and_its_value_is_centred()
    {
        var chart = Chart([("Medically unexplained symptoms not otherwise specified", 0.5, "1")], target: false);
        Assert.Equal((6d, 38d), chart.Rows[0]);
        var label = chart.Texts[0];
        Assert.Equal(["Medically unexplained symptoms not", "otherwise specified"], label.Lines);
        Assert.Equal(new BarChart.Box(chart.LabelWidth - (7.4 * 34), 6, 7.4 * 34, 30), label.Box);
        Assert.Equal(6 + 12, label.Y);
        Assert.Equal(6 + 7.5 + 12, chart.Texts[1].Y);
    }

    /// <summary>A value starts 8 after its bar's end (a bar of no share ends where the bars start).</summary>
    [Fact]
    public void A_value_starts_just_after_its_bar()
    {
        var chart = Chart([("a", 0.5, "50.0%"), ("b", null, "no data")], target: false);
        Assert.Equal(chart.BarLeft + (BarChart.FullBar * 0.5) + 8, chart.Texts[1].Box.Left);
        Assert.Equal(chart.BarLeft + 8, chart.Texts[3].Box.Left);
        Assert.True(chart.Texts[3].Muted);
    }

    /// <summary>
    /// The target's label sits in its own row (top 6, baseline 18), 4 right of the target line, or moved left to end
    /// inside the chart; the ticks sit 4 below the last row, centred on their share of the scale, and the chart ends
    /// 6 below them (or 6 below the last row when there are no ticks).
    /// </summary>
    [Fact]
    public void The_target_label_and_the_ticks_have_rows_of_their_own()
    {
        var chart = Chart([("a", 0.25, "25.0%")], target: true);
        var target = chart.Texts[2];
        Assert.Equal(chart.BarLeft + (BarChart.FullBar * 0.5), chart.TargetX);
        Assert.Equal((chart.TargetX!.Value + 4, 18d), (target.X, target.Y));
        Assert.Equal(new BarChart.Box(chart.TargetX.Value + 4, 6, 7.4 * "standard >= 50%".Length, 15), target.Box);
        var middle = chart.Texts[4];
        Assert.Equal(("middle", chart.BarLeft + (BarChart.FullBar * 0.5), chart.Bottom + 4 + 12), (middle.Anchor, middle.X, middle.Y));
        Assert.Equal(new BarChart.Box(middle.X - (7.4 * 3 / 2), chart.Bottom + 4, 7.4 * 3, 15), middle.Box);
        Assert.Equal(chart.Bottom + 4 + 15 + 6, chart.Height);

        var full = new BarChart([new BarChart.Bar("a", 1, "1", "#005eb8")], (1, "a very long standard label"));
        Assert.Equal(full.Width - (7.4 * "a very long standard label".Length), full.Texts[^1].X);
        Assert.Equal(full.Bottom + 6, full.Height);
        var noTicks = new BarChart([new BarChart.Bar("a", 1, "1", "#005eb8")], null, []);
        Assert.Equal(noTicks.Bottom + 6, noTicks.Height);
    }

    private static System.Xml.Linq.XElement Drawn(BarChart chart)
    {
        var output = new StringWriter();
        using (var html = new XhtmlWriter(output))
        {
            html.Open("svg");
            chart.Draw(html, "#4c6272");
            html.Close();
        }

        return System.Xml.Linq.XElement.Parse(output.ToString());
    }

    /// <summary>
    /// Drawn: the target as a dashed line from below its label's row to the last row, each bar a rectangle centred in
    /// its row, the axis a grey line where the bars start, each text with its anchor, notes grey and italic.
    /// </summary>
    [Fact]
    public void Drawing_puts_the_target_line_the_bars_the_axis_and_the_texts()
    {
        var chart = Chart([("Medically unexplained symptoms not otherwise specified", 0.5, "1"), ("b", null, "no data")], target: true);
        var svg = Drawn(chart);
        System.Xml.Linq.XNamespace ns = XhtmlWriter.SvgNamespace;
        string N(double v) => XhtmlWriter.N(v);
        string A(System.Xml.Linq.XElement e, string name) => (string)e.Attribute(name)!;

        var lines = svg.Elements(ns + "line").ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal([N(chart.TargetX!.Value), "21", N(chart.TargetX.Value), N(chart.Bottom), "#212b32", "1.5", "5 3"],
            new[] { "x1", "y1", "x2", "y2", "stroke", "stroke-width", "stroke-dasharray" }.Select(a => A(lines[0], a)));
        Assert.Equal([N(chart.BarLeft), "6", N(chart.BarLeft), N(chart.Bottom), "#768692"],
            new[] { "x1", "y1", "x2", "y2", "stroke" }.Select(a => A(lines[1], a)));

        var rect = Assert.Single(svg.Elements(ns + "rect"));
        Assert.Equal([N(chart.BarLeft), N(chart.Rows[0].Top + 6), N(160), "18", "#005eb8"],
            new[] { "x", "y", "width", "height", "fill" }.Select(a => A(rect, a)));

        var texts = svg.Elements(ns + "text").ToList();
        Assert.Equal(chart.Texts.Count, texts.Count);
        var label = texts[0];
        Assert.Equal([N(chart.Texts[0].X), N(chart.Texts[0].Y), "end", "label"], new[] { "x", "y", "text-anchor", "class" }.Select(a => A(label, a)));
        Assert.Equal(
            [("Medically unexplained symptoms not", N(chart.Texts[0].X), "0"), ("otherwise specified", N(chart.Texts[0].X), "15")],
            label.Elements(ns + "tspan").Select(t => (t.Value, A(t, "x"), A(t, "dy"))));
        Assert.Null(label.Attribute("fill"));
        var note = texts[3];
        Assert.Equal(["no data", "#4c6272", "italic"], new[] { note.Value, A(note, "fill"), A(note, "font-style") });
        Assert.Empty(note.Elements());
    }

    private static Gen<List<(string Label, double? Share, string Value)>> Bars() =>
        from bars in Gen.ListOf(
            from label in Gen.Elements("a", "Depression", "Other anxiety (other F40 to F43)", "x y z", "a locally recorded problem with a very long name indeed that wraps", "")
            from share in Gen.Choose(-1, 120)
            from value in Gen.Elements("1", "100.0% not met", "1,000,000 (100.0%)", "suppressed", "")
            select (label, share < 0 ? (double?)null : share / 100.0, value))
        select bars.Take(90).ToList();

    [Property(MaxTest = 200)]
    public Property No_two_texts_overlap_and_all_stay_inside_whatever_the_bars() =>
        Prop.ForAll(Bars().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (bars, target) =>
        {
            var chart = Chart(bars, target);
            AssertNoOverlapAndInside(chart);
            return chart.Rows.Count == bars.Count;
        });
}

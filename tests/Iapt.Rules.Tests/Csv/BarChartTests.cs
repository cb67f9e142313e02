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
    [InlineData("averyveryverylongwordwithnospacesatallthatcannotwrapanywhereatall", 1)]
    public void Long_labels_wrap_at_spaces_into_lines_of_at_most_42_characters(string label, int lines)
    {
        var wrapped = BarChart.Wrap(label, BarChart.MaxLabelChars);
        Assert.Equal(lines, wrapped.Count);
        Assert.Equal(label, string.Join(" ", wrapped));
        Assert.All(wrapped.SkipLast(1), l => Assert.True(l.Length <= BarChart.MaxLabelChars));
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

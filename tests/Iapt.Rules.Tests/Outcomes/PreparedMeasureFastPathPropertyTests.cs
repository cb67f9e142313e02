using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Measures;
using Iapt.Rules.Numerics;
using Iapt.Rules.Outcomes;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Tests.Outcomes;

/// <summary>
/// The classifier's per-measure comparisons cross-multiply inline in 64 bits (issue 19); they must decide caseness
/// and reliable change exactly as the general <see cref="Ratio"/> comparisons do, for every valid score: whole
/// totals, MI means as files record them (hundredths to billionths) and MI means from items (27ths), and under
/// thresholds too fine for the inline path.
/// </summary>
public class PreparedMeasureFastPathPropertyTests
{
    private static readonly MeasureDefinition Mi = RuleSet.ManualV4.Measures[MeasureKeys.Mi];

    /// <summary>Every measure the Manual v4 classifier may use, and the MI with thresholds in billionths.</summary>
    private static readonly MeasureDefinition[] Measures =
    [
        .. RuleSet.ManualV4.Measures.Where(m => m.IsScorable && m.Caseness is not null && m.ReliableChange is not null),
        Mi with
        {
            Caseness = Mi.Caseness! with { CutOff = 2.300000001m },
            ReliableChange = Mi.ReliableChange!.Value with { Value = 0.730000001m },
        },
    ];

    /// <summary>A valid score on a measure, made the ways a report makes them.</summary>
    private static Gen<Score> ScoreOn(MeasureDefinition measure)
    {
        if (measure.Method == ScoringMethod.ItemMean)
        {
            var recorded =
                from places in Gen.Choose(0, 9)
                from fraction in Gen.Choose(0, 1_000_000_000)
                from whole in Gen.Choose(measure.ItemMinimum, measure.ItemMaximum - 1)
                let mean = whole + Math.Round(fraction / 1_000_000_000m, places)
                select measure.ScoreTotal(mean).AsT0;
            var items = Gen.Choose(measure.ItemMinimum, measure.ItemMaximum).ArrayOf(measure.ItemCount!.Value)
                .Select(answers => measure.ScoreItems(answers).AsT0);
            var hundredths = Gen.Choose(measure.ItemMinimum * 100, measure.ItemMaximum * 100)
                .Select(h => measure.ScoreTotal(h / 100m).AsT0);
            return Gen.OneOf(recorded, items, hundredths);
        }

        return Gen.Choose((int)measure.TotalMinimum!.Value, (int)measure.TotalMaximum!.Value)
            .Select(total => measure.ScoreTotal(total).AsT0);
    }

    private static Arbitrary<(MeasureDefinition Measure, Score First, Score Last)> Pairs() =>
        Gen.Elements(Measures)
            .SelectMany(m => ScoreOn(m).Two(), (m, scores) => (m, scores.Item1, scores.Item2))
            .ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property Caseness_inline_equals_the_general_comparison() =>
        Prop.ForAll(Pairs(), input =>
        {
            var prepared = new PreparedMeasure(input.Measure);
            var rule = input.Measure.Caseness!;
            int comparison = input.First.Ratio.CompareTo(rule.CutOff.Ratio);
            bool expected = rule.Comparison == CasenessComparison.AtOrAbove ? comparison >= 0 : comparison > 0;
            return prepared.IsCase(input.First.Ratio) == expected && rule.IsCase(input.First.Ratio) == expected;
        });

    [Property(MaxTest = 1000)]
    public Property Reliable_change_inline_equals_the_general_comparison() =>
        Prop.ForAll(Pairs(), input =>
        {
            var prepared = new PreparedMeasure(input.Measure);
            var threshold = input.Measure.ReliableChange!.Value.Value.Ratio;
            int facts = prepared.Assess(new ScorePair(input.First, input.Last));
            bool fell = Ratio.CompareDifference(input.First.Ratio, input.Last.Ratio, threshold) >= 0;
            bool rose = Ratio.CompareDifference(input.Last.Ratio, input.First.Ratio, threshold) >= 0;
            return ((facts & PreparedMeasure.Fell) != 0) == fell && ((facts & PreparedMeasure.Rose) != 0) == rose;
        });

    [Theory]
    [InlineData("2.3", "1.57", true, false)]   // 2.3 - 1.57 = 0.73, exactly the MI's reliable-change value: reliable
    [InlineData("2.3", "1.58", false, false)]
    [InlineData("1.57", "2.3", false, true)]
    [InlineData("2.31", "1.58", true, false)]
    public void An_MI_change_exactly_equal_to_the_reliable_change_value_is_reliable(string first, string last, bool fell, bool rose)
    {
        var prepared = new PreparedMeasure(Mi);
        var pair = new ScorePair(
            Mi.ScoreTotal(decimal.Parse(first, System.Globalization.CultureInfo.InvariantCulture)).AsT0,
            Mi.ScoreTotal(decimal.Parse(last, System.Globalization.CultureInfo.InvariantCulture)).AsT0);
        int facts = prepared.Assess(pair);
        Assert.Equal(fell, (facts & PreparedMeasure.Fell) != 0);
        Assert.Equal(rose, (facts & PreparedMeasure.Rose) != 0);
    }

    [Theory]
    [InlineData("2.3", false)]     // the MI's cut-off is strictly above 2.3
    [InlineData("2.31", true)]
    [InlineData("2.300000001", true)]
    public void The_MI_cut_off_is_strictly_above(string mean, bool isCase)
    {
        var prepared = new PreparedMeasure(Mi);
        var score = Mi.ScoreTotal(decimal.Parse(mean, System.Globalization.CultureInfo.InvariantCulture)).AsT0;
        Assert.Equal(isCase, prepared.IsCase(score.Ratio));
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Measures;

/// <summary>
/// Scoring from items sums eight answers at a time in vectors, and a recorded decimal total is range-checked by
/// integer cross-multiplication (issue 19); both must give what the plain definitions give, for any answers.
/// </summary>
public class ScoringFastPathPropertyTests
{
    private static readonly MeasureDefinition Phq9 = RuleSet.ManualV4.Measures[MeasureKeys.Phq9];

    /// <summary>Every scorable measure, and two with item ranges too wide for the vector lanes (the scalar path).</summary>
    private static readonly MeasureDefinition[] Measures =
    [
        .. RuleSet.ManualV4.Measures.Where(m => m.IsScorable),
        Phq9 with { ItemMaximum = 3_000_000 },
        Phq9 with { ItemMinimum = -3_000_000, ItemCount = 30 },
    ];

    /// <summary>Answers of the right count, each in range or a little outside it (or far outside, now and then).</summary>
    private static Arbitrary<(MeasureDefinition Measure, int[] Items)> Answers() =>
        Gen.Elements(Measures)
            .SelectMany(
                m => Gen.Frequency(
                        (20, Gen.Choose(m.ItemMinimum, m.ItemMaximum)),
                        (1, Gen.Choose(m.ItemMinimum - 3, m.ItemMaximum + 3)),
                        (1, Gen.Elements(int.MinValue, int.MaxValue, -1_000_000_000, 1_000_000_000)))
                    .ArrayOf(m.ItemCount!.Value),
                (m, items) => (m, items))
            .ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property Scoring_items_equals_the_plain_sum_and_range_check() =>
        Prop.ForAll(Answers(), input =>
        {
            var (measure, items) = input;
            int[] outside = [.. items.Select((a, i) => (a, i)).Where(x => x.a < measure.ItemMinimum || x.a > measure.ItemMaximum).Select(x => x.i + 1)];
            long sum = items.Sum(a => (long)a);
            return measure.ScoreItems(items).Match(
                score => outside.Length == 0
                         && score.Ratio.Numerator == sum
                         && score.Ratio.Denominator == (measure.Method == ScoringMethod.Sum ? 1 : items.Length),
                error => outside.Length > 0 && error.Kind == ScoringErrorKind.ItemOutOfRange && error.Positions.SequenceEqual(outside));
        });

    /// <summary>A recorded decimal total near a measure's range: whole, in hundredths or in billionths.</summary>
    private static Arbitrary<(MeasureDefinition Measure, decimal Total)> Totals() =>
        Gen.Elements(RuleSet.ManualV4.Measures.Where(m => m.IsScorable).ToArray())
            .SelectMany(
                m => from whole in Gen.Choose((int)m.TotalMinimum!.Value - 2, (int)m.TotalMaximum!.Value + 2)
                     from fraction in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(-99, 99)), (1, Gen.Choose(-999_999_999, 999_999_999)))
                     from billionths in Gen.Elements(true, false)
                     select whole + (fraction / (billionths ? 1_000_000_000m : 100m)),
                (m, total) => (m, total))
            .ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property A_decimal_total_is_in_range_exactly_when_the_decimal_comparison_says_so() =>
        Prop.ForAll(Totals(), input =>
        {
            var (measure, total) = input;
            bool whole = decimal.Truncate(total) == total;
            bool inRange = total >= measure.TotalMinimum!.Value && total <= measure.TotalMaximum!.Value;
            return measure.ScoreTotal(total).Match(
                score => inRange && (whole || measure.Method == ScoringMethod.ItemMean) && score.Value == total,
                error => error.Kind == (measure.Method == ScoringMethod.Sum && !whole
                    ? ScoringErrorKind.NotInteger
                    : ScoringErrorKind.TotalOutOfRange) && (!inRange || !whole));
        });
}

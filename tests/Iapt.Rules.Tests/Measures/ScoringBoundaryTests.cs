using Iapt.Rules.Measures;
using Iapt.Rules.Provenance;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Measures;

/// <summary>
/// Scoring at the edges of its fast paths: item arrays whose lengths fill 256-bit vectors (8 answers), 128-bit
/// vectors (4) and the scalar tail in every combination; item ranges at and beyond the bounds under which the vector
/// lanes cannot overflow (|answer| up to 2^20, at most 1024 answers); recorded totals beyond the 2^30 bound of the
/// integer range check; and the paths that read items as nullable numbers, item answers or text. Every expectation
/// is a plain long sum and range check or a hand-computed value.
/// </summary>
public class ScoringBoundaryTests
{
    private static readonly Source LocalSource = new("LOCAL", "boundary test measure");

    private static readonly MeasureDefinition Phq9 = RuleSet.ManualV4.Measures[MeasureKeys.Phq9];

    /// <summary>A summed local measure; items from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    private static MeasureDefinition Local(int count, int minimum, int maximum, ScoringMethod method = ScoringMethod.Sum) => new()
    {
        Key = "local",
        Name = "A local measure",
        Role = MeasureRole.Outcome,
        ItemCount = count,
        ItemMinimum = minimum,
        ItemMaximum = maximum,
        Method = method,
        StructureSource = LocalSource,
        CountsForRecovery = new Sourced<bool>(false, LocalSource),
    };

    /// <summary>In-range answers 1-5 cycling from <paramref name="first"/>: no two neighbouring lanes alike.</summary>
    private static int[] Cycling(int count, int first = 1) => [.. Enumerable.Range(0, count).Select(i => 1 + ((first - 1 + i) % 5))];

    private static long PlainSum(int[] items) => items.Sum(a => (long)a);

    private static void AssertSum(MeasureDefinition measure, int[] items, long expected)
    {
        var score = measure.ScoreItems(items).AsT0;
        Assert.Equal(expected, score.Ratio.Numerator);
        Assert.Equal(1, score.Ratio.Denominator);
    }

    // Items scored 1-5 (the lower bound is not 0, so the range check's shift by the minimum matters): every length
    // from a 128-bit vector alone (4-7) through one or more 256-bit vectors plus a tail.
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(12)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    public void Answers_all_at_the_item_maximum_sum_to_count_times_the_maximum(int count)
    {
        var measure = Local(count, 1, 5);
        AssertSum(measure, [.. Enumerable.Repeat(5, count)], 5L * count);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(33)]
    public void Answers_all_at_the_item_minimum_sum_to_count_times_the_minimum(int count)
    {
        var measure = Local(count, 1, 5);
        AssertSum(measure, [.. Enumerable.Repeat(1, count)], count);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    public void Mixed_in_range_answers_sum_to_their_plain_sum(int count)
    {
        int[] items = Cycling(count, first: 3);
        AssertSum(Local(count, 1, 5), items, PlainSum(items));
    }

    // One answer just outside 1-5 (0 below, 6 above) in the first lane, a middle lane, the last lane of a vector, or
    // the scalar tail: it is found, and it is the only position named.
    [Theory]
    [InlineData(4, 1, 0)]
    [InlineData(4, 4, 6)]
    [InlineData(5, 5, 0)]
    [InlineData(7, 1, 6)]
    [InlineData(7, 3, 0)]
    [InlineData(7, 4, 6)]
    [InlineData(7, 5, 0)]
    [InlineData(7, 7, 6)]
    [InlineData(8, 1, 0)]
    [InlineData(8, 5, 6)]
    [InlineData(8, 8, 0)]
    [InlineData(9, 1, 6)]
    [InlineData(9, 8, 0)]
    [InlineData(9, 9, 6)]
    [InlineData(15, 1, 0)]
    [InlineData(15, 9, 6)]
    [InlineData(15, 12, 0)]
    [InlineData(15, 13, 6)]
    [InlineData(15, 15, 0)]
    [InlineData(16, 9, 6)]
    [InlineData(16, 16, 0)]
    [InlineData(17, 16, 6)]
    [InlineData(17, 17, 0)]
    [InlineData(31, 24, 6)]
    [InlineData(31, 25, 0)]
    [InlineData(31, 31, 6)]
    [InlineData(32, 1, 0)]
    [InlineData(32, 32, 6)]
    [InlineData(33, 32, 0)]
    [InlineData(33, 33, 6)]
    public void One_answer_outside_the_item_range_is_named_wherever_it_falls(int count, int position, int answer)
    {
        int[] items = Cycling(count);
        items[position - 1] = answer;
        var error = Local(count, 1, 5).ScoreItems(items).AsT1;
        Assert.Equal(ScoringErrorKind.ItemOutOfRange, error.Kind);
        Assert.Equal(new[] { position }, error.Positions);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(33)]
    public void Answers_outside_the_range_in_every_vector_and_the_tail_are_all_named(int count)
    {
        int[] items = Cycling(count);
        int[] outside = [1, 4, 8, count];
        foreach (int position in outside)
        {
            items[position - 1] = position % 2 == 0 ? 0 : 6;
        }

        var error = Local(count, 1, 5).ScoreItems(items).AsT1;
        Assert.Equal(outside, error.Positions);
    }

    // Item ranges too wide for 32-bit lanes: the sum stays exact in 64 bits (ScoreItems reads any definition, validated
    // or not, and promises the same result on every path).
    [Theory]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(17)]
    public void Answers_up_to_int_max_sum_exactly_beyond_32_bits(int count)
    {
        var measure = Local(count, 0, int.MaxValue);
        AssertSum(measure, [.. Enumerable.Repeat(int.MaxValue, count)], (long)int.MaxValue * count);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(9)]
    public void A_very_negative_item_minimum_sums_exactly_below_32_bits(int count)
    {
        var measure = Local(count, -1_000_000_000, 0);
        AssertSum(measure, [.. Enumerable.Repeat(-1_000_000_000, count)], -1_000_000_000L * count);
    }

    [Fact]
    public void An_answer_below_zero_is_out_of_range_on_a_measure_whose_items_go_up_to_int_max()
    {
        int[] items = [.. Enumerable.Repeat(int.MaxValue, 9)];
        items[8] = -1;
        Assert.Equal(new[] { 9 }, Local(9, 0, int.MaxValue).ScoreItems(items).AsT1.Positions);
    }

    [Fact]
    public void At_the_lane_bound_1024_answers_of_2_to_the_20_sum_to_2_to_the_30()
    {
        AssertSum(Local(1024, 0, 1 << 20), [.. Enumerable.Repeat(1 << 20, 1024)], 1L << 30);
    }

    [Fact]
    public void At_the_negative_lane_bound_1024_answers_of_minus_2_to_the_20_sum_to_minus_2_to_the_30()
    {
        AssertSum(Local(1024, -(1 << 20), 0), [.. Enumerable.Repeat(-(1 << 20), 1024)], -(1L << 30));
    }

    [Fact]
    public void Just_above_the_lane_bound_1024_answers_of_2_to_the_20_plus_1_sum_exactly()
    {
        AssertSum(Local(1024, 0, (1 << 20) + 1), [.. Enumerable.Repeat((1 << 20) + 1, 1024)], 1024L * ((1 << 20) + 1));
    }

    [Fact]
    public void Items_up_to_3_times_2_to_the_20_sum_exactly_past_int_max()
    {
        // 1024 x 3 x 2^20 = 3 x 2^30 > 2^31 - 1.
        AssertSum(Local(1024, 0, 3 << 20), [.. Enumerable.Repeat(3 << 20, 1024)], 3L << 30);
    }

    [Fact]
    public void More_than_1024_answers_sum_exactly_past_int_max()
    {
        // 1025 x 2^21 = 2,149,580,800 > 2^31 - 1.
        AssertSum(Local(1025, 0, 1 << 21), [.. Enumerable.Repeat(1 << 21, 1025)], 1025L << 21);
    }

    [Fact]
    public void More_than_1024_answers_each_within_the_lane_bound_sum_exactly_past_int_max()
    {
        // 2049 x 2^20 = 2^31 + 2^20 > 2^31 - 1: every answer is within 2^20, but there are too many for 32-bit lanes.
        AssertSum(Local(2049, 0, 1 << 20), [.. Enumerable.Repeat(1 << 20, 2049)], 2049L << 20);
    }

    [Fact]
    public void Just_below_the_answer_count_bound_1023_answers_sum_exactly()
    {
        int[] items = [.. Enumerable.Range(0, 1023).Select(i => i % 7)];
        AssertSum(Local(1023, 0, 6), items, PlainSum(items));
    }

    // Nullable answers: with every answer present the result is the plain score, not a missing-items error.
    [Fact]
    public void Nullable_answers_all_present_score_like_plain_answers()
    {
        int?[] items = [1, 2, 3, 0, 1, 2, 3, 0, 1];
        var score = Phq9.ScoreItems(items).AsT0;
        Assert.Equal(13, score.WholeValue);
        Assert.Equal(RiskSignal.Raised, score.Risk);
    }

    [Fact]
    public void Nullable_answers_of_a_measure_with_no_risk_item_all_present_score_their_sum()
    {
        int?[] items = [.. Enumerable.Repeat<int?>(5, 12)];
        Assert.Equal(60, Local(12, 1, 5).ScoreItems(items).AsT0.WholeValue);
    }

    // The risk item (PHQ-9 item 9) read through item answers and text: raised above 0, not raised at 0.
    [Fact]
    public void Item_answers_with_item_9_at_1_raise_the_risk_signal()
    {
        ItemAnswer[] items = [0, 0, 0, 0, 0, 0, 0, 0, 1];
        Assert.Equal(RiskSignal.Raised, Phq9.ScoreItems(items).AsT0.Risk);
    }

    [Fact]
    public void Item_answers_with_item_9_at_0_do_not_raise_the_risk_signal()
    {
        ItemAnswer[] items = [3, 3, 3, 3, 3, 3, 3, 3, 0];
        var score = Phq9.ScoreItems(items).AsT0;
        Assert.Equal(RiskSignal.NotRaised, score.Risk);
        Assert.Equal(24, score.WholeValue);
    }

    [Fact]
    public void Item_text_with_item_9_at_1_raises_the_risk_signal()
    {
        Assert.Equal(RiskSignal.Raised, Phq9.ScoreText("0 0 0 0 0 0 0 0 1", null).AsT0.Risk);
    }

    [Fact]
    public void Item_text_with_item_9_at_0_and_trailing_spaces_does_not_raise_the_risk_signal()
    {
        var score = Phq9.ScoreText("3 3 3 3 3 3 3 3 0   ", "24 ").AsT0;
        Assert.Equal(RiskSignal.NotRaised, score.Risk);
        Assert.Equal(24, score.WholeValue);
    }

    [Fact]
    public void Item_text_with_tabs_and_repeated_spaces_reads_each_answer_once()
    {
        var score = Phq9.ScoreText("\t1  2\t\t3 0 1 2 3 0 1\t", null).AsT0;
        Assert.Equal(13, score.WholeValue);
    }

    [Fact]
    public void Item_text_with_missing_answers_names_them()
    {
        var error = Phq9.ScoreText("1 NA 3 0 . 2 3 0 na", null).AsT1;
        Assert.Equal(ScoringErrorKind.MissingItems, error.Kind);
        Assert.Equal(new[] { 2, 5, 9 }, error.Positions);
    }

    // Allocation-free scoring of valid answers, including a measure of exactly 64 items (the largest read on the stack).
    /// <summary>
    /// The bytes this thread allocates over 1,000 calls, the least of three rounds after a warm-up round: a cost per
    /// call shows in every round; a one-off allocation of the runtime on this thread (a method compiled again while
    /// it runs, once seen as 6,936 bytes in one CI run) does not. BenchmarkDotNet's 0 B a call is the measurement of
    /// record; this check only guards it.
    /// </summary>
    private static long LeastAllocatedOverRounds(Action call)
    {
        long least = long.MaxValue;
        for (int round = 0; round < 4; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 1_000; i++)
            {
                call();
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            least = round == 0 ? least : Math.Min(least, allocated);
        }

        return least;
    }

    [Fact]
    public void Scoring_valid_nullable_answers_allocates_nothing()
    {
        int?[] phq9 = [1, 2, 3, 0, 1, 2, 3, 0, 1];
        int?[] sixtyFour = [.. Enumerable.Repeat<int?>(2, 64)];
        var local = Local(64, 0, 3);
        int sink = 0;
        Assert.Equal(0, LeastAllocatedOverRounds(() =>
        {
            sink += Phq9.ScoreItems(phq9).AsT0.WholeValue!.Value;
            sink += local.ScoreItems(sixtyFour).AsT0.WholeValue!.Value;
        }));
        Assert.Equal((13 + 128) * 4_000, sink);
    }

    [Fact]
    public void Scoring_the_text_of_a_64_item_measure_allocates_nothing()
    {
        string text = string.Join(' ', Enumerable.Repeat("2", 64));
        var local = Local(64, 0, 3);
        int sink = 0;
        Assert.Equal(0, LeastAllocatedOverRounds(() => sink += local.ScoreText(text, null).AsT0.WholeValue!.Value));
        Assert.Equal(128 * 4_000, sink);
    }

    // Recorded decimal totals whose bounds are beyond 2^30 (the exact fraction comparison, not the integer one).
    private static void AssertInRangeOrTotalOutOfRange(MeasureDefinition measure, decimal value, bool inRange)
    {
        var result = measure.ScoreTotal(value);
        if (inRange)
        {
            Assert.Equal(value, result.AsT0.Value);
        }
        else
        {
            Assert.Equal(ScoringErrorKind.TotalOutOfRange, result.AsT1.Kind);
        }
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("-1", false)]
    [InlineData("1800000000", true)]
    [InlineData("1800000001", false)]
    [InlineData("900000000", true)]
    public void A_recorded_total_of_a_measure_whose_maximum_total_exceeds_2_to_the_30_is_checked_exactly(string total, bool inRange)
    {
        // Nine items of 0 to 200,000,000: totals 0 to 1,800,000,000 (> 2^30).
        var measure = Local(9, 0, 200_000_000);
        decimal value = decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture);
        AssertInRangeOrTotalOutOfRange(measure, value, inRange);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("0.999999999", false)]
    [InlineData("2000000000", true)]
    [InlineData("1999999999.999999999", true)]
    [InlineData("2000000000.000000001", false)]
    public void A_recorded_mean_of_a_measure_whose_item_maximum_exceeds_2_to_the_30_is_checked_exactly(string total, bool inRange)
    {
        var measure = Local(27, 1, 2_000_000_000, ScoringMethod.ItemMean);
        decimal value = decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture);
        AssertInRangeOrTotalOutOfRange(measure, value, inRange);
    }

    [Theory]
    [InlineData(1 << 30, true)]
    [InlineData((1 << 30) + 1, false)]
    public void A_recorded_total_at_the_2_to_the_30_bound_is_in_range_and_one_above_is_not(int total, bool inRange)
    {
        // One item of 0 to 2^30: the integer comparison at its bound.
        Assert.Equal(inRange, Local(1, 0, 1 << 30).ScoreTotal((decimal)total).IsT0);
    }

    [Theory]
    [InlineData(1 << 30, true)]
    [InlineData((1 << 30) + 1, true)]
    [InlineData((1 << 30) + 2, false)]
    public void A_recorded_total_just_beyond_the_2_to_the_30_bound_is_checked_exactly(int total, bool inRange)
    {
        // One item of 0 to 2^30 + 1: the exact fraction comparison.
        Assert.Equal(inRange, Local(1, 0, (1 << 30) + 1).ScoreTotal((decimal)total).IsT0);
    }

    [Fact]
    public void A_whole_recorded_total_written_with_decimal_places_is_the_whole_number()
    {
        var score = Phq9.ScoreTotal(12.000m).AsT0;
        Assert.Equal(12, score.WholeValue);
        Assert.Equal(12m, score.Value);
        Assert.Equal(Phq9.ScoreTotal(12).AsT0, score);
        Assert.Equal(12, score.Ratio.Numerator);
        Assert.Equal(1, score.Ratio.Denominator);
    }

    [Fact]
    public void A_whole_recorded_total_written_with_decimal_places_agrees_with_its_items()
    {
        var score = Phq9.ScoreText("1 2 3 0 1 2 3 0 1", "13.0").AsT0;
        Assert.Equal(13, score.WholeValue);
        Assert.Equal(ScoringErrorKind.ItemsAndTotalDisagree, Phq9.ScoreText("1 2 3 0 1 2 3 0 1", "14.0").AsT1.Kind);
    }
}

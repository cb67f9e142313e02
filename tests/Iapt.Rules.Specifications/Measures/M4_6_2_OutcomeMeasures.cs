using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Specifications.Measures;

/// <summary>
/// M4 §6.2 (IAPT outcome measures: symptom measures by problem descriptor, Table 6, and the WSAS for disability),
/// scored the way each instrument's literature scores it (reference fact sheet §2): the number of items and their
/// range, the total range, the MI scored as the item mean, PHQ-9 item 9 as the risk signal (OSS 10, 13), and bad
/// input reported, never clamped, with no prorating of missing answers. One case per scorable measure of Table 6 and
/// Table 9; the numbers below are typed from the fact sheet, not read from the library's table.
/// Source: seeds/001_a2cac0063d4a7b45.txt §6.2, Table 6, Table 9; reference fact sheet §2 and its notes.
/// </summary>
public class M4_6_2_OutcomeMeasures
{
    private static MeasureDefinition Measure(string key) => RuleSet.ManualV4.Measures[key];

    private static int[] Answers(int count, int answer) => Enumerable.Repeat(answer, count).ToArray();

    /// <summary>
    /// Reference §2, "items x item range": every answer at the item minimum scores the total minimum, every answer at
    /// the item maximum the total maximum (items x maximum; for the MI the mean, so 1 and 5).
    /// </summary>
    [Theory]
    [InlineData("phq9", 9, 0, 3, 0, 27)]
    [InlineData("gad7", 7, 0, 3, 0, 21)]
    [InlineData("wsas", 5, 0, 8, 0, 40)]
    [InlineData("spin", 17, 0, 4, 0, 68)]
    [InlineData("pcl5", 20, 0, 4, 0, 80)]
    [InlineData("mi", 27, 1, 5, 1, 5)]
    [InlineData("oci", 42, 0, 4, 0, 168)]
    [InlineData("pdss", 7, 0, 4, 0, 28)]
    [InlineData("hai", 18, 0, 3, 0, 54)]
    [InlineData("ibs", 5, 0, 100, 0, 500)]
    [InlineData("cfq", 11, 0, 3, 0, 33)]
    [InlineData("phq15", 15, 0, 2, 0, 30)]
    public void Measure_has_its_items_and_its_score_range(string key, int items, int itemMinimum, int itemMaximum, int totalMinimum, int totalMaximum)
    {
        var measure = Measure(key);
        Assert.Equal(items, measure.ItemCount);
        Assert.Equal((decimal)totalMinimum, measure.ScoreItems(Answers(items, itemMinimum)).AsT0.Value);
        Assert.Equal((decimal)totalMaximum, measure.ScoreItems(Answers(items, itemMaximum)).AsT0.Value);
    }

    /// <summary>Reference §2 notes: "Items out of range ... are invalid input, reported as such, never clamped."</summary>
    [Theory]
    [InlineData("phq9", 9, 0, 3)]
    [InlineData("gad7", 7, 0, 3)]
    [InlineData("wsas", 5, 0, 8)]
    [InlineData("spin", 17, 0, 4)]
    [InlineData("pcl5", 20, 0, 4)]
    [InlineData("mi", 27, 1, 5)]
    [InlineData("oci", 42, 0, 4)]
    [InlineData("pdss", 7, 0, 4)]
    [InlineData("hai", 18, 0, 3)]
    [InlineData("ibs", 5, 0, 100)]
    [InlineData("cfq", 11, 0, 3)]
    [InlineData("phq15", 15, 0, 2)]
    public void An_answer_outside_the_item_range_is_an_error_naming_its_position(string key, int items, int itemMinimum, int itemMaximum)
    {
        var below = Answers(items, itemMinimum);
        below[0] = itemMinimum - 1;
        var above = Answers(items, itemMinimum);
        above[items - 1] = itemMaximum + 1;

        var low = Measure(key).ScoreItems(below).AsT1;
        var high = Measure(key).ScoreItems(above).AsT1;

        Assert.Equal((ScoringErrorKind.ItemOutOfRange, "items"), (low.Kind, low.Field));
        Assert.Equal([1], low.Positions.ToArray());
        Assert.Equal(ScoringErrorKind.ItemOutOfRange, high.Kind);
        Assert.Equal([items], high.Positions.ToArray());
    }

    /// <summary>Reference §2 notes: "the wrong number of items ... [is] invalid input".</summary>
    [Theory]
    [InlineData("phq9", 9)]
    [InlineData("gad7", 7)]
    [InlineData("mi", 27)]
    [InlineData("oci", 42)]
    public void The_wrong_number_of_answers_is_an_error(string key, int items)
    {
        var measure = Measure(key);
        var answers = Answers(items, measure.ItemMinimum);
        Assert.Equal(ScoringErrorKind.WrongItemCount, measure.ScoreItems(answers.AsSpan(1)).AsT1.Kind);
        Assert.Equal(ScoringErrorKind.WrongItemCount, measure.ScoreItems([.. answers, measure.ItemMinimum]).AsT1.Kind);
    }

    /// <summary>
    /// Reference §2 notes: "Missing items are not prorated by default; a measure with missing items has no score."
    /// PHQ-9 with item 4 missing: eight answers of 3 would prorate to 27, but there is no score, only an error naming
    /// item 4.
    /// </summary>
    [Fact]
    public void Missing_answers_are_not_prorated_so_there_is_no_score()
    {
        int?[] answers = [3, 3, 3, null, 3, 3, 3, 3, 3];
        var error = Measure(MeasureKeys.Phq9).ScoreItems(answers).AsT1;
        Assert.Equal(ScoringErrorKind.MissingItems, error.Kind);
        Assert.Equal([4], error.Positions.ToArray());
        Assert.Contains("no prorating", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Reference §2 notes: "a total out of range [is] invalid input, reported as such, never clamped."</summary>
    [Theory]
    [InlineData("phq9", -1)]
    [InlineData("phq9", 28)]
    [InlineData("gad7", 22)]
    [InlineData("wsas", 41)]
    [InlineData("spin", 69)]
    [InlineData("pcl5", 81)]
    [InlineData("oci", 169)]
    [InlineData("pdss", 29)]
    [InlineData("hai", 55)]
    public void A_recorded_total_outside_the_range_is_an_error_never_clamped(string key, int total)
    {
        var error = Measure(key).ScoreTotal(total).AsT1;
        Assert.Equal((ScoringErrorKind.TotalOutOfRange, "total"), (error.Kind, error.Field));
    }

    /// <summary>
    /// M4 Table 6: the MI cut-off is "above an item average of 2.3"; the MI is scored as the mean of its 27 items, held
    /// exactly. 62 / 27 = 2.296... is not a case; 63 / 27 = 2.333... is. The mean is written to two decimal places
    /// (2.30 and 2.33), and that text is never what is compared.
    /// </summary>
    [Theory]
    [InlineData(62, false, "2.30")]
    [InlineData(63, true, "2.33")]
    public void The_MI_is_scored_as_the_item_mean_and_compared_exactly(int sumOfAnswers, bool isCase, string written)
    {
        // 27 answers of 2 sum to 54; raise answers to 3 one at a time to reach the sum.
        var answers = Answers(27, 2);
        for (int i = 0; i < sumOfAnswers - 54; i++)
        {
            answers[i] = 3;
        }

        var score = Measure(MeasureKeys.Mi).ScoreItems(answers).AsT0;
        Assert.Equal(decimal.Round(sumOfAnswers / 27m, 6), decimal.Round(score.Value, 6));
        Assert.Equal(isCase, score.IsCase);
        Assert.Equal(written, score.FormatValue());
    }

    /// <summary>An MI mean is recorded with decimals (2.4); a summed measure's total is a whole number, so 10.5 is an error.</summary>
    [Theory]
    [InlineData("mi", "2.4", true)]
    [InlineData("phq9", "10.5", false)]
    public void Only_the_MI_accepts_a_fractional_recorded_score(string key, string recorded, bool accepted)
    {
        var result = Measure(key).ScoreTotal(decimal.Parse(recorded, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(accepted, result.IsT0);
        if (!accepted)
        {
            Assert.Equal(ScoringErrorKind.NotInteger, result.AsT1.Kind);
        }
    }

    /// <summary>
    /// Reference §2 notes: "PHQ-9 item 9 asks about thoughts of self-harm. Any non-zero answer is a risk signal" (OSS 10,
    /// 13). A recorded total cannot say, so its risk is not assessed.
    /// </summary>
    [Theory]
    [InlineData(0, RiskSignal.NotRaised)]
    [InlineData(1, RiskSignal.Raised)]
    [InlineData(3, RiskSignal.Raised)]
    public void PHQ9_item_9_above_zero_raises_the_risk_signal(int item9, RiskSignal risk)
    {
        int[] answers = [1, 1, 1, 1, 1, 1, 1, 1, item9];
        Assert.Equal(risk, Measure(MeasureKeys.Phq9).ScoreItems(answers).AsT0.Risk);
        Assert.Equal(RiskSignal.NotAssessed, Measure(MeasureKeys.Phq9).ScoreTotal(9).AsT0.Risk);
    }

    /// <summary>
    /// Reference §2 notes: "scoring accepts either the item answers or a total"; when both are given they must agree,
    /// and the error never repeats the answers (patient data).
    /// </summary>
    [Theory]
    [InlineData("1 2 0 3 1 0 2 1 0", "10", true)]
    [InlineData("1 2 0 3 1 0 2 1 0", "11", false)]
    public void Items_and_a_recorded_total_must_agree(string items, string total, bool agree)
    {
        var result = Measure(MeasureKeys.Phq9).ScoreText(items, total);
        Assert.Equal(agree, result.IsT0);
        if (!agree)
        {
            Assert.Equal(ScoringErrorKind.ItemsAndTotalDisagree, result.AsT1.Kind);
            Assert.DoesNotContain("11", result.AsT1.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// M4 Table 6 marks the BIQ with *; the rule set does not define its items, so a BIQ answer cannot be checked or
    /// scored: an error, never a guess.
    /// </summary>
    [Fact]
    public void The_BIQ_has_no_defined_items_so_it_cannot_be_scored()
    {
        Assert.Equal(ScoringErrorKind.NotScorable, Measure(MeasureKeys.Biq).ScoreTotal(10).AsT1.Kind);
    }

    /// <summary>M4 §6.2: "The main measure of disability is the WSAS"; it is scored (5 items, 0-40) but has no caseness.</summary>
    [Fact]
    public void The_WSAS_is_scored_but_has_no_caseness()
    {
        var score = Measure(MeasureKeys.Wsas).ScoreItems([8, 8, 8, 8, 8]).AsT0;
        Assert.Equal(40m, score.Value);
        Assert.Null(score.IsCase);
    }
}

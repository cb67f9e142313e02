using System.Globalization;
using Iapt.Rules.Measures;
using Iapt.Rules.Numerics;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Tests.Outcomes;

/// <summary>
/// The per-measure comparisons at the edges of their inline 64-bit path: the path is admitted only when every
/// numerator and denominator (score and threshold) is below 2^20, and a comparison outside it must take the exact
/// general path. Each case puts some parts just below that bound and others above it, so that admitting the inline
/// path by mistake would overflow 64 bits and give the wrong answer. Expected values are worked by hand from the
/// decimals (shown in the comments); the MI's rules are M4 Table 6 (cut-off strictly above 2.3, reliable change 0.73
/// [unconfirmed]), and the variants are the overridable rule values a custom rule set may supply.
/// </summary>
public class PreparedMeasureBoundaryTests
{
    private static readonly MeasureDefinition Mi = RuleSet.ManualV4.Measures[MeasureKeys.Mi];

    private static readonly MeasureDefinition Phq9 = RuleSet.ManualV4.Measures[MeasureKeys.Phq9];

    /// <summary>The MI with its own cut-off and another reliable-change value.</summary>
    private static MeasureDefinition MiWith(decimal cutOff, decimal reliableChange) => Mi with
    {
        Caseness = Mi.Caseness! with { CutOff = cutOff },
        ReliableChange = Mi.ReliableChange!.Value with { Value = reliableChange },
    };

    /// <summary>The MI's cut-off (2.3) with a reliable-change value in billionths (numerator and denominator above 2^20).</summary>
    private static readonly MeasureDefinition MiBillionthChange = MiWith(2.3m, 0.730000001m);

    /// <summary>Cut-off and reliable-change value both in billionths.</summary>
    private static readonly MeasureDefinition MiBillionths = MiWith(2.300000001m, 0.730000001m);

    /// <summary>A reliable-change value in millionths: 730001 / 10^6, both just below 2^20 (1,048,576).</summary>
    private static readonly MeasureDefinition MiMillionthChange = MiWith(2.3m, 0.730001m);

    /// <summary>A whole reliable-change value against the MI's fractional means.</summary>
    private static readonly MeasureDefinition MiWholeChange = MiWith(2.3m, 1m);

    private static MeasureDefinition Variant(string name) => name switch
    {
        "mi" => Mi,
        "mi billionth change" => MiBillionthChange,
        "mi billionths" => MiBillionths,
        "mi millionth change" => MiMillionthChange,
        "mi whole change" => MiWholeChange,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static decimal Number(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    private static Score MiScore(MeasureDefinition measure, string mean) => measure.ScoreTotal(Number(mean)).AsT0;

    private static (bool Fell, bool Rose) Change(MeasureDefinition measure, string first, string last)
    {
        int facts = new PreparedMeasure(measure).Assess(new ScorePair(MiScore(measure, first), MiScore(measure, last)));
        return ((facts & PreparedMeasure.Fell) != 0, (facts & PreparedMeasure.Rose) != 0);
    }

    /// <summary>
    /// Scores in hundred-thousandths (every part below 2^20) under a reliable-change value in billionths: the
    /// cross-multiplied difference (about 4 * 10^19) does not fit in 64 bits, so the comparison must not be inline.
    /// </summary>
    [Theory]
    [InlineData("4.99999", "1.00001", true, false)]    // fell 3.99998 >= 0.730000001
    [InlineData("1.00001", "4.99999", false, true)]    // rose 3.99998
    [InlineData("2.30001", "1.57001", false, false)]   // 0.73 < 0.730000001
    public void A_change_under_a_reliable_change_value_in_billionths_is_exact(string first, string last, bool fell, bool rose) =>
        Assert.Equal((fell, rose), Change(MiBillionthChange, first, last));

    /// <summary>
    /// MI means in billionths (numerators and denominators above 2^20) under the MI's own values (every threshold
    /// part small): the scores alone must send the comparison to the general path.
    /// </summary>
    [Theory]
    [InlineData("4.999999999", "1.000000001", true, false)]   // fell 3.999999998
    [InlineData("1.000000001", "4.999999999", false, true)]   // rose 3.999999998
    [InlineData("2.300000001", "1.570000001", true, false)]   // fell exactly 0.73: reliable
    [InlineData("2.300000001", "1.570000002", false, false)]  // 0.729999999
    public void A_change_between_MI_means_in_billionths_is_exact(string first, string last, bool fell, bool rose) =>
        Assert.Equal((fell, rose), Change(Mi, first, last));

    /// <summary>
    /// A reliable-change value in millionths keeps every threshold part just below 2^20, so only the scores decide
    /// the path; a first or last score with one part above 2^20 (whose bits differ from the other parts', so that a
    /// bitwise AND of the parts would look small) must still leave the inline path.
    /// </summary>
    [Theory]
    [InlineData("4.999999", "2.147483648", true, false)]    // fell 2.852516352; 2147483648 = 2^31
    [InlineData("2.147483648", "4.999999", false, true)]    // rose 2.852516352
    [InlineData("4.999999999", "1.00001", true, false)]     // fell 3.999989999
    [InlineData("1.00001", "4.999999999", false, true)]     // rose 3.999989999
    [InlineData("4.294967296", "1.00001", true, false)]     // fell 3.294957296; 4294967296 = 2^32
    [InlineData("1.00001", "4.294967296", false, true)]     // rose 3.294957296
    [InlineData("2.730001", "2", true, false)]              // fell exactly 0.730001: reliable
    [InlineData("2.73", "2", false, false)]                 // 0.73 < 0.730001
    public void A_change_under_a_reliable_change_value_just_below_the_bound_is_exact(string first, string last, bool fell, bool rose) =>
        Assert.Equal((fell, rose), Change(MiMillionthChange, first, last));

    /// <summary>
    /// Cut-off and reliable-change value in billionths, so every comparison takes the general path: a change exactly
    /// equal to the reliable-change value is reliable there too.
    /// </summary>
    [Theory]
    [InlineData("2.3", "1.569999999", true, false)]   // fell exactly 0.730000001
    [InlineData("1.569999999", "2.3", false, true)]   // rose exactly 0.730000001
    [InlineData("2.3", "1.57", false, false)]         // 0.73 < 0.730000001
    public void A_change_exactly_equal_to_a_billionths_reliable_change_value_is_reliable(string first, string last, bool fell, bool rose)
    {
        Assert.Equal((fell, rose), Change(MiBillionths, first, last));
        var prepared = new PreparedMeasure(MiBillionths);
        Assert.Equal(fell, prepared.FellReliably(MiScore(MiBillionths, first), MiScore(MiBillionths, last)));
        Assert.Equal(rose, prepared.FellReliably(MiScore(MiBillionths, last), MiScore(MiBillionths, first)));
    }

    /// <summary>A pair with only a last score has no change, whatever the last score (M4 §6.4.3: change needs both).</summary>
    [Theory]
    [InlineData(15, PreparedMeasure.HasLast | PreparedMeasure.LastCase)]   // 15 >= 10: at caseness
    [InlineData(5, PreparedMeasure.HasLast)]
    [InlineData(0, PreparedMeasure.HasLast)]
    public void A_last_score_alone_is_assessed_without_a_change(int last, int expected) =>
        Assert.Equal(expected, new PreparedMeasure(Phq9).Assess(new ScorePair(null, Phq9.ScoreTotal(last).AsT0)));

    /// <summary>A pair with only a first score has no change either.</summary>
    [Theory]
    [InlineData(15, PreparedMeasure.HasFirst | PreparedMeasure.FirstCase)]
    [InlineData(5, PreparedMeasure.HasFirst)]
    public void A_first_score_alone_is_assessed_without_a_change(int first, int expected) =>
        Assert.Equal(expected, new PreparedMeasure(Phq9).Assess(new ScorePair(Phq9.ScoreTotal(first).AsT0, null)));

    /// <summary>Both scores present: every bit, worked by hand (PHQ-9 cut-off 10, reliable change 6).</summary>
    [Theory]
    [InlineData(16, 10, PreparedMeasure.HasFirst | PreparedMeasure.FirstCase | PreparedMeasure.HasLast | PreparedMeasure.LastCase | PreparedMeasure.Fell)]
    [InlineData(15, 4, PreparedMeasure.HasFirst | PreparedMeasure.FirstCase | PreparedMeasure.HasLast | PreparedMeasure.Fell)]
    [InlineData(4, 15, PreparedMeasure.HasFirst | PreparedMeasure.HasLast | PreparedMeasure.LastCase | PreparedMeasure.Rose)]
    [InlineData(9, 4, PreparedMeasure.HasFirst | PreparedMeasure.HasLast)]
    public void A_pair_is_assessed_bit_by_bit(int first, int last, int expected) =>
        Assert.Equal(expected, new PreparedMeasure(Phq9).Assess(new ScorePair(Phq9.ScoreTotal(first).AsT0, Phq9.ScoreTotal(last).AsT0)));

    /// <summary>
    /// The reliable fall between two MI means in tenths and hundredths, read one score from the other (the form the
    /// explanation uses): a fall exactly equal to 0.73 is reliable.
    /// </summary>
    [Theory]
    [InlineData("mi", "2.3", "1.57", true)]    // 0.73 exactly
    [InlineData("mi", "2.3", "1.58", false)]   // 0.72
    [InlineData("mi", "1.57", "2.3", false)]   // a rise
    [InlineData("mi", "2.31", "1.58", true)]   // 0.73 exactly
    [InlineData("mi", "4.5", "1.2", true)]     // 3.3
    [InlineData("mi", "1.5", "1.2", false)]    // 0.3
    [InlineData("mi billionth change", "2.3", "1.57", false)]         // 0.73 < 0.730000001
    [InlineData("mi billionth change", "2.31", "1.57", true)]         // 0.74
    [InlineData("mi whole change", "1.7", "1", false)]                // 0.7 < 1
    [InlineData("mi whole change", "3", "1.3", true)]                 // 1.7
    [InlineData("mi whole change", "2.3", "1.3", true)]               // 1 exactly
    [InlineData("mi whole change", "2.9", "2", false)]                // 0.9
    [InlineData("mi whole change", "3", "2", true)]                   // 1 exactly, whole numbers
    [InlineData("mi whole change", "3", "3", false)]
    public void A_fall_between_two_means_is_reliable_from_the_reliable_change_value(string measure, string from, string to, bool expected)
    {
        var definition = Variant(measure);
        Assert.Equal(expected, new PreparedMeasure(definition).FellReliably(MiScore(definition, from), MiScore(definition, to)));
    }

    /// <summary>
    /// The fall between any two ratios is exact, not only between scores in range: with a reliable-change value in
    /// millionths (every part just below 2^20) and a numerator above it, the cross-multiplied difference (10^19)
    /// does not fit in 64 bits.
    /// </summary>
    [Theory]
    [InlineData("10.000001", "0.000001", true)]    // fell 10
    [InlineData("0.000001", "10.000001", false)]   // rose 10
    [InlineData("10.730002", "10.000001", true)]   // fell exactly 0.730001
    [InlineData("10.730001", "10.000001", false)]  // 0.73
    public void A_fall_between_ratios_beyond_the_bound_is_exact(string from, string to, bool expected) =>
        Assert.Equal(expected, new PreparedMeasure(MiMillionthChange).FellReliably(Ratio.FromDecimal(Number(from)), Ratio.FromDecimal(Number(to))));

    /// <summary>
    /// Caseness against the MI's cut-off (strictly above 2.3) when the reliable-change value is in billionths: the
    /// cut-off and the scores are small, but the measure as a whole is not, so caseness is decided on the general
    /// path, which must cross-multiply the fractions correctly.
    /// </summary>
    [Theory]
    [InlineData("2.29", false)]
    [InlineData("2.3", false)]
    [InlineData("2.31", true)]
    [InlineData("2.300001", true)]
    [InlineData("2.299999999", false)]
    [InlineData("2.300000001", true)]
    [InlineData("4.04", true)]
    [InlineData("1.05", false)]
    public void Caseness_is_exact_when_only_the_reliable_change_value_is_large(string mean, bool expected) =>
        Assert.Equal(expected, new PreparedMeasure(MiBillionthChange).IsCase(MiScore(MiBillionthChange, mean).Ratio));

    /// <summary>
    /// Caseness is exact for any ratio, not only for scores in range: a numerator far above 2^20 multiplied by the
    /// cut-off's denominator does not fit in 64 bits, so it must be compared on the general path.
    /// </summary>
    [Fact]
    public void Caseness_of_a_whole_number_far_beyond_the_bound_is_exact()
    {
        var prepared = new PreparedMeasure(Mi);
        Assert.True(prepared.IsCase(Ratio.Whole(1L << 60)));    // 2^60 > 2.3
        Assert.True(prepared.IsCase(Ratio.Whole(1L << 40)));
        Assert.False(prepared.IsCase(Ratio.Whole(2)));
    }

    /// <summary>Caseness of a mean in billionths above the MI's range against a cut-off in billionths: 12 > 2.300000001.</summary>
    [Theory]
    [InlineData("12.000000001", true)]
    [InlineData("2.300000001", false)]   // strictly above: equal is not a case
    [InlineData("2.300000002", true)]
    public void Caseness_of_a_billionths_mean_against_a_billionths_cut_off_is_exact(string mean, bool expected) =>
        Assert.Equal(expected, new PreparedMeasure(MiBillionths).IsCase(Ratio.FromDecimal(Number(mean))));

    /// <summary>
    /// A rule set may set a cut-off beyond every score (here 10^14, far above the MI's range): no score is a case,
    /// even one in hundred-thousandths whose cross product with the cut-off (10^19) does not fit in 64 bits.
    /// </summary>
    [Theory]
    [InlineData("4.99999")]
    [InlineData("1.00001")]
    [InlineData("5")]
    public void No_score_reaches_a_cut_off_beyond_the_range(string mean)
    {
        var measure = MiWith(100_000_000_000_000m, 0.73m);
        var prepared = new PreparedMeasure(measure);
        var score = MiScore(measure, mean);
        Assert.False(prepared.IsCase(score.Ratio));
        Assert.Equal(PreparedMeasure.HasFirst | PreparedMeasure.HasLast, prepared.Assess(new ScorePair(score, score)));
    }

    /// <summary>
    /// A rule set may set a reliable-change value beyond every possible change (here 10^9 on a 1-5 mean): no change is
    /// reliable, even between scores in hundred-thousandths whose threshold product (10^19) does not fit in 64 bits.
    /// </summary>
    [Theory]
    [InlineData("4.99999", "1.00001")]
    [InlineData("1.00001", "4.99999")]
    [InlineData("5", "1")]
    public void No_change_reaches_a_reliable_change_value_beyond_the_range(string first, string last) =>
        Assert.Equal((false, false), Change(MiWith(2.3m, 1_000_000_000m), first, last));
    /// <summary>
    /// A pair holds on a measure only when both scores are present and both are on it (M4 Table 6 note: otherwise
    /// GAD-7 is the anxiety measure): one score on another measure is enough to fail, whichever it is.
    /// </summary>
    [Theory]
    [InlineData("spin", "spin", true)]
    [InlineData("gad7", "spin", false)]
    [InlineData("spin", "gad7", false)]
    [InlineData("gad7", "gad7", false)]
    [InlineData(null, "spin", false)]
    [InlineData("spin", null, false)]
    [InlineData(null, null, false)]
    public void A_pair_holds_only_when_both_scores_are_on_the_measure(string? first, string? last, bool expected)
    {
        static Score? On(string? measure) => measure is null ? null : RuleSet.ManualV4.Measures[measure].ScoreTotal(10).AsT0;
        var prepared = new PreparedMeasure(RuleSet.ManualV4.Measures[MeasureKeys.Spin]);
        Assert.Equal(expected, prepared.Holds(new ScorePair(On(first), On(last))));
    }

    /// <summary>
    /// An ADSM pair whose first score is on another measure is not paired: GAD-7 decides the outcome and the ADSM is
    /// flagged (M4 Table 6 note; Table 7).
    /// </summary>
    [Fact]
    public void An_ADSM_pair_with_its_first_score_on_another_measure_falls_back_to_GAD7()
    {
        var input = new OutcomeInput
        {
            Descriptor = ProblemDescriptor.SocialAnxietyDisorder,
            TreatmentSessions = 4,
            Ended = true,
            Phq9 = Referral.Pair(MeasureKeys.Phq9, 15, 5),
            Gad7 = Referral.Pair(MeasureKeys.Gad7, 12, 4),
            Adsm = new ScorePair(Referral.Score(MeasureKeys.Gad7, 12), Referral.Score(MeasureKeys.Spin, 10)),
        };
        var result = Referral.Classify(input);
        Assert.Equal(MeasureKeys.Gad7, result.AnxietyMeasure.Key);
        Assert.True(result.Recovered);
        Assert.Equal(DataQualityIssues.AdsmNotPaired, result.DataQuality);
    }
}

using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using static Iapt.Rules.Tests.Outcomes.Referral;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Tests.Outcomes;

/// <summary>
/// Every boundary of every outcome rule, for every measure of M4 Table 6: the cut-off exactly and one either side
/// (caseness at start and recovery), the MI's strict cut-off, and a change exactly equal to the reliable-change
/// value and one either side (decimal for the MI). Cut-offs: M4 Table 6; reliable-change values: NHSD (ADSM values
/// [unconfirmed]).
/// </summary>
public class OutcomeBoundaryTests
{
    /// <summary>M4 §6.4.3: caseness at the start is a first score at or above the cut-off (strictly above for the MI).</summary>
    [Theory]
    [InlineData("phq9", "9", CasenessAtStart.NotCase)]
    [InlineData("phq9", "10", CasenessAtStart.Case)]
    [InlineData("phq9", "11", CasenessAtStart.Case)]
    [InlineData("gad7", "7", CasenessAtStart.NotCase)]
    [InlineData("gad7", "8", CasenessAtStart.Case)]
    [InlineData("gad7", "9", CasenessAtStart.Case)]
    [InlineData("spin", "18", CasenessAtStart.NotCase)]
    [InlineData("spin", "19", CasenessAtStart.Case)]
    [InlineData("spin", "20", CasenessAtStart.Case)]
    [InlineData("pcl5", "31", CasenessAtStart.NotCase)]
    [InlineData("pcl5", "32", CasenessAtStart.Case)]
    [InlineData("pcl5", "33", CasenessAtStart.Case)]
    [InlineData("oci", "39", CasenessAtStart.NotCase)]
    [InlineData("oci", "40", CasenessAtStart.Case)]
    [InlineData("oci", "41", CasenessAtStart.Case)]
    [InlineData("pdss", "7", CasenessAtStart.NotCase)]
    [InlineData("pdss", "8", CasenessAtStart.Case)]
    [InlineData("pdss", "9", CasenessAtStart.Case)]
    [InlineData("hai", "17", CasenessAtStart.NotCase)]
    [InlineData("hai", "18", CasenessAtStart.Case)]
    [InlineData("hai", "19", CasenessAtStart.Case)]
    [InlineData("mi", "2.29", CasenessAtStart.NotCase)]
    [InlineData("mi", "2.3", CasenessAtStart.NotCase)]
    [InlineData("mi", "2.30", CasenessAtStart.NotCase)]
    [InlineData("mi", "2.31", CasenessAtStart.Case)]
    public void Caseness_at_start_is_decided_at_the_cut_off(string measure, string first, CasenessAtStart expected)
    {
        decimal value = Number(first);
        var input = measure == MeasureKeys.Phq9
            ? FinishedOn(MeasureKeys.Gad7, value, value, 0, 0)
            : FinishedOn(measure, 0, 0, value, value);
        Assert.Equal(expected, Classify(input).CasenessAtStart);
    }

    /// <summary>M4 §6.4.3: recovered only when the last score is below caseness on both measures.</summary>
    [Theory]
    [InlineData("phq9", "9", true)]
    [InlineData("phq9", "10", false)]
    [InlineData("phq9", "11", false)]
    [InlineData("gad7", "7", true)]
    [InlineData("gad7", "8", false)]
    [InlineData("gad7", "9", false)]
    [InlineData("spin", "18", true)]
    [InlineData("spin", "19", false)]
    [InlineData("spin", "20", false)]
    [InlineData("pcl5", "31", true)]
    [InlineData("pcl5", "32", false)]
    [InlineData("pcl5", "33", false)]
    [InlineData("oci", "39", true)]
    [InlineData("oci", "40", false)]
    [InlineData("oci", "41", false)]
    [InlineData("pdss", "7", true)]
    [InlineData("pdss", "8", false)]
    [InlineData("pdss", "9", false)]
    [InlineData("hai", "17", true)]
    [InlineData("hai", "18", false)]
    [InlineData("hai", "19", false)]
    [InlineData("mi", "2.29", true)]
    [InlineData("mi", "2.3", true)] // not strictly above 2.3: below caseness
    [InlineData("mi", "2.31", false)]
    public void Recovery_needs_the_last_score_below_the_cut_off(string measure, string last, bool recovered)
    {
        decimal value = Number(last);
        var input = measure == MeasureKeys.Phq9
            ? FinishedOn(MeasureKeys.Gad7, 27, value, 21, 0)
            : FinishedOn(measure, 27, 0, HighScore(measure), value);
        Assert.Equal(recovered, Classify(input).Recovered);
    }

    /// <summary>M4 §6.4.3: a fall of at least the reliable-change value is a reliable improvement (the value itself counts).</summary>
    [Theory]
    [InlineData("phq9", "20", "15", false)] // fell 5, value 6
    [InlineData("phq9", "20", "14", true)] // fell 6
    [InlineData("phq9", "20", "13", true)] // fell 7
    [InlineData("gad7", "15", "12", false)] // fell 3, value 4
    [InlineData("gad7", "15", "11", true)]
    [InlineData("gad7", "15", "10", true)]
    [InlineData("spin", "40", "31", false)] // fell 9, value 10
    [InlineData("spin", "40", "30", true)]
    [InlineData("spin", "40", "29", true)]
    [InlineData("pcl5", "50", "41", false)] // fell 9, value 10
    [InlineData("pcl5", "50", "40", true)]
    [InlineData("pcl5", "50", "39", true)]
    [InlineData("oci", "100", "69", false)] // fell 31, value 32
    [InlineData("oci", "100", "68", true)]
    [InlineData("oci", "100", "67", true)]
    [InlineData("pdss", "20", "16", false)] // fell 4, value 5
    [InlineData("pdss", "20", "15", true)]
    [InlineData("pdss", "20", "14", true)]
    [InlineData("hai", "30", "27", false)] // fell 3, value 4
    [InlineData("hai", "30", "26", true)]
    [InlineData("hai", "30", "25", true)]
    [InlineData("mi", "3.00", "2.28", false)] // fell 0.72, value 0.73
    [InlineData("mi", "3.00", "2.27", true)] // fell exactly 0.73
    [InlineData("mi", "3.00", "2.26", true)] // fell 0.74
    [InlineData("mi", "2.35", "1.62", true)] // exactly 0.73 again: no binary rounding
    [InlineData("mi", "2.35", "1.63", false)] // 0.72
    public void Reliable_improvement_needs_a_fall_of_at_least_the_reliable_change_value(
        string measure, string first, string last, bool improved)
    {
        var result = Classify(WithChangeOn(measure, Number(first), Number(last)));
        Assert.Equal(improved, result.ReliableImprovement);
        Assert.False(result.ReliableDeterioration);
    }

    /// <summary>NHSD: a rise of at least the reliable-change value is a reliable deterioration (the value itself counts).</summary>
    [Theory]
    [InlineData("phq9", "15", "20", false)] // rose 5, value 6
    [InlineData("phq9", "14", "20", true)]
    [InlineData("phq9", "13", "20", true)]
    [InlineData("gad7", "12", "15", false)] // rose 3, value 4
    [InlineData("gad7", "11", "15", true)]
    [InlineData("gad7", "10", "15", true)]
    [InlineData("spin", "31", "40", false)]
    [InlineData("spin", "30", "40", true)]
    [InlineData("spin", "29", "40", true)]
    [InlineData("pcl5", "41", "50", false)]
    [InlineData("pcl5", "40", "50", true)]
    [InlineData("pcl5", "39", "50", true)]
    [InlineData("oci", "69", "100", false)]
    [InlineData("oci", "68", "100", true)]
    [InlineData("oci", "67", "100", true)]
    [InlineData("pdss", "16", "20", false)]
    [InlineData("pdss", "15", "20", true)]
    [InlineData("pdss", "14", "20", true)]
    [InlineData("hai", "27", "30", false)]
    [InlineData("hai", "26", "30", true)]
    [InlineData("hai", "25", "30", true)]
    [InlineData("mi", "2.28", "3.00", false)] // rose 0.72
    [InlineData("mi", "2.27", "3.00", true)] // rose exactly 0.73
    [InlineData("mi", "2.26", "3.00", true)]
    public void Reliable_deterioration_needs_a_rise_of_at_least_the_reliable_change_value(
        string measure, string first, string last, bool deteriorated)
    {
        var result = Classify(WithChangeOn(measure, Number(first), Number(last)));
        Assert.Equal(deteriorated, result.ReliableDeterioration);
        Assert.False(result.ReliableImprovement);
        Assert.Equal(!deteriorated, result.NoReliableChange);
    }

    /// <summary>The MI scored from items: 90/27 to 70/27 is a fall of 20/27 = 0.7407...; 90/27 to 71/27 a fall of 19/27 = 0.7037....</summary>
    [Theory]
    [InlineData(90, 70, true)]
    [InlineData(90, 71, false)]
    public void An_MI_change_between_exact_item_means_is_compared_exactly(int firstItemSum, int lastItemSum, bool improved)
    {
        var mi = Rules.RuleSets.RuleSet.ManualV4.Measures[MeasureKeys.Mi];
        var input = new OutcomeInput
        {
            Descriptor = Rules.ProblemDescriptors.ProblemDescriptor.Agoraphobia,
            TreatmentSessions = 2,
            Ended = true,
            Phq9 = Pair(MeasureKeys.Phq9, 12, 12),
            Adsm = new ScorePair(
                mi.ScoreItems(Measures.CasenessBoundaryTests.MiItemsWithSum(firstItemSum)).AsT0,
                mi.ScoreItems(Measures.CasenessBoundaryTests.MiItemsWithSum(lastItemSum)).AsT0),
        };
        Assert.Equal(improved, Classify(input).ReliableImprovement);
    }

    /// <summary>A finished course whose only change is on <paramref name="measure"/>; the other measure stays the same.</summary>
    private static OutcomeInput WithChangeOn(string measure, decimal first, decimal last) =>
        measure switch
        {
            MeasureKeys.Phq9 => FinishedOn(MeasureKeys.Gad7, first, last, 10, 10),
            _ => FinishedOn(measure, 12, 12, first, last),
        };

    /// <summary>A first score well above the cut-off.</summary>
    private static decimal HighScore(string measure) => measure switch
    {
        MeasureKeys.Gad7 => 15,
        MeasureKeys.Spin => 40,
        MeasureKeys.Pcl5 => 50,
        MeasureKeys.Oci => 100,
        MeasureKeys.Pdss => 20,
        MeasureKeys.Hai => 30,
        MeasureKeys.Mi => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(measure)),
    };

    private static decimal Number(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}

using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Specifications.Measures;

/// <summary>
/// Items that do not apply to everyone, as the instruments themselves provide (LIT): the WSAS lets a person who is
/// retired or chooses not to have a job for reasons unrelated to their problem tick instead of rating item 1 (work);
/// the PHQ-15 marks item 4 (menstrual cramps or other problems with periods) as for women only. Not applicable is not
/// missing: a missing answer leaves the measure without a score (fact sheet §2, no prorating), a not-applicable one
/// does not. How the total is then read is in no source checked: the engine sums the applicable items and reads the
/// usual bands on that sum, an [unconfirmed] rule-set parameter (<see cref="NotApplicableRule.Scoring"/>). In item
/// text "n/a" is not applicable; "NA" and "." are missing. Source: the WSAS and PHQ-15 forms (LIT); reference fact
/// sheet §2 (WSAS bands &lt;10, 10-20, &gt;20; PHQ-15 5, 10, 15).
/// </summary>
public class LIT_NotApplicableItems
{
    private static MeasureDefinition Measure(string key) => RuleSet.ManualV4.Measures[key];

    /// <summary>WSAS, item 1 not applicable: the other four items summed (0-32) on the bands &lt;10 subclinical, 10-20 significant, &gt;20 moderately severe (LIT).</summary>
    [Theory]
    [InlineData("n/a 2 2 2 3", 9, "subclinical")]
    [InlineData("n/a 2 2 3 3", 10, "significant")]
    [InlineData("n/a 5 5 5 5", 20, "significant")]
    [InlineData("n/a 5 5 5 6", 21, "moderately_severe")]
    [InlineData("n/a 8 8 8 8", 32, "moderately_severe")]
    public void WSAS_for_a_person_not_in_work(string items, int total, string band)
    {
        var score = Measure(MeasureKeys.Wsas).ScoreText(items, null).AsT0;
        Assert.Equal((total, band), (score.WholeValue, score.Severity?.Key));
    }

    /// <summary>PHQ-15 for a man, item 4 not applicable: the other 14 items summed (0-28) on the bands 5 low, 10 medium, 15 high (LIT).</summary>
    [Theory]
    [InlineData("0 0 0 n/a 0 0 0 0 0 0 1 1 1 1 0", 4, "minimal")]
    [InlineData("0 0 0 n/a 0 0 0 0 0 1 1 1 1 1 0", 5, "low")]
    [InlineData("1 1 1 n/a 1 1 1 1 1 1 0 0 0 0 0", 9, "low")]
    [InlineData("1 1 1 n/a 1 1 1 1 1 1 1 0 0 0 0", 10, "medium")]
    [InlineData("1 1 1 n/a 1 1 1 1 1 1 1 1 1 1 1", 14, "medium")]
    [InlineData("2 1 1 n/a 1 1 1 1 1 1 1 1 1 1 1", 15, "high")]
    [InlineData("2 2 2 n/a 2 2 2 2 2 2 2 2 2 2 2", 28, "high")]
    public void PHQ15_for_a_man(string items, int total, string band)
    {
        var score = Measure(MeasureKeys.Phq15).ScoreText(items, null).AsT0;
        Assert.Equal((total, band), (score.WholeValue, score.Severity?.Key));
    }

    /// <summary>Fact sheet §2: a measure with missing items has no score; "NA" and "." are missing, never not applicable.</summary>
    [Theory]
    [InlineData(MeasureKeys.Wsas, "NA 4 4 4 4")]
    [InlineData(MeasureKeys.Wsas, ". 4 4 4 4")]
    [InlineData(MeasureKeys.Phq15, "1 1 1 NA 1 1 1 1 1 1 1 1 1 1 1")]
    public void Missing_is_not_not_applicable(string key, string items) =>
        Assert.Equal(ScoringErrorKind.MissingItems, Measure(key).ScoreText(items, null).AsT1.Kind);

    /// <summary>Only the items the instrument lets be not applicable may be: WSAS item 1, PHQ-15 item 4; no PHQ-9 item.</summary>
    [Theory]
    [InlineData(MeasureKeys.Wsas, "4 n/a 4 4 4")]
    [InlineData(MeasureKeys.Phq15, "n/a 1 1 1 1 1 1 1 1 1 1 1 1 1 1")]
    [InlineData(MeasureKeys.Phq9, "1 1 1 1 1 1 1 1 n/a")]
    public void Not_applicable_elsewhere_is_an_error(string key, string items) =>
        Assert.Equal(ScoringErrorKind.NotApplicableNotAllowed, Measure(key).ScoreText(items, null).AsT1.Kind);

    /// <summary>The reading of the total when an item is not applicable is no source's: it is an [unconfirmed], overridable parameter.</summary>
    [Theory]
    [InlineData(MeasureKeys.Wsas, 1)]
    [InlineData(MeasureKeys.Phq15, 4)]
    public void The_reading_is_an_unconfirmed_parameter(string key, int item)
    {
        var rule = Measure(key).NotApplicable!;
        Assert.Equal([item], rule.Positions.ToArray());
        Assert.Equal(NotApplicableScoring.SumOfApplicableItems, rule.Scoring.Value);
        Assert.True(rule.Scoring.Source.Unconfirmed);
        Assert.Equal("LIT", rule.Source.Document);
    }
}

using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Measures;

/// <summary>Severity bands at every band edge (PHQ-9 and GAD-7: NHSD/LIT; WSAS, IBS and PHQ-15: LIT).</summary>
public class SeverityBandTests
{
    [Theory]
    [InlineData("phq9", 0, "minimal")]
    [InlineData("phq9", 4, "minimal")]
    [InlineData("phq9", 5, "mild")]
    [InlineData("phq9", 9, "mild")]
    [InlineData("phq9", 10, "moderate")]
    [InlineData("phq9", 14, "moderate")]
    [InlineData("phq9", 15, "moderately_severe")]
    [InlineData("phq9", 19, "moderately_severe")]
    [InlineData("phq9", 20, "severe")]
    [InlineData("phq9", 27, "severe")]
    [InlineData("gad7", 0, "minimal")]
    [InlineData("gad7", 4, "minimal")]
    [InlineData("gad7", 5, "mild")]
    [InlineData("gad7", 9, "mild")]
    [InlineData("gad7", 10, "moderate")]
    [InlineData("gad7", 14, "moderate")]
    [InlineData("gad7", 15, "severe")]
    [InlineData("gad7", 21, "severe")]
    [InlineData("wsas", 0, "subclinical")]
    [InlineData("wsas", 9, "subclinical")]
    [InlineData("wsas", 10, "significant")]
    [InlineData("wsas", 20, "significant")]
    [InlineData("wsas", 21, "moderately_severe")]
    [InlineData("wsas", 40, "moderately_severe")]
    [InlineData("ibs", 74, "remission")]
    [InlineData("ibs", 75, "mild")]
    [InlineData("ibs", 174, "mild")]
    [InlineData("ibs", 175, "moderate")]
    [InlineData("ibs", 300, "moderate")]
    [InlineData("ibs", 301, "severe")]
    [InlineData("phq15", 4, "minimal")]
    [InlineData("phq15", 5, "low")]
    [InlineData("phq15", 10, "medium")]
    [InlineData("phq15", 15, "high")]
    [InlineData("phq15", 30, "high")]
    public void A_total_falls_in_its_severity_band(string measure, int total, string band)
    {
        var score = RuleSet.ManualV4.Measures[measure].ScoreTotal(total).AsT0;
        Assert.Equal(band, score.Severity?.Key);
    }

    [Theory]
    [InlineData("spin")]
    [InlineData("mi")]
    [InlineData("gad2")]
    public void Measures_without_bands_have_no_severity(string measure)
    {
        var definition = RuleSet.ManualV4.Measures[measure];
        var score = definition.ScoreTotal((int)definition.TotalMaximum!.Value).AsT0;
        Assert.Null(score.Severity);
    }
}

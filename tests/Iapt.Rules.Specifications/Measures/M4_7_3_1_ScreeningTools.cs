using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Specifications.Measures;

/// <summary>
/// M4 §7.3.1 names the case-finding tools: the Whooley questions, GAD-2 and Mini-SPIN. Their cut-offs come from
/// their literature (reference fact sheet §2). They are screens, never outcome measures.
/// </summary>
public class M4_7_3_1_ScreeningTools
{
    /// <summary>M4 §7.3.1 with each tool's literature: GAD-2 positive at 3 and above, Mini-SPIN at 6 and above, Whooley when either answer is yes.</summary>
    [Theory]
    [InlineData("gad2", 2, 3)]
    [InlineData("minispin", 5, 6)]
    [InlineData("whooley", 0, 1)]
    public void Screening_tool_is_positive_from_its_cut_off(string measure, int negative, int positive)
    {
        var definition = RuleSet.ManualV4.Measures[measure];
        Assert.Equal(MeasureRole.Screening, definition.Role);
        Assert.False(definition.CountsForRecovery.Value);
        Assert.False(definition.ScoreTotal(negative).AsT0.IsCase);
        Assert.True(definition.ScoreTotal(positive).AsT0.IsCase);
    }
}

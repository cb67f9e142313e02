using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.Stepping;

/// <summary>Every branch of the step-up rule, in its order.</summary>
public class StepUpTests
{
    private static readonly RuleSet Rules = RuleSet.ManualV4;

    private static StepUpDecision Decide(bool? recovered, bool? atCaseness, bool? improved) =>
        SteppedCare.StepUp(Rules, new CourseOutcome { Recovered = recovered, AtCasenessAtEnd = atCaseness, ReliablyImproved = improved });

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(true, false, false)]
    [InlineData(true, null, null)]
    [InlineData(true, true, false)]
    public void Recovered_is_never_stepped_up_whatever_else_is_recorded(bool? recovered, bool? atCaseness, bool? improved)
    {
        var decision = Decide(recovered, atCaseness, improved);
        Assert.Equal(StepUpVerdict.NotRecommended, decision.Verdict);
        Assert.Equal(StepUpReason.Recovered, decision.Reason);
        Assert.Equal(CareStep.Unknown, decision.To);
        Assert.Equal("M4 §1.3, Table 5", decision.Source.ToString());
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(false, false)]
    [InlineData(null, null)]
    public void Still_at_caseness_is_stepped_up_whether_or_not_it_improved(bool? recovered, bool? improved)
    {
        var decision = Decide(recovered, true, improved);
        Assert.True(decision.IsRecommended);
        Assert.Equal(StepUpReason.StillAtCaseness, decision.Reason);
        Assert.Equal(CareStep.HighIntensity, decision.To);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public void No_reliable_improvement_below_caseness_or_with_caseness_unknown_is_stepped_up(bool? atCaseness)
    {
        var decision = Decide(false, atCaseness, false);
        Assert.True(decision.IsRecommended);
        Assert.Equal(StepUpReason.NoReliableImprovement, decision.Reason);
    }

    [Fact]
    public void Below_caseness_and_reliably_improved_responded_and_is_not_stepped_up()
    {
        var decision = Decide(null, false, true);
        Assert.Equal(StepUpVerdict.NotRecommended, decision.Verdict);
        Assert.Equal(StepUpReason.Responded, decision.Reason);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(false, null)]
    [InlineData(null, true)]
    public void Missing_caseness_or_improvement_is_undetermined(bool? atCaseness, bool? improved)
    {
        var decision = Decide(false, atCaseness, improved);
        Assert.Equal(StepUpVerdict.Undetermined, decision.Verdict);
        Assert.Equal(StepUpReason.OutcomeNotRecorded, decision.Reason);
    }

    [Fact]
    public void The_explanation_says_where_to_step_and_why()
    {
        Assert.Equal(
            "step up to step 3 (high intensity): still at caseness after low intensity, so a full high-intensity course is due in the same episode. [M4 Table 5]",
            Decide(false, true, true).Explain());
        Assert.Equal("do not step up: the person recovered. [M4 §1.3, Table 5]", Decide(true, false, true).Explain());
    }
}

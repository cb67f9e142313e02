using Iapt.Rules.Provenance;
using Iapt.Rules.Stepping;

namespace Iapt.Rules.Tests.Stepping;

/// <summary>A step-up decision in words (M4 Table 5): the reason, and the step when a step up is recommended.</summary>
public class StepUpDecisionTests
{
    private static readonly Source Table5 = new("M4", "Table 5");

    [Theory]
    [InlineData(StepUpReason.NoReliableImprovement, "no reliable improvement after low intensity. [M4 Table 5]")]
    [InlineData(StepUpReason.Responded, "do not step up: below caseness and reliably improved. [M4 Table 5]")]
    [InlineData(StepUpReason.OutcomeNotRecorded, "undetermined: caseness at the end or reliable improvement was not recorded. [M4 Table 5]")]
    public void A_decision_not_to_step_up_gives_its_reason(StepUpReason reason, string expected)
    {
        Assert.Equal(expected, new StepUpDecision(StepUpVerdict.NotRecommended, reason, CareStep.LowIntensity, Table5).Explain());
    }
}

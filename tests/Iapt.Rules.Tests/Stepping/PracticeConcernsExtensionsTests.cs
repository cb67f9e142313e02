using Iapt.Rules.Outcomes;
using Iapt.Rules.Stepping;

namespace Iapt.Rules.Tests.Stepping;

/// <summary>
/// The practice concerns' keys (the values of the command line's <c>practice_concerns</c> column, which other tools
/// read) and the concerns an outcome's data-quality issues raise (M4 Table 7).
/// </summary>
public class PracticeConcernsExtensionsTests
{
    [Theory]
    [InlineData(PracticeConcerns.SteppedUpWithoutStep2Trial, "stepped_up_without_step2_trial")]
    [InlineData(PracticeConcerns.NonGuidedSelfHelp, "non_guided_self_help")]
    [InlineData(PracticeConcerns.OneOffAppointment, "one_off_appointment")]
    [InlineData(PracticeConcerns.DischargedBeforeRecoveryDespiteImprovement, "discharged_before_recovery_despite_improvement")]
    [InlineData(PracticeConcerns.InterventionNotNiceRecommended, "intervention_not_nice_recommended")]
    [InlineData(PracticeConcerns.StepUpWaitOverStandard, "step_up_wait_over_standard")]
    [InlineData(PracticeConcerns.NotSteppedUpWhenIndicated, "not_stepped_up_when_indicated")]
    [InlineData(PracticeConcerns.NoProblemDescriptor, "no_problem_descriptor")]
    [InlineData(PracticeConcerns.MixedAnxietyAndDepressionWhenBothAtCaseness, "mixed_anxiety_depression_both_at_caseness")]
    [InlineData(PracticeConcerns.AnxietyMeasureNotUsed, "adsm_not_used")]
    public void Each_concern_has_its_key(PracticeConcerns concern, string key)
    {
        Assert.Equal(key, concern.Key());
        Assert.Equal(key, concern.Keys());
    }

    [Fact]
    public void A_combination_or_no_concern_has_no_single_key()
    {
        Assert.Equal(string.Empty, (PracticeConcerns.OneOffAppointment | PracticeConcerns.NoProblemDescriptor).Key());
        Assert.Equal(string.Empty, PracticeConcerns.None.Key());
    }

    [Theory]
    [InlineData(DataQualityIssues.None, PracticeConcerns.None)]
    [InlineData(DataQualityIssues.NoProblemDescriptor, PracticeConcerns.NoProblemDescriptor)]
    [InlineData(DataQualityIssues.MixedAnxietyDepressionAtCaseness, PracticeConcerns.MixedAnxietyAndDepressionWhenBothAtCaseness)]
    [InlineData(DataQualityIssues.AdsmNotPaired, PracticeConcerns.AnxietyMeasureNotUsed)]
    [InlineData(DataQualityIssues.NoProblemDescriptor | DataQualityIssues.AdsmNotPaired, PracticeConcerns.NoProblemDescriptor | PracticeConcerns.AnxietyMeasureNotUsed)]
    public void Each_data_quality_issue_raises_its_own_concern_and_no_other(DataQualityIssues issues, PracticeConcerns expected)
    {
        Assert.Equal(expected, PracticeConcernsExtensions.FromDataQuality(issues));
    }
}

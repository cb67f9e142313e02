using Iapt.Rules.Waiting;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>The field name of each access milestone's date, as errors and the command line name it.</summary>
public class AccessMilestonesTests
{
    [Theory]
    [InlineData(AccessMilestone.Referral, "referral_date")]
    [InlineData(AccessMilestone.DecisionToTreat, "decision_to_treat_date")]
    [InlineData(AccessMilestone.Assessment, "assessment_date")]
    [InlineData(AccessMilestone.FirstTreatment, "first_treatment_date")]
    [InlineData(AccessMilestone.Step2TreatmentStart, "step_2_treatment_date")]
    [InlineData(AccessMilestone.Step3Or4TreatmentStart, "step_3_or_4_treatment_date")]
    [InlineData(AccessMilestone.HighRiskIdentified, "high_risk_identified_date")]
    [InlineData(AccessMilestone.UrgentOnwardReferral, "urgent_referral_date")]
    public void Each_milestone_names_its_date_field(AccessMilestone milestone, string field)
    {
        Assert.Equal(field, AccessMilestones.Field(milestone));
        Assert.Equal(field, AccessMilestones.EndBeforeStart(AccessMilestone.Referral, milestone).Field);
    }
}

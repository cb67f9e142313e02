using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using Iapt.Rules.Provenance;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Specifications.Stepping;

/// <summary>
/// NICE NG222 (2022, depression in adults) replaces the mild/moderate/severe wording behind M4 Table 2 with less
/// severe (PHQ-9 below 16) and more severe (16 or more) depression. <see cref="RuleSet.Ng222"/> reads depression
/// severity that way for the initial step and for concordance; <see cref="RuleSet.ManualV4"/>, the default, keeps
/// M4 (severe = PHQ-9 20-27; Table 2 rows read as PHQ-9 bands). Source: reference fact sheet §10; M4 Table 2,
/// Table 5 (seeds/001_a2cac0063d4a7b45.txt).
/// </summary>
public class NICE_NG222_DepressionSeverity
{
    private static Score Phq9(int total) => RuleSet.ManualV4.Measures[MeasureKeys.Phq9].ScoreTotal(total).AsT0;

    private static RuleSet Named(string name) => name == "NG222" ? RuleSet.Ng222 : RuleSet.ManualV4;

    /// <summary>Initial step: under NG222 more severe depression (16 or more) starts at step 3; under M4 only severe (20 or more).</summary>
    [Theory]
    [InlineData("NG222", 15, CareStep.LowIntensity)]   // NG222: 15 is less severe
    [InlineData("NG222", 16, CareStep.HighIntensity)]  // NG222: 16 is more severe
    [InlineData("NG222", 19, CareStep.HighIntensity)]
    [InlineData("NG222", 20, CareStep.HighIntensity)]
    [InlineData("M4", 15, CareStep.LowIntensity)]      // M4 §1.3, Table 5: moderately severe
    [InlineData("M4", 16, CareStep.LowIntensity)]
    [InlineData("M4", 19, CareStep.LowIntensity)]
    [InlineData("M4", 20, CareStep.HighIntensity)]     // M4: severe, 20-27
    public void Initial_step_for_depression(string ruleSet, int phq9, CareStep expected) =>
        Assert.Equal(expected, SteppedCare.InitialStep(Named(ruleSet), ProblemDescriptor.Depression, Phq9(phq9)).Step);

    /// <summary>
    /// Concordance: counselling is listed only on Table 2's "mild to moderate" depression row, read as less severe
    /// (below 16) under NG222 and as the PHQ-9 bands minimal, mild and moderate (0-14) under M4.
    /// </summary>
    [Theory]
    [InlineData("NG222", 15, ConcordanceVerdict.Recommended)]
    [InlineData("NG222", 16, ConcordanceVerdict.NotRecommended)]
    [InlineData("NG222", 19, ConcordanceVerdict.NotRecommended)]
    [InlineData("NG222", 20, ConcordanceVerdict.NotRecommended)]
    [InlineData("M4", 14, ConcordanceVerdict.Recommended)]
    [InlineData("M4", 15, ConcordanceVerdict.NotRecommended)]
    [InlineData("M4", 16, ConcordanceVerdict.NotRecommended)]
    [InlineData("M4", 19, ConcordanceVerdict.NotRecommended)]
    [InlineData("M4", 20, ConcordanceVerdict.NotRecommended)]
    public void Counselling_for_depression_at_step_3(string ruleSet, int phq9, ConcordanceVerdict expected)
    {
        var context = new TreatmentContext { FirstPhq9 = Phq9(phq9), Phase = TreatmentPhase.AcuteEpisode };
        var result = SteppedCare.Concordance(Named(ruleSet), ProblemDescriptor.Depression, Intervention.Counselling, CareStep.HighIntensity, context);
        Assert.Equal(expected, result.Verdict);
    }

    /// <summary>
    /// Concordance: interpersonal psychotherapy is on both depression rows; under NG222 the deciding row changes at
    /// 16 (less severe below, more severe from 16), under M4 at 15 (moderately severe is only on the
    /// "moderate to severe" row).
    /// </summary>
    [Theory]
    [InlineData("NG222", 15, "step 3, depression (less severe (PHQ-9 below 16), not responded to initial low-intensity interventions)")]
    [InlineData("NG222", 16, "step 3, depression (more severe (PHQ-9 16 or more), each with medication)")]
    [InlineData("M4", 15, "step 3, depression (moderate to severe, each with medication)")]
    [InlineData("M4", 20, "step 3, depression (moderate to severe, each with medication)")]
    public void The_depression_row_that_decides(string ruleSet, int phq9, string row)
    {
        var context = new TreatmentContext { FirstPhq9 = Phq9(phq9), Phase = TreatmentPhase.AcuteEpisode };
        var result = SteppedCare.Concordance(Named(ruleSet), ProblemDescriptor.Depression, Intervention.InterpersonalPsychotherapy, CareStep.HighIntensity, context);
        Assert.Equal(ConcordanceVerdict.Recommended, result.Verdict);
        Assert.Equal(row, result.Row?.ToString());
    }

    /// <summary>NG222 changes depression severity only: PTSD, GAD and mixed anxiety and depression start where M4 starts them.</summary>
    [Theory]
    [InlineData(ProblemDescriptor.PostTraumaticStressDisorder, CareStep.HighIntensity)]
    [InlineData(ProblemDescriptor.GeneralisedAnxietyDisorder, CareStep.LowIntensity)]
    [InlineData(ProblemDescriptor.MixedAnxietyAndDepression, CareStep.LowIntensity)]
    public void Other_descriptors_are_unchanged(ProblemDescriptor descriptor, CareStep expected) =>
        Assert.Equal(expected, SteppedCare.InitialStep(RuleSet.Ng222, descriptor, Phq9(18)).Step);
}

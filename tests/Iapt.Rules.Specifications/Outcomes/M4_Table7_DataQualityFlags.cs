using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using static Iapt.Rules.Specifications.Outcomes.Referrals;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Specifications.Outcomes;

/// <summary>
/// M4 Table 7 (worse-performing services) and §5.1.3: no problem descriptor; mixed anxiety and depression used when
/// the criteria for both are met; an ADSM not used when the descriptor calls for one.
/// Source: seeds/001_a2cac0063d4a7b45.txt Table 7, §5.1.3; reference §3, §6.
/// </summary>
public class M4_Table7_DataQualityFlags
{
    /// <summary>M4 Table 7: "No problem descriptor" is a characteristic of worse-performing services.</summary>
    [Fact]
    public void No_problem_descriptor_is_flagged()
    {
        Assert.Equal(DataQualityIssues.NoProblemDescriptor, Outcome(Course(15, 5, 12, 4, descriptor: ProblemDescriptor.None)).DataQuality);
    }

    /// <summary>F41.2 is for sub-syndromal symptoms: with the first PHQ-9 and the first GAD-7 both at caseness, both disorders meet criteria.</summary>
    [Theory]
    [InlineData(10, 8, true)]
    [InlineData(9, 8, false)]
    [InlineData(10, 7, false)]
    public void Mixed_anxiety_and_depression_with_both_first_scores_at_caseness_is_flagged(int phq9First, int gad7First, bool flagged)
    {
        var outcome = Outcome(Course(phq9First, 3, gad7First, 2, descriptor: ProblemDescriptor.MixedAnxietyAndDepression));
        Assert.Equal(flagged ? DataQualityIssues.MixedAnxietyDepressionAtCaseness : DataQualityIssues.None, outcome.DataQuality);
    }

    /// <summary>M4 Table 7: "ADSMs not used" when the descriptor calls for one; recovery falls back to GAD-7 (Table 6 note).</summary>
    [Fact]
    public void A_descriptor_whose_ADSM_has_no_pair_is_flagged()
    {
        var outcome = Outcome(Course(15, 5, 12, 4, descriptor: ProblemDescriptor.PanicDisorder) with
        {
            Adsm = Scores(MeasureKeys.Pdss, 20, null),
        });
        Assert.Equal(DataQualityIssues.AdsmNotPaired, outcome.DataQuality);
        Assert.Equal(MeasureKeys.Gad7, outcome.AnxietyMeasure.Key);
    }
}

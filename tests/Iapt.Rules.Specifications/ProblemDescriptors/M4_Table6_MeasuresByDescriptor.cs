using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using static Iapt.Rules.Specifications.Outcomes.Referrals;
using Iapt.Rules.Provenance;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Specifications.ProblemDescriptors;

/// <summary>
/// M4 Table 6 (IAPT outcome measures by problem descriptor) and its note: the depression measure is PHQ-9 for every
/// descriptor; the "recommended measure for anxiety symptoms or MUS" is used for recovery when it is present; GAD-7,
/// the "further option", when it is missing; measures marked * are not used for recovery yet. Rows for specific
/// phobia and other F40-F43 are not in Table 6: they use GAD-7, the default anxiety measure (M4 §6.2.1; reference §3);
/// so does every other recorded code (<see cref="ProblemDescriptor.Other"/>; reference §8).
/// Source: seeds/001_a2cac0063d4a7b45.txt, Table 6 and §6.2.1.
/// </summary>
public class M4_Table6_MeasuresByDescriptor
{
    /// <summary>Table 6, column 3: the recommended measure for anxiety symptoms or MUS, one case per row.</summary>
    [Theory]
    [InlineData(ProblemDescriptor.Depression, "gad7")]
    [InlineData(ProblemDescriptor.GeneralisedAnxietyDisorder, "gad7")]
    [InlineData(ProblemDescriptor.MixedAnxietyAndDepression, "gad7")]
    [InlineData(ProblemDescriptor.None, "gad7")]
    [InlineData(ProblemDescriptor.SocialAnxietyDisorder, "spin")]
    [InlineData(ProblemDescriptor.PostTraumaticStressDisorder, "pcl5")]
    [InlineData(ProblemDescriptor.Agoraphobia, "mi")]
    [InlineData(ProblemDescriptor.ObsessiveCompulsiveDisorder, "oci")]
    [InlineData(ProblemDescriptor.PanicDisorder, "pdss")]
    [InlineData(ProblemDescriptor.HealthAnxiety, "hai")]
    [InlineData(ProblemDescriptor.BodyDysmorphicDisorder, "biq")]
    [InlineData(ProblemDescriptor.IrritableBowelSyndrome, "ibs")]
    [InlineData(ProblemDescriptor.ChronicFatigueSyndrome, "cfq")]
    [InlineData(ProblemDescriptor.ChronicPain, "gad7")]
    [InlineData(ProblemDescriptor.MedicallyUnexplainedSymptoms, "phq15")]
    [InlineData(ProblemDescriptor.SpecificPhobia, "gad7")]
    [InlineData(ProblemDescriptor.OtherAnxietyOrStressRelated, "gad7")]
    [InlineData(ProblemDescriptor.Other, "gad7")] // reference §8: every other recorded code uses GAD-7
    public void Table_6_row_recommends_its_measure_for_anxiety_or_MUS(ProblemDescriptor descriptor, string measure)
    {
        Assert.Equal(measure, RuleSet.ManualV4.Descriptors[descriptor].RecommendedMeasure);
    }

    /// <summary>
    /// Table 6 note: recovery is measured on the recommended measure when it is present and counts for recovery; the
    /// starred measures (BIQ, Francis IBS, Chalder, PHQ-15) do not count yet, so GAD-7 is used. One case per row.
    /// </summary>
    [Theory]
    [InlineData(ProblemDescriptor.Depression, "gad7")]
    [InlineData(ProblemDescriptor.GeneralisedAnxietyDisorder, "gad7")]
    [InlineData(ProblemDescriptor.MixedAnxietyAndDepression, "gad7")]
    [InlineData(ProblemDescriptor.None, "gad7")]
    [InlineData(ProblemDescriptor.SocialAnxietyDisorder, "spin")]
    [InlineData(ProblemDescriptor.PostTraumaticStressDisorder, "pcl5")]
    [InlineData(ProblemDescriptor.Agoraphobia, "mi")]
    [InlineData(ProblemDescriptor.ObsessiveCompulsiveDisorder, "oci")]
    [InlineData(ProblemDescriptor.PanicDisorder, "pdss")]
    [InlineData(ProblemDescriptor.HealthAnxiety, "hai")]
    [InlineData(ProblemDescriptor.BodyDysmorphicDisorder, "gad7")]
    [InlineData(ProblemDescriptor.IrritableBowelSyndrome, "gad7")]
    [InlineData(ProblemDescriptor.ChronicFatigueSyndrome, "gad7")]
    [InlineData(ProblemDescriptor.ChronicPain, "gad7")]
    [InlineData(ProblemDescriptor.MedicallyUnexplainedSymptoms, "gad7")]
    [InlineData(ProblemDescriptor.SpecificPhobia, "gad7")]
    [InlineData(ProblemDescriptor.OtherAnxietyOrStressRelated, "gad7")]
    [InlineData(ProblemDescriptor.Other, "gad7")] // reference §8
    public void Table_6_row_measures_recovery_on_this_anxiety_measure_when_its_pair_is_present(
        ProblemDescriptor descriptor, string measure)
    {
        Assert.Equal(measure, RuleSet.ManualV4.ChooseAnxietyMeasure(descriptor, recommendedMeasurePaired: true).Key);
    }

    /// <summary>Table 6, column 4: GAD-7 is the further option, used when the recommended measure is missing. One case per row.</summary>
    [Theory]
    [InlineData(ProblemDescriptor.Depression)]
    [InlineData(ProblemDescriptor.GeneralisedAnxietyDisorder)]
    [InlineData(ProblemDescriptor.MixedAnxietyAndDepression)]
    [InlineData(ProblemDescriptor.None)]
    [InlineData(ProblemDescriptor.SocialAnxietyDisorder)]
    [InlineData(ProblemDescriptor.PostTraumaticStressDisorder)]
    [InlineData(ProblemDescriptor.Agoraphobia)]
    [InlineData(ProblemDescriptor.ObsessiveCompulsiveDisorder)]
    [InlineData(ProblemDescriptor.PanicDisorder)]
    [InlineData(ProblemDescriptor.HealthAnxiety)]
    [InlineData(ProblemDescriptor.BodyDysmorphicDisorder)]
    [InlineData(ProblemDescriptor.IrritableBowelSyndrome)]
    [InlineData(ProblemDescriptor.ChronicFatigueSyndrome)]
    [InlineData(ProblemDescriptor.ChronicPain)]
    [InlineData(ProblemDescriptor.MedicallyUnexplainedSymptoms)]
    [InlineData(ProblemDescriptor.SpecificPhobia)]
    [InlineData(ProblemDescriptor.OtherAnxietyOrStressRelated)]
    [InlineData(ProblemDescriptor.Other)] // reference §8
    public void Table_6_row_falls_back_to_GAD7_when_its_measure_is_missing(ProblemDescriptor descriptor)
    {
        Assert.Equal(MeasureKeys.Gad7, RuleSet.ManualV4.ChooseAnxietyMeasure(descriptor, recommendedMeasurePaired: false).Key);
    }

    /// <summary>
    /// Table 6 note, end to end: with the ADSM paired, recovery is decided on it, not on GAD-7. Each referral's GAD-7
    /// falls from 12 to 4 (below caseness) while its ADSM ends at caseness, so it has not recovered.
    /// </summary>
    [Theory]
    [InlineData(ProblemDescriptor.SocialAnxietyDisorder, "spin", "40", "30")] // 30 >= 19
    [InlineData(ProblemDescriptor.PostTraumaticStressDisorder, "pcl5", "50", "40")] // 40 >= 32
    [InlineData(ProblemDescriptor.Agoraphobia, "mi", "4", "3")] // 3 > 2.3
    [InlineData(ProblemDescriptor.ObsessiveCompulsiveDisorder, "oci", "100", "60")] // 60 >= 40
    [InlineData(ProblemDescriptor.PanicDisorder, "pdss", "20", "10")] // 10 >= 8
    [InlineData(ProblemDescriptor.HealthAnxiety, "hai", "30", "20")] // 20 >= 18
    public void Table_6_ADSM_row_decides_recovery_on_its_ADSM_not_on_GAD7(
        ProblemDescriptor descriptor, string adsm, string first, string last)
    {
        var course = Course(15, 5, 12, 4, descriptor: descriptor) with
        {
            Adsm = Scores(adsm, decimal.Parse(first, System.Globalization.CultureInfo.InvariantCulture),
                decimal.Parse(last, System.Globalization.CultureInfo.InvariantCulture)),
        };
        var outcome = Outcome(course);
        Assert.Equal(adsm, outcome.AnxietyMeasure.Key);
        Assert.False(outcome.Recovered);

        var withoutAdsm = Outcome(course with { Adsm = ScorePair.None });
        Assert.Equal(MeasureKeys.Gad7, withoutAdsm.AnxietyMeasure.Key);
        Assert.True(withoutAdsm.Recovered);
    }

    /// <summary>M4 §6.2.1: "The PHQ-9 is used as the depression measure for all patients. The GAD-7 is the default measure for anxiety."</summary>
    [Fact]
    public void PHQ9_is_the_depression_measure_and_GAD7_the_default_anxiety_measure()
    {
        Assert.Equal(MeasureKeys.Phq9, RuleSet.ManualV4.Descriptors.DepressionMeasure.Value);
        Assert.Equal(MeasureKeys.Gad7, RuleSet.ManualV4.Descriptors.DefaultAnxietyMeasure.Value);
        Assert.Equal(MeasureKeys.Phq9, new OutcomeClassifier(RuleSet.ManualV4).DepressionMeasure.Key);
    }
}

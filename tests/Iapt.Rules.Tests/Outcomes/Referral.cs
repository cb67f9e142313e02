using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Tests.Outcomes;

/// <summary>Builds referrals for outcome tests from plain numbers: null means "no score".</summary>
internal static class Referral
{
    public static Score Score(string measure, decimal value) =>
        RuleSet.ManualV4.Measures[measure].ScoreTotal(value).AsT0;

    public static ScorePair Pair(string measure, decimal? first, decimal? last) =>
        new(first is decimal f ? Score(measure, f) : null, last is decimal l ? Score(measure, l) : null);

    /// <summary>A finished course (ended after two treatment sessions) with PHQ-9 and GAD-7 scores.</summary>
    public static OutcomeInput Finished(
        decimal? phq9First, decimal? phq9Last, decimal? gad7First, decimal? gad7Last,
        ProblemDescriptor descriptor = ProblemDescriptor.Depression) => new()
    {
        Descriptor = descriptor,
        TreatmentSessions = 2,
        Ended = true,
        Phq9 = Pair(MeasureKeys.Phq9, phq9First, phq9Last),
        Gad7 = Pair(MeasureKeys.Gad7, gad7First, gad7Last),
    };

    /// <summary>
    /// A finished course whose anxiety measure is <paramref name="anxiety"/>: GAD-7 for a depression referral, otherwise the
    /// ADSM of the descriptor that recommends it (with no GAD-7 scores).
    /// </summary>
    public static OutcomeInput FinishedOn(
        string anxiety, decimal? phq9First, decimal? phq9Last, decimal? anxietyFirst, decimal? anxietyLast)
    {
        if (anxiety == MeasureKeys.Gad7)
        {
            return Finished(phq9First, phq9Last, anxietyFirst, anxietyLast);
        }

        return new OutcomeInput
        {
            Descriptor = DescriptorFor(anxiety),
            TreatmentSessions = 2,
            Ended = true,
            Phq9 = Pair(MeasureKeys.Phq9, phq9First, phq9Last),
            Adsm = Pair(anxiety, anxietyFirst, anxietyLast),
        };
    }

    public static ProblemDescriptor DescriptorFor(string adsm) => adsm switch
    {
        MeasureKeys.Gad7 => ProblemDescriptor.GeneralisedAnxietyDisorder,
        MeasureKeys.Spin => ProblemDescriptor.SocialAnxietyDisorder,
        MeasureKeys.Pcl5 => ProblemDescriptor.PostTraumaticStressDisorder,
        MeasureKeys.Mi => ProblemDescriptor.Agoraphobia,
        MeasureKeys.Oci => ProblemDescriptor.ObsessiveCompulsiveDisorder,
        MeasureKeys.Pdss => ProblemDescriptor.PanicDisorder,
        MeasureKeys.Hai => ProblemDescriptor.HealthAnxiety,
        _ => throw new ArgumentOutOfRangeException(nameof(adsm)),
    };

    public static OutcomeResult Classify(in OutcomeInput input) => new OutcomeClassifier(RuleSet.ManualV4).Classify(input);
}

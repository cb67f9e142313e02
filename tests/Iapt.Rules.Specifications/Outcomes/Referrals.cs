using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Specifications.Outcomes;

/// <summary>Referrals written the way the manual talks about them: first and last scores, null when missing.</summary>
internal static class Referrals
{
    public static Score Score(string measure, decimal value) => RuleSet.ManualV4.Measures[measure].ScoreTotal(value).AsT0;

    public static ScorePair Scores(string measure, decimal? first, decimal? last) =>
        new(first is decimal f ? Score(measure, f) : null, last is decimal l ? Score(measure, l) : null);

    /// <summary>A course of treatment that ended after <paramref name="sessions"/> treatment sessions, with PHQ-9 and GAD-7 scores.</summary>
    public static OutcomeInput Course(
        decimal? phq9First, decimal? phq9Last, decimal? gad7First, decimal? gad7Last,
        int sessions = 6, ProblemDescriptor descriptor = ProblemDescriptor.Depression) => new()
    {
        Descriptor = descriptor,
        TreatmentSessions = sessions,
        Ended = true,
        Phq9 = Scores(MeasureKeys.Phq9, phq9First, phq9Last),
        Gad7 = Scores(MeasureKeys.Gad7, gad7First, gad7Last),
    };

    public static OutcomeResult Outcome(in OutcomeInput input) => new OutcomeClassifier(RuleSet.ManualV4).Classify(input);
}

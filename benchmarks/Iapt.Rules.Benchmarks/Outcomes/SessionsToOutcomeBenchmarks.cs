using BenchmarkDotNet.Attributes;
using Iapt.Rules.Episodes;
using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using NodaTime;

namespace Iapt.Rules.Benchmarks.Outcomes;

/// <summary>
/// Streaming one referral's session records through an <see cref="EpisodeAccumulator"/> and classifying it: the path
/// the service report runs per referral. Should allocate nothing.
/// </summary>
[MemoryDiagnoser]
public class SessionsToOutcomeBenchmarks
{
    private readonly OutcomeClassifier _classifier = new OutcomeClassifier(RuleSet.ManualV4);
    private readonly SessionRecord[] _sessions = Sessions();

    /// <summary>Eight sessions (assessment, six treatments, a follow-up), unsorted, with PHQ-9, GAD-7 and SPIN scores.</summary>
    [Benchmark]
    public ClinicalOutcomes EightSessionsToOutcome()
    {
        var accumulator = new EpisodeAccumulator(_classifier, ProblemDescriptor.SocialAnxietyDisorder, new LocalDate(2024, 4, 30));
        foreach (ref readonly var session in _sessions.AsSpan())
        {
            accumulator.Add(session);
        }

        return _classifier.Classify(accumulator.ToEpisode().Outcome).Outcomes;
    }

    private static SessionRecord[] Sessions()
    {
        var measures = RuleSet.ManualV4.Measures;
        Score S(string key, int value) => measures[key].ScoreTotal(value).AsT0;
        var start = new LocalDate(2024, 1, 8);
        int[] order = [3, 0, 5, 1, 7, 2, 6, 4];
        return
        [
            .. order.Select(i => new SessionRecord(
                start.PlusWeeks(i),
                i == 0 ? SessionType.Assessment : i == 7 ? SessionType.FollowUp : SessionType.Treatment,
                Attended: true)
            {
                Intensity = i < 4 ? Intensity.Low : Intensity.High,
                Scores = [S(MeasureKeys.Phq9, 20 - (2 * i)), S(MeasureKeys.Gad7, 15 - (2 * i)), S(MeasureKeys.Spin, 45 - (5 * i))],
            }),
        ];
    }
}

using BenchmarkDotNet.Attributes;
using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Benchmarks.Outcomes;

/// <summary>
/// Classifying one referral from paired scores: the per-referral hot path, which must take at most 20 ns and
/// allocate nothing (issue 3).
/// </summary>
[MemoryDiagnoser]
public class OutcomeClassifierBenchmarks
{
    private readonly OutcomeClassifier _classifier = new OutcomeClassifier(RuleSet.ManualV4);
    private readonly OutcomeInput _depression = Course(ProblemDescriptor.Depression, MeasureKeys.Gad7, 18, 6, 12, 5);
    private readonly OutcomeInput _socialAnxiety = Course(ProblemDescriptor.SocialAnxietyDisorder, MeasureKeys.Spin, 18, 6, 40, 12);
    private readonly OutcomeInput _agoraphobia = Course(ProblemDescriptor.Agoraphobia, MeasureKeys.Mi, 18, 6, 3.35m, 2.12m);
    private readonly OutcomeInput _adsmMissing = Course(ProblemDescriptor.PanicDisorder, MeasureKeys.Gad7, 18, 6, 12, 5);
    private readonly OutcomeResult[] _results =
    [
        new OutcomeClassifier(RuleSet.ManualV4).Classify(Course(ProblemDescriptor.Depression, MeasureKeys.Gad7, 18, 6, 12, 5)),
        new OutcomeClassifier(RuleSet.ManualV4).Classify(Course(ProblemDescriptor.Depression, MeasureKeys.Gad7, 8, 2, 6, 1)),
        new OutcomeClassifier(RuleSet.ManualV4).Classify(Course(ProblemDescriptor.Depression, MeasureKeys.Gad7, 5, 14, 3, 9)),
        new OutcomeClassifier(RuleSet.ManualV4).Classify(Course(ProblemDescriptor.Depression, MeasureKeys.Gad7, 18, 12, 12, 11)),
    ];

    /// <summary>A depression referral: PHQ-9 and GAD-7 paired, whole-number totals.</summary>
    [Benchmark(Baseline = true)]
    public ClinicalOutcomes ClassifyPairedGad7() => _classifier.Classify(_depression).Outcomes;

    /// <summary>A social anxiety referral: the ADSM (SPIN) paired and used.</summary>
    [Benchmark]
    public ClinicalOutcomes ClassifyPairedAdsm() => _classifier.Classify(_socialAnxiety).Outcomes;

    /// <summary>An agoraphobia referral: the MI's decimal item means compared exactly.</summary>
    [Benchmark]
    public ClinicalOutcomes ClassifyPairedMiDecimal() => _classifier.Classify(_agoraphobia).Outcomes;

    /// <summary>A panic referral without its PDSS pair: GAD-7 fallback and the data-quality flag.</summary>
    [Benchmark]
    public DataQualityIssues ClassifyAdsmMissing() => _classifier.Classify(_adsmMissing).DataQuality;

    /// <summary>Counting four results into the national rates.</summary>
    [Benchmark]
    public long TallyFourResults()
    {
        var rates = new OutcomeRates();
        foreach (ref readonly var result in _results.AsSpan())
        {
            rates.Add(result);
        }

        return rates.Recovery.Count;
    }

    /// <summary>The explanation (allocates by design; not on the hot path).</summary>
    [Benchmark]
    public int Explain() => _classifier.Explain(_socialAnxiety).Lines.Length;

    private static OutcomeInput Course(
        ProblemDescriptor descriptor, string anxiety, decimal phq9First, decimal phq9Last, decimal anxietyFirst, decimal anxietyLast)
    {
        var measures = RuleSet.ManualV4.Measures;
        var phq9 = new ScorePair(measures[MeasureKeys.Phq9].ScoreTotal(phq9First).AsT0, measures[MeasureKeys.Phq9].ScoreTotal(phq9Last).AsT0);
        var pair = new ScorePair(measures[anxiety].ScoreTotal(anxietyFirst).AsT0, measures[anxiety].ScoreTotal(anxietyLast).AsT0);
        return new OutcomeInput
        {
            Descriptor = descriptor,
            TreatmentSessions = 6,
            Ended = true,
            Phq9 = phq9,
            Gad7 = anxiety == MeasureKeys.Gad7 ? pair : default,
            Adsm = anxiety == MeasureKeys.Gad7 ? default : pair,
        };
    }
}

using BenchmarkDotNet.Attributes;
using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using NodaTime;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Benchmarks.Stepping;

/// <summary>The per-referral stepping decisions: each must allocate nothing.</summary>
[MemoryDiagnoser]
public class SteppedCareBenchmarks
{
    private readonly RuleSet _rules = RuleSet.ManualV4;
    private readonly Score _phq9 = RuleSet.ManualV4.Measures[MeasureKeys.Phq9].ScoreTotal(12).AsT0;
    private TreatmentContext _known;
    private SteppingInput _input;
    private SteppedSession[] _sessions = [];

    [GlobalSetup]
    public void Setup()
    {
        _known = new TreatmentContext { FirstPhq9 = _phq9 };
        _input = new SteppingInput
        {
            Descriptor = ProblemDescriptor.Depression,
            Context = _known,
            Ended = true,
            Outcome = new CourseOutcome { Recovered = false, AtCasenessAtEnd = false, ReliablyImproved = true },
        };
        var start = new LocalDate(2024, 1, 8);
        _sessions =
        [
            new(start, Intensity.Low, Intervention.GuidedSelfHelp),
            new(start.PlusWeeks(1), Intensity.Low, Intervention.GuidedSelfHelp),
            new(start.PlusWeeks(2), Intensity.Low, Intervention.GuidedSelfHelp),
            new(start.PlusWeeks(4), Intensity.High, Intervention.Cbt),
            new(start.PlusWeeks(5), Intensity.High, Intervention.Cbt),
            new(start.PlusWeeks(6), Intensity.High, Intervention.Cbt),
            new(start.PlusWeeks(7), Intensity.High, Intervention.Counselling),
            new(start.PlusWeeks(8), Intensity.High, Intervention.Cbt),
        ];
    }

    [Benchmark(Baseline = true)]
    public CareStep InitialStep() => SteppedCare.InitialStep(_rules, ProblemDescriptor.Depression, _phq9).Step;

    [Benchmark]
    public ConcordanceVerdict ConcordanceRecommended() =>
        SteppedCare.Concordance(_rules, ProblemDescriptor.Depression, Intervention.Cbt, CareStep.HighIntensity, _known).Verdict;

    /// <summary>The slowest path: couple therapy with nothing recorded, every unknown input enumerated.</summary>
    [Benchmark]
    public ConcordanceVerdict ConcordanceUndetermined() =>
        SteppedCare.Concordance(_rules, ProblemDescriptor.Depression, Intervention.CoupleTherapy, CareStep.HighIntensity).Verdict;

    [Benchmark]
    public bool StepUp() => SteppedCare.StepUp(_rules, _input.Outcome).IsRecommended;

    /// <summary>A referral of 8 sessions, 3 low then 5 high intensity.</summary>
    [Benchmark]
    public PracticeConcerns SummariseEightSessions() => SteppedCare.Summarise(_rules, _input, _sessions).AsT0.Concerns;
}

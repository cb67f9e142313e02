using BenchmarkDotNet.Attributes;
using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Benchmarks.Measures;

/// <summary>Scoring one questionnaire: the per-item path that must allocate nothing.</summary>
[MemoryDiagnoser]
public class MeasureDefinitionBenchmarks
{
    private readonly MeasureDefinition _phq9 = RuleSet.ManualV4.Measures[MeasureKeys.Phq9];
    private readonly MeasureDefinition _gad7 = RuleSet.ManualV4.Measures[MeasureKeys.Gad7];
    private readonly MeasureDefinition _mi = RuleSet.ManualV4.Measures[MeasureKeys.Mi];
    private readonly int[] _phq9Items = [1, 2, 1, 2, 1, 1, 1, 1, 0];
    private readonly int[] _miItems = [2, 2, 2, 3, 2, 2, 2, 3, 2, 2, 2, 2, 3, 2, 2, 2, 2, 3, 2, 2, 2, 2, 2, 3, 2, 2, 2];

    [Benchmark(Baseline = true)]
    public bool Phq9FromItems() => _phq9.ScoreItems(_phq9Items).AsT0.IsCase == true;

    [Benchmark]
    public bool Gad7FromTotal() => _gad7.ScoreTotal(9).AsT0.IsCase == true;

    [Benchmark]
    public bool Gad7TryTotal() => _gad7.TryScoreTotal(9, out var score) && score.IsCase == true;

    [Benchmark]
    public bool MiFromItems() => _mi.ScoreItems(_miItems).AsT0.IsCase == true;

    [Benchmark]
    public bool Phq9FromText() => _phq9.ScoreText("1 2 1 2 1 1 1 1 0", null).AsT0.IsCase == true;
}

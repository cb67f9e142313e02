using BenchmarkDotNet.Attributes;
using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Benchmarks.Measures;

/// <summary>
/// Scoring every scorable measure of the Manual v4 catalogue, from a complete set of item answers and from a
/// recorded total (for the MI, a recorded item mean): the per-item paths that must take at most 10 ns and allocate
/// nothing (issue 7). One row per measure, so that a slow measure is visible by name.
/// </summary>
[MemoryDiagnoser]
public class MeasureScoringBenchmarks
{
    private MeasureDefinition _measure = null!;
    private int[] _items = [];
    private int _total;
    private decimal _mean;

    /// <summary>The measure key (every measure of the catalogue that can be scored).</summary>
    [ParamsSource(nameof(Measures))]
    public string Measure { get; set; } = MeasureKeys.Phq9;

    public static IEnumerable<string> Measures() => RuleSet.ManualV4.Measures.Where(m => m.IsScorable).Select(m => m.Key);

    [GlobalSetup]
    public void Setup()
    {
        _measure = RuleSet.ManualV4.Measures[Measure];
        int count = _measure.ItemCount!.Value;
        int width = _measure.ItemMaximum - _measure.ItemMinimum + 1;

        // A spread of answers across the item range, the same every run.
        _items = [.. Enumerable.Range(0, count).Select(i => _measure.ItemMinimum + ((i * 7) % width))];
        _total = (int)((_measure.TotalMinimum!.Value + _measure.TotalMaximum!.Value) / 2);
        _mean = Math.Round((_measure.TotalMinimum.Value + _measure.TotalMaximum.Value) / 2 + 0.37m, 2);
    }

    /// <summary>Score one completed questionnaire from its item answers (sum, or exact item mean for the MI).</summary>
    [Benchmark(Baseline = true)]
    public long ScoreFromItems() => _measure.ScoreItems(_items).AsT0.Ratio.Numerator;

    /// <summary>Score a recorded whole-number total (the MI: a whole-number mean).</summary>
    [Benchmark]
    public long ScoreFromTotal() => _measure.ScoreTotal(_total).AsT0.Ratio.Numerator;

    /// <summary>Score a recorded decimal total: the MI's mean in hundredths, a whole number for summed measures.</summary>
    [Benchmark]
    public long ScoreFromDecimalTotal() =>
        _measure.ScoreTotal(_measure.Method == ScoringMethod.ItemMean ? _mean : _total).AsT0.Ratio.Numerator;
}

using BenchmarkDotNet.Attributes;
using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Benchmarks.ProblemDescriptors;

/// <summary>Reading recorded problem descriptors and choosing the anxiety measure: per-row work that must allocate nothing.</summary>
[MemoryDiagnoser]
public class ProblemDescriptorBenchmarks
{
    private readonly DescriptorTable _table = RuleSet.ManualV4.Descriptors;
    private readonly RuleSet _rules = RuleSet.ManualV4;

    [Benchmark(Baseline = true)]
    public ProblemDescriptor ParseDotted() => _table.Parse("F41.1").AsT0;

    [Benchmark]
    public ProblemDescriptor ParseUndottedLowerCase() => _table.Parse("f411").AsT0;

    [Benchmark]
    public ProblemDescriptor ParsePaddedLateGroup() => _table.Parse("  F48.0 ").AsT0;

    [Benchmark]
    public ProblemDescriptor ParseSnomedKey() => _table.Parse("83482000").AsT0;

    [Benchmark]
    public ProblemDescriptorErrorKind ParseNotAnIaptCode() => _table.Parse("F31.0").AsT1.Kind;

    [Benchmark]
    public ProblemDescriptor ParseEmpty() => _table.Parse("").AsT0;

    [Benchmark]
    public MeasureDefinition ChooseAnxietyMeasurePaired() =>
        _rules.ChooseAnxietyMeasure(ProblemDescriptor.SocialAnxietyDisorder, recommendedMeasurePaired: true);

    [Benchmark]
    public MeasureDefinition ChooseAnxietyMeasureFallback() =>
        _rules.ChooseAnxietyMeasure(ProblemDescriptor.Agoraphobia, recommendedMeasurePaired: false);
}

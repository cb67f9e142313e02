using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;

namespace Iapt.Rules.Episodes;

/// <summary>
/// The measures an episode tracks first and last scores on: the depression measure, the default anxiety measure,
/// and the measure a descriptor calls for (M4 Table 6). <see cref="Outcomes.OutcomeClassifier"/> implements it from
/// its rule set, so an episode reads the same measures the outcome rules will judge.
/// </summary>
/// <remarks>Implementations must be immutable and thread-safe: one instance serves every referral of a batch.</remarks>
public interface IEpisodeMeasures
{
    /// <summary>The depression measure (PHQ-9 in the IAPT Manual v4).</summary>
    MeasureDefinition DepressionMeasure { get; }

    /// <summary>The default anxiety measure (GAD-7 in the IAPT Manual v4).</summary>
    MeasureDefinition DefaultAnxietyMeasure { get; }

    /// <summary>The measure a descriptor calls for: its anxiety-disorder-specific or other measure, or the default anxiety measure.</summary>
    /// <param name="descriptor">The referral's primary problem descriptor.</param>
    /// <returns>The measure's definition.</returns>
    MeasureDefinition RecommendedMeasure(ProblemDescriptor descriptor);
}

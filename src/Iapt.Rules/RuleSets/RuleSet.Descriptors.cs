using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;

namespace Iapt.Rules.RuleSets;

public sealed partial record RuleSet
{
    /// <summary>
    /// The problem descriptors: how recorded codes become descriptors and which anxiety or MUS measure each calls for
    /// (M4 Table 6). The default is <see cref="DescriptorTable.ManualV4"/>.
    /// </summary>
    public DescriptorTable Descriptors { get; init; } = DescriptorTable.ManualV4;

    /// <summary>
    /// The anxiety measure a referral's recovery and reliable change are measured on (M4 Table 6 and its note;
    /// M4 §6.2.1): the descriptor's recommended measure when this rule set counts it for recovery and its first and
    /// last scores are both present, otherwise the default anxiety measure (GAD-7).
    /// </summary>
    /// <param name="descriptor">The referral's primary problem descriptor.</param>
    /// <param name="recommendedMeasurePaired">
    /// Whether the referral has a first and a last score, from different sessions, on the descriptor's recommended
    /// measure.
    /// </param>
    /// <returns>The measure to use; for GAD-7 rows the answer is GAD-7 whatever the pairing.</returns>
    /// <exception cref="KeyNotFoundException">The descriptor table names a measure missing from <see cref="Measures"/>.</exception>
    public MeasureDefinition ChooseAnxietyMeasure(ProblemDescriptor descriptor, bool recommendedMeasurePaired)
    {
        var recommended = Measures[Descriptors[descriptor].RecommendedMeasure];
        return recommendedMeasurePaired && recommended.CountsForRecovery.Value
            ? recommended
            : Measures[Descriptors.DefaultAnxietyMeasure.Value];
    }
}

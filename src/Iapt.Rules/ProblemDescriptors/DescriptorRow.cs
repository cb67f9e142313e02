using Iapt.Rules.Provenance;

namespace Iapt.Rules.ProblemDescriptors;

/// <summary>
/// One row of M4 Table 6: a problem descriptor and the measure it recommends for anxiety symptoms or medically
/// unexplained symptoms (an anxiety disorder specific measure, ADSM, a MUS measure, or GAD-7 itself).
/// </summary>
/// <remarks>
/// The recommended measure is used for recovery only when the rule set counts it for recovery
/// (<see cref="Measures.MeasureDefinition.CountsForRecovery"/>) and its first and last scores are paired; otherwise
/// the table's <see cref="DescriptorTable.DefaultAnxietyMeasure"/> (GAD-7, Table 6's "further option" column) is
/// used. The depression measure is the table's <see cref="DescriptorTable.DepressionMeasure"/> for every row.
/// </remarks>
/// <param name="Descriptor">The problem descriptor.</param>
/// <param name="RecommendedMeasure">The key of the recommended anxiety or MUS measure, for example <c>spin</c>.</param>
/// <param name="Source">Where the row comes from.</param>
public sealed record DescriptorRow(ProblemDescriptor Descriptor, string RecommendedMeasure, Source Source);

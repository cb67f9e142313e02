using Iapt.Rules.Provenance;

namespace Iapt.Rules.Reporting;

/// <summary>
/// The national standards a service report judges rates against (reference §7: M4 §6.4, Table 7, Table 8; MQS) and
/// the national reference figures it shows beside them. Rule-set data: <see cref="RuleSets.RuleSet.Standards"/>.
/// </summary>
/// <remarks>The waiting-time targets (75% and 95%) are read from <see cref="RuleSets.RuleSet.Waiting"/>, not repeated here.</remarks>
public sealed record ServiceStandards
{
    /// <summary>Recovery rate at least 50% (M4 §6.4.3).</summary>
    public required ServiceStandard RecoveryRate { get; init; }

    /// <summary>Reliable improvement rate at least two thirds (M4 §6.4.3, Table 8).</summary>
    public required ServiceStandard ReliableImprovementRate { get; init; }

    /// <summary>Paired pre/post data for at least 90% of finished courses (M4 §6.3.1, MQS 11).</summary>
    public required ServiceStandard PairedDataCompleteness { get; init; }

    /// <summary>A problem descriptor recorded for at least 80% of courses of treatment (M4 Table 8).</summary>
    public required ServiceStandard ProblemDescriptorRecorded { get; init; }

    /// <summary>Most referrals seen go on to a course of treatment: more than 50% (M4 Table 7, Table 8).</summary>
    public required ServiceStandard SeenToCourseOfTreatment { get; init; }

    /// <summary>The national mix of finished courses that had low intensity only (37%, M4 Table 8), a reference figure.</summary>
    public required Sourced<decimal> NationalLowIntensityOnly { get; init; }

    /// <summary>The national mix of finished courses that had high intensity only (29%, M4 Table 8), a reference figure.</summary>
    public required Sourced<decimal> NationalHighIntensityOnly { get; init; }

    /// <summary>The national mix of finished courses that had both intensities (34%, M4 Table 8), a reference figure.</summary>
    public required Sourced<decimal> NationalBothIntensities { get; init; }

    /// <summary>The standards of the IAPT Manual v4.</summary>
    public static ServiceStandards ManualV4 { get; } = new()
    {
        RecoveryRate = new ServiceStandard("recovery_rate", "recovered / (finished - not at caseness)", 0.5m, StandardComparison.AtLeast, Source.M4("§6.4.3")),
        ReliableImprovementRate = ServiceStandard.Fraction("reliable_improvement_rate", "reliably improved / finished", 2, 3, StandardComparison.AtLeast, Source.M4("§6.4.3, Table 8")),
        PairedDataCompleteness = new ServiceStandard("paired_data_completeness", "finished courses with paired PHQ-9 and anxiety-measure scores / finished", 0.9m, StandardComparison.AtLeast, new Source("M4", "§6.3.1; MQS 11")),
        ProblemDescriptorRecorded = new ServiceStandard("problem_descriptor_recorded", "finished courses with a problem descriptor / finished", 0.8m, StandardComparison.AtLeast, Source.M4("Table 8")),
        SeenToCourseOfTreatment = new ServiceStandard("seen_to_course", "finished courses / referrals seen", 0.5m, StandardComparison.MoreThan, Source.M4("Table 7, Table 8")),
        NationalLowIntensityOnly = new Sourced<decimal>(0.37m, Source.M4("Table 8")),
        NationalHighIntensityOnly = new Sourced<decimal>(0.29m, Source.M4("Table 8")),
        NationalBothIntensities = new Sourced<decimal>(0.34m, Source.M4("Table 8")),
    };
}

using Iapt.Rules.Measures;
using Iapt.Rules.Provenance;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Stepping;

/// <summary>
/// The stepped-care part of a rule set: M4 Table 2 as data, the initial step of every descriptor as one table, the
/// severity that counts as severe depression, the review point, the step-up wait standard, the doses of OSS 6-7 and
/// M4 Table 5 / §9.1.2, and the numbers that define the worse-practice flags. Every value carries its
/// <see cref="Source"/>; the rules in <see cref="SteppedCare"/> read them from here and never hold a number of
/// their own. Immutable; change a value with a <c>with</c> expression and give the rule set a new version.
/// </summary>
public sealed partial record SteppingRules
{
    /// <summary>M4 Table 2: the NICE-recommended psychological interventions by step and descriptor.</summary>
    public required NiceInterventionTable Table2 { get; init; }

    /// <summary>
    /// The initial-step rule: the step each problem descriptor starts at, with the reason and source of each row
    /// (M4 §1.3, §5.1.3, Table 2, Table 5). <see cref="SteppedCare.InitialStep"/> reads only this table and, for the
    /// rows that depend on severity, <see cref="SevereDepressionBand"/> and <see cref="DepressionSeverity"/>.
    /// </summary>
    public required InitialStepTable InitialSteps { get; init; }

    /// <summary>
    /// The depression severity bands over PHQ-9 totals that the initial step and the severity rows of
    /// <see cref="Table2"/> read, or <see langword="null"/> to read the PHQ-9 measure's own severity bands (M4: the
    /// depression rows of Table 2 read as PHQ-9 bands). <see cref="Ng222"/> sets two bands: <c>less_severe</c>
    /// (PHQ-9 0-15) and <c>more_severe</c> (16-27), NICE NG222. Band keys are what
    /// <see cref="Table2Row.Phq9Bands"/> and <see cref="SevereDepressionBand"/> name.
    /// </summary>
    public SeverityScale? DepressionSeverity { get; init; }

    /// <summary>
    /// The depression severity band key that makes depression severe, so that high intensity comes first:
    /// <c>severe</c> (PHQ-9 20-27; M4 §1.3, Table 5); <c>more_severe</c> (PHQ-9 16 or more) in <see cref="Ng222"/>.
    /// A key of <see cref="DepressionSeverity"/> (or of the PHQ-9 bands when that is <see langword="null"/>).
    /// </summary>
    public required Sourced<string> SevereDepressionBand { get; init; }

    /// <summary>
    /// The source of the rule that no step can be chosen without a problem descriptor: treatment choice is guided by
    /// the descriptor (M4 Table 5, §9.1.2).
    /// </summary>
    public required Source DescriptorGuidesTreatment { get; init; }

    /// <summary>
    /// The step a person is stepped up to after a low-intensity course when still at caseness: high intensity, at
    /// least one full dose within the same episode of care (M4 Table 5 "offer an adequate dose").
    /// </summary>
    public required Sourced<CareStep> StepUpTo { get; init; }

    /// <summary>The source of stepping up when there is no improvement (M4 Table 5 "appropriate stepping").</summary>
    public required Source StepUpWhenNoImprovement { get; init; }

    /// <summary>
    /// The source of never stepping up someone who has recovered: only those who do not fully recover are stepped
    /// up (M4 §1.3; Table 5 "unless they have recovered beforehand").
    /// </summary>
    public required Source NoStepUpWhenRecovered { get; init; }

    /// <summary>The number of treatment sessions after which a review is due: about 6 (M4 §9.1.2).</summary>
    public required Sourced<int> ReviewAfterSessions { get; init; }

    /// <summary>
    /// The fewest low-intensity treatment sessions before the first high-intensity session that count as "a trial at
    /// step 2" (M4 Table 7): 2, a course of treatment (M4 §6.4.3).
    /// </summary>
    public required Sourced<int> Step2TrialMinimumSessions { get; init; }

    /// <summary>
    /// A course that ends with fewer treatment sessions than this has stopped well short of its dose: 6, the review
    /// point of M4 §9.1.2 (an initial number of sessions, around 6, then a review that decides whether treatment
    /// continues). Used by <see cref="PracticeConcerns.DischargedBeforeRecoveryDespiteImprovement"/>.
    /// </summary>
    public required Sourced<int> ShortCourseBelowSessions { get; init; }

    /// <summary>Low intensity (step 2): 1-6 sessions, average 4 (OSS 6).</summary>
    public required SessionRange LowIntensityDose { get; init; }

    /// <summary>Computerised CBT at step 2: 8 sessions (OSS 6).</summary>
    public required SessionRange ComputerisedCbtDose { get; init; }

    /// <summary>Individual CBT sessions with a therapist at step 2: 6-8 sessions, average 7 (OSS 6).</summary>
    public required SessionRange Step2IndividualCbtDose { get; init; }

    /// <summary>High-intensity individual CBT (steps 3 and 4): 8-20 sessions, average 12 (OSS 7).</summary>
    public required SessionRange HighIntensityCbtDose { get; init; }

    /// <summary>Group CBT at steps 3 and 4: up to 12 two-hour sessions, 6-10 people (OSS 7).</summary>
    public required SessionRange GroupCbtDose { get; init; }

    /// <summary>High-intensity work in general: 12-20 sessions, by descriptor and severity (M4 §9.1.2).</summary>
    public required SessionRange HighIntensityDose { get; init; }

    /// <summary>What NICE recommends offering: up to 14-20 sessions by presenting problem, unless recovered before (M4 Table 5).</summary>
    public required SessionRange NiceOfferUpTo { get; init; }

    /// <summary>The optimal average number of sessions for a service as a whole: 9-10 (M4 §9.1.2). A service-level figure.</summary>
    public required SessionRange ServiceOptimumAverage { get; init; }

    /// <summary>The source of the worse-practice flags (M4 Table 7).</summary>
    public required Source WorsePractice { get; init; }

    /// <summary>The source of the NICE-recommended intervention principle (M4 Table 5 "a NICE-recommended intervention", Table 2).</summary>
    public required Source NiceRecommendedIntervention { get; init; }

    /// <summary>The source of the step-up measure: the proportion who started at low intensity, did not recover and moved to high intensity (MQS 1).</summary>
    public required Source Mqs1 { get; init; }

    /// <summary>The dose range the rules use for an intensity: <see cref="LowIntensityDose"/> or <see cref="HighIntensityDose"/>.</summary>
    /// <param name="intensity">The intensity.</param>
    /// <returns>The range, or <see langword="null"/> for <see cref="Intensity.Unknown"/>.</returns>
    public SessionRange? DoseFor(Intensity intensity) => intensity switch
    {
        Intensity.Low => LowIntensityDose,
        Intensity.High => HighIntensityDose,
        _ => null,
    };
}

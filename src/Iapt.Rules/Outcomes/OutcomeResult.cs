using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Outcomes;

/// <summary>
/// The outcome of one referral as plain values: whether it finished a course of treatment, the anxiety measure used,
/// caseness at the start, whether the scores are paired, the five outcomes and the data-quality flags. Creating one
/// allocates nothing; <see cref="OutcomeClassifier.Explain(in OutcomeInput)"/> gives the reasons in words.
/// </summary>
/// <remarks>
/// Outcomes are claimed only for a finished course: when <see cref="Finished"/> is <see langword="false"/> the five
/// outcome properties are <see langword="null"/>. A finished course without paired scores has all five
/// <see langword="false"/> (only demonstrated recovery is claimed, M4 §6.4.3).
/// </remarks>
public readonly struct OutcomeResult : IEquatable<OutcomeResult>
{
    internal OutcomeResult(
        IOutcomeRuleSet rules,
        MeasureDefinition anxietyMeasure,
        ProblemDescriptor descriptor,
        bool finished,
        bool paired,
        CasenessAtStart casenessAtStart,
        ClinicalOutcomes outcomes,
        DataQualityIssues dataQuality)
    {
        RuleSet = rules;
        AnxietyMeasure = anxietyMeasure;
        Descriptor = descriptor;
        Finished = finished;
        Paired = paired;
        CasenessAtStart = casenessAtStart;
        Outcomes = outcomes;
        DataQuality = dataQuality;
    }

    /// <summary>The rule set that produced the result.</summary>
    public IOutcomeRuleSet RuleSet { get; }

    /// <summary>The referral's problem descriptor.</summary>
    public ProblemDescriptor Descriptor { get; }

    /// <summary>Whether the referral finished a course of treatment: ended after at least two treatment sessions (M4 §6.4.3).</summary>
    public bool Finished { get; }

    /// <summary>
    /// The anxiety measure used: the descriptor's recommended measure when the rule set counts it for recovery and
    /// it is paired, otherwise GAD-7 (M4 Table 6).
    /// </summary>
    public MeasureDefinition AnxietyMeasure { get; }

    /// <summary>Whether the first PHQ-9 or first anxiety-measure score is at caseness (see <see cref="Iapt.Rules.Outcomes.CasenessAtStart"/>).</summary>
    public CasenessAtStart CasenessAtStart { get; }

    /// <summary>Whether PHQ-9 and the anxiety measure both have a first and a last score.</summary>
    public bool Paired { get; }

    /// <summary>The outcomes achieved, as flags; <see cref="ClinicalOutcomes.None"/> when not finished or not paired.</summary>
    public ClinicalOutcomes Outcomes { get; }

    /// <summary>The data-quality problems found (computed whether or not the course finished).</summary>
    public DataQualityIssues DataQuality { get; }

    /// <summary>Recovered (M4 §6.4.3); <see langword="null"/> when the course has not finished.</summary>
    public bool? Recovered => Claim(ClinicalOutcomes.Recovered);

    /// <summary>Reliable improvement (M4 §6.4.3); <see langword="null"/> when the course has not finished.</summary>
    public bool? ReliableImprovement => Claim(ClinicalOutcomes.ReliableImprovement);

    /// <summary>Reliable deterioration (NHSD); <see langword="null"/> when the course has not finished.</summary>
    public bool? ReliableDeterioration => Claim(ClinicalOutcomes.ReliableDeterioration);

    /// <summary>No reliable change (NHSD); <see langword="null"/> when the course has not finished.</summary>
    public bool? NoReliableChange => Claim(ClinicalOutcomes.NoReliableChange);

    /// <summary>Reliable recovery: recovered and reliably improved (M4 §6.4.3); <see langword="null"/> when not finished.</summary>
    public bool? ReliableRecovery => Claim(ClinicalOutcomes.ReliableRecovery);

    /// <inheritdoc />
    public bool Equals(OutcomeResult other) =>
        ReferenceEquals(RuleSet, other.RuleSet) && ReferenceEquals(AnxietyMeasure, other.AnxietyMeasure)
        && Descriptor == other.Descriptor && Finished == other.Finished && Paired == other.Paired
        && CasenessAtStart == other.CasenessAtStart && Outcomes == other.Outcomes && DataQuality == other.DataQuality;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OutcomeResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(AnxietyMeasure?.Key, Descriptor, Finished, Paired, CasenessAtStart, Outcomes, DataQuality);

    /// <summary>Whether two results are the same.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(OutcomeResult left, OutcomeResult right) => left.Equals(right);

    /// <summary>Whether two results differ.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(OutcomeResult left, OutcomeResult right) => !left.Equals(right);

    /// <summary>A one-line summary, for example <c>finished gad7 Case paired Recovered, ReliableImprovement, ReliableRecovery</c>.</summary>
    /// <returns>The result as text.</returns>
    public override string ToString() =>
        $"{(Finished ? "finished" : "not_finished")} {AnxietyMeasure?.Key} {CasenessAtStart} {(Paired ? "paired" : "unpaired")} {Outcomes}";

    private bool? Claim(ClinicalOutcomes outcome) => Finished ? (Outcomes & outcome) != 0 : null;
}

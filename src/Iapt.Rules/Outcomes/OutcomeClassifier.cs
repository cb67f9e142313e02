using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Outcomes;

/// <summary>
/// Decides the outcome of a referral under one rule set: finished course, anxiety measure, caseness at start, paired
/// scores, recovery, reliable improvement, reliable deterioration, no reliable change and reliable recovery
/// (M4 §6.4.3, Table 6, Table 9; NHSD), with the data-quality flags. Build one per rule set and reuse it: it reads
/// every threshold once, so <see cref="Classify(in OutcomeInput)"/> allocates nothing.
/// </summary>
/// <remarks>
/// <para>Every comparison is exact (<see cref="Numerics.Threshold"/>): a change exactly equal to the reliable-change
/// value is reliable, the MI's cut-off is strictly above 2.3, and MI changes are compared as exact item means.</para>
/// <para>Definitions (reference §4): finished = ended and at least
/// <see cref="OutcomeRules.MinimumTreatmentSessions"/> treatment sessions; paired = PHQ-9 and the anxiety measure both
/// have first and last scores; caseness at start = the first PHQ-9 or the first anxiety-measure score at caseness;
/// recovered = caseness at start and both last scores below caseness; reliable improvement = either measure fell by at
/// least its reliable-change value and neither rose by that much; reliable deterioration the reverse; no reliable
/// change = paired and neither; reliable recovery = recovered and reliably improved. Unpaired finished courses have no
/// outcome; unfinished courses have outcomes not claimed (<see langword="null"/>).</para>
/// <para>Immutable once built, so one instance may serve every thread. The rule set is read through
/// <see cref="IOutcomeRuleSet"/>, which <see cref="RuleSets.RuleSet"/> implements: pass <c>RuleSet.ManualV4</c> for
/// the default rules.</para>
/// </remarks>
public sealed class OutcomeClassifier : IEpisodeMeasures
{
    private readonly PreparedMeasure _phq9;
    private readonly PreparedMeasure _gad7;
    private readonly PreparedMeasure[] _adsm;
    private readonly MeasureDefinition[] _recommended;
    private readonly int _minimumSessions;

    /// <summary>Prepares the classifier for a rule set.</summary>
    /// <param name="rules">The rule set.</param>
    /// <exception cref="ArgumentException">
    /// The descriptor table names a measure missing from the catalogue, or the depression measure, the default
    /// anxiety measure or a recommended measure counted for recovery lacks a cut-off or reliable-change value.
    /// </exception>
    public OutcomeClassifier(IOutcomeRuleSet rules)
    {
        Guard.Against.Null(rules);
        Rules = rules;
        var table = rules.Descriptors;
        _phq9 = new PreparedMeasure(Find(rules, table.DepressionMeasure.Value));
        _gad7 = new PreparedMeasure(Find(rules, table.DefaultAnxietyMeasure.Value));
        var descriptors = Enum.GetValues<ProblemDescriptor>();
        int size = descriptors.Max(d => (int)d) + 1;
        _adsm = new PreparedMeasure[size];
        _recommended = new MeasureDefinition[size];
        foreach (var descriptor in descriptors)
        {
            var recommended = Find(rules, table[descriptor].RecommendedMeasure);
            _recommended[(int)descriptor] = recommended;
            if (recommended.CountsForRecovery.Value && !ReferenceEquals(recommended, _gad7.Definition))
            {
                _adsm[(int)descriptor] = new PreparedMeasure(recommended);
            }
        }

        _minimumSessions = rules.Outcomes.MinimumTreatmentSessions.Value;
    }

    /// <summary>The rule set the classifier reads.</summary>
    public IOutcomeRuleSet Rules { get; }

    /// <summary>The depression measure (PHQ-9).</summary>
    public MeasureDefinition DepressionMeasure => _phq9.Definition;

    /// <summary>The default anxiety measure (GAD-7).</summary>
    public MeasureDefinition DefaultAnxietyMeasure => _gad7.Definition;

    /// <summary>The measure a descriptor recommends in M4 Table 6 (which may be GAD-7, or a measure not yet counted for recovery).</summary>
    /// <param name="descriptor">A defined descriptor.</param>
    /// <returns>The recommended measure.</returns>
    public MeasureDefinition RecommendedMeasure(ProblemDescriptor descriptor) => _recommended[Index(descriptor)];

    /// <summary>
    /// Whether the descriptor calls for a measure other than GAD-7 that the rule set counts for recovery (an ADSM, or
    /// a MUS measure switched on): only then are <see cref="OutcomeInput.Adsm"/> scores read.
    /// </summary>
    /// <param name="descriptor">A defined descriptor.</param>
    /// <returns><see langword="true"/> when such a measure is called for.</returns>
    public bool CallsForAdsm(ProblemDescriptor descriptor) => _adsm[Index(descriptor)].Definition is not null;

    /// <summary>Classifies one referral. Allocates nothing.</summary>
    /// <param name="input">The referral.</param>
    /// <returns>The outcome as plain values.</returns>
    /// <exception cref="ArgumentException">
    /// A <see cref="OutcomeInput.Phq9"/> score, or a <see cref="OutcomeInput.Gad7"/> score when GAD-7 is the measure
    /// used, is on another measure, or the descriptor is not defined (programmer errors).
    /// </exception>
    public OutcomeResult Classify(in OutcomeInput input)
    {
        int index = Index(input.Descriptor);
        ref readonly var adsm = ref _adsm[index];
        ref readonly var adsmScores = ref input.AdsmRef;

        // The ADSM counts only when the descriptor calls for one and both its scores are on that measure; otherwise
        // GAD-7 is the anxiety measure (M4 Table 6 note).
        bool callsForAdsm = adsm.Definition is not null;
        bool adsmPaired = callsForAdsm && adsm.Holds(adsmScores);
        ref readonly var anxiety = ref adsmPaired ? ref adsm : ref _gad7;
        ref readonly var anxietyScores = ref adsmPaired ? ref adsmScores : ref input.Gad7Ref;

        // Each measure reduced to bits: first/last present, first/last at caseness, reliable fall/rise.
        int phq9 = _phq9.Assess(input.Phq9Ref);
        int anx = anxiety.Assess(anxietyScores);
        int either = phq9 | anx;
        int both = phq9 & anx;

        bool finished = input.Ended & input.TreatmentSessions >= _minimumSessions;
        const int Pair = PreparedMeasure.HasFirst | PreparedMeasure.HasLast;
        bool paired = (both & Pair) == Pair;
        var caseness = (either & PreparedMeasure.FirstCase) != 0 ? CasenessAtStart.Case
            : (both & PreparedMeasure.HasFirst) != 0 ? CasenessAtStart.NotCase
            : CasenessAtStart.Unknown;

        var flags = input.Descriptor switch
        {
            ProblemDescriptor.None => DataQualityIssues.NoProblemDescriptor,
            ProblemDescriptor.MixedAnxietyAndDepression when (both & PreparedMeasure.FirstCase) != 0 =>
                DataQualityIssues.MixedAnxietyDepressionAtCaseness,
            _ => DataQualityIssues.None,
        };
        if (callsForAdsm && !adsmPaired)
        {
            flags |= DataQualityIssues.AdsmNotPaired;
        }

        var outcomes = finished && paired ? Decide(either, caseness) : ClinicalOutcomes.None;
        return new OutcomeResult(Rules, anxiety.Definition, input.Descriptor, finished, paired, caseness, outcomes, flags);
    }

    /// <summary>
    /// Classifies one referral and explains the result in words an auditor can check: the rule set, the measure
    /// chosen and why, the scores used against their thresholds, and the rule (with its source) that decided each
    /// outcome. Allocates; use <see cref="Classify(in OutcomeInput)"/> on the hot path.
    /// </summary>
    /// <param name="input">The referral.</param>
    /// <returns>The explanation, which carries the same result as <see cref="Classify(in OutcomeInput)"/>.</returns>
    public OutcomeExplanation Explain(in OutcomeInput input)
    {
        var result = Classify(input);
        int index = Index(input.Descriptor);
        var anxiety = ReferenceEquals(result.AnxietyMeasure, _gad7.Definition) ? _gad7 : _adsm[index];
        var anxietyScores = ReferenceEquals(result.AnxietyMeasure, _gad7.Definition) ? input.Gad7 : input.Adsm;
        return OutcomeExplanation.Build(this, input, result, _recommended[index], _phq9, anxiety, anxietyScores,
            _minimumSessions);
    }

    /// <summary>The five outcomes of a finished course with paired scores, from the two measures' combined bits.</summary>
    private static ClinicalOutcomes Decide(int either, CasenessAtStart caseness)
    {
        // Reliable change in either direction on either measure: a change exactly equal to the value is reliable.
        bool fell = (either & PreparedMeasure.Fell) != 0;
        bool rose = (either & PreparedMeasure.Rose) != 0;
        bool recovered = caseness == CasenessAtStart.Case && (either & PreparedMeasure.LastCase) == 0;

        var outcomes = recovered ? ClinicalOutcomes.Recovered : ClinicalOutcomes.None;
        if (fell && !rose)
        {
            outcomes |= recovered
                ? ClinicalOutcomes.ReliableImprovement | ClinicalOutcomes.ReliableRecovery
                : ClinicalOutcomes.ReliableImprovement;
        }
        else
        {
            outcomes |= rose && !fell ? ClinicalOutcomes.ReliableDeterioration : ClinicalOutcomes.NoReliableChange;
        }

        return outcomes;
    }

    private int Index(ProblemDescriptor descriptor) =>
        (uint)descriptor < (uint)_recommended.Length
            ? (int)descriptor
            : throw new ArgumentOutOfRangeException(nameof(descriptor), "Not a defined problem descriptor.");

    private static MeasureDefinition Find(IOutcomeRuleSet rules, string key) =>
        rules.Measures.TryGet(key, out var measure)
            ? measure
            : throw new ArgumentException($"The descriptor table names measure '{key}', which the rule set's catalogue lacks.", nameof(rules));
}

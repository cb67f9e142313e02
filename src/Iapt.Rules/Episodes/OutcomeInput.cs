using System.Diagnostics.CodeAnalysis;
using Iapt.Rules.ProblemDescriptors;

namespace Iapt.Rules.Episodes;

/// <summary>
/// What the outcome rules need to know about one referral: its descriptor, its treatment sessions, whether it has
/// ended, and the first and last score on each measure that can decide its outcome. A value; build it directly or
/// derive it from session records with <see cref="Episodes.EpisodeAccumulator"/>.
/// </summary>
public readonly record struct OutcomeInput
{
    private readonly int _treatmentSessions;
    private readonly ScorePair _phq9;
    private readonly ScorePair _gad7;
    private readonly ScorePair _adsm;

    /// <summary>The primary problem descriptor; <see cref="ProblemDescriptor.None"/> when none was recorded.</summary>
    public ProblemDescriptor Descriptor { get; init; }

    /// <summary>
    /// The number of treatment sessions: attended sessions coded treatment or assessment and treatment (M4 §6.4.1);
    /// follow-ups do not count. Never negative.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a negative number (a programmer error).</exception>
    public int TreatmentSessions
    {
        get => _treatmentSessions;
        init => _treatmentSessions = Guard.Against.Negative(value);
    }

    /// <summary>Whether the referral has ended (it has a discharge date).</summary>
    public bool Ended { get; init; }

    /// <summary>Scores on the rule set's depression measure (PHQ-9 for every descriptor under M4).</summary>
    public ScorePair Phq9
    {
        get => _phq9;
        init => _phq9 = value;
    }

    /// <summary>Scores on the rule set's default anxiety measure (GAD-7 under M4).</summary>
    public ScorePair Gad7
    {
        get => _gad7;
        init => _gad7 = value;
    }

    /// <summary>
    /// Scores on the measure the descriptor recommends in M4 Table 6 (an anxiety disorder specific measure such as
    /// SPIN, or a MUS measure), when that is not GAD-7. Scores on any other measure are ignored: the recommended
    /// measure is then treated as not paired and GAD-7 is used, as the national definitions do.
    /// </summary>
    public ScorePair Adsm
    {
        get => _adsm;
        init => _adsm = value;
    }

    [UnscopedRef]
    internal ref readonly ScorePair Phq9Ref => ref _phq9;

    [UnscopedRef]
    internal ref readonly ScorePair Gad7Ref => ref _gad7;

    [UnscopedRef]
    internal ref readonly ScorePair AdsmRef => ref _adsm;
}

using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using NodaTime;

namespace Iapt.Rules.Episodes;

/// <summary>
/// Builds an <see cref="Episode"/> from a referral's sessions fed one at a time, in any order, allocating nothing: a
/// report can stream millions of session rows through one accumulator per referral.
/// </summary>
/// <remarks>
/// <para>The rules (reference §4; M4 §6.2, §6.4.1, §6.4.3; NHSD):</para>
/// <list type="bullet">
/// <item>A treatment session is an attended session typed <see cref="SessionType.Treatment"/> or
/// <see cref="SessionType.AssessmentAndTreatment"/> on or before the discharge date. Follow-ups, sessions not
/// attended and sessions after discharge count for nothing.</item>
/// <item>Scores count from attended assessment, assessment-and-treatment and treatment sessions on or before
/// discharge. A measure's first score is from the earliest such session with a score on it and its last score from
/// the latest; a pair needs scores from two sessions or more, so a measure scored at only one session has a first
/// score and no pair.</item>
/// <item>Order: sessions are compared by date, so they may arrive unsorted, and the order they are added in never
/// changes the episode. Scores on the same date are ordered by a documented rule (see <see cref="SameDayOrder"/>):
/// scores recorded against the referral (<see cref="SessionType.ReferralScores"/>) come first, then
/// an assessment comes before an assessment and treatment, which comes before a treatment; between two scores on the
/// same date and session type, the lower value counts as the earlier and the higher as the later, so that of
/// indistinguishable same-day scores the pair showing the least improvement is taken (only demonstrated
/// improvement is claimed, M4 §6.4.3). <see cref="Episode.HasSameDayScores"/> tells when such a tie was decided.</item>
/// <item>The referral has ended when a discharge date is given.</item>
/// <item>The scores kept are those on the rule set's depression measure, default anxiety measure and the
/// descriptor's recommended measure; scores on other measures are ignored.</item>
/// </list>
/// <para>A mutable struct: keep it in a local variable and call <see cref="Add(in SessionRecord)"/> on that variable
/// (a copy would be a snapshot). Create it with the constructor; <c>default(EpisodeAccumulator)</c> knows no
/// measures and is not usable. Dates are compared within one calendar (the ISO calendar, as NodaTime's default).</para>
/// <para>The measures to track are read from the <see cref="IEpisodeMeasures"/> once per instance (the depression
/// and default anxiety measures by the first accumulator made with it, a descriptor's recommended measure by the
/// first made for that descriptor) and shared by every accumulator made with the same instance, so that an accumulator holds one reference
/// instead of three: an implementation must give the same measures every time it is asked, as a rule set does.</para>
/// </remarks>
public struct EpisodeAccumulator
{
    private readonly TrackedMeasures _measures;
    private readonly ProblemDescriptor _descriptor;
    private readonly int _dischargeKey;
    private readonly bool _ended;
    private int _sequence;
    private int _treatmentSessions;
    private Day _firstTreatment;
    private Day _secondTreatment;
    private Day _lastLow;
    private Day _firstHigh;
    private bool _hasLow;
    private bool _hasHigh;
    private int _firstAssessmentKey;
    private int _lastContactKey;

    /// <summary>No attended contact yet: below every date's key (a date's key is negative before year 1, never 0).</summary>
    private const int NoContact = int.MinValue;
    private Ends _phq9Ends;
    private Ends _gad7Ends;
    private Ends _recommendedEnds;

    /// <summary>
    /// How scores on one date are ordered, in words: the session type first (scores recorded against the referral,
    /// <see cref="SessionType.ReferralScores"/>, then assessment, then assessment and treatment, then treatment), then
    /// the score's value (lower first). Row order never decides.
    /// </summary>
    public const string SameDayOrder =
        "scores on one date: scores recorded against the referral (IDS606) before assessment before assessment and treatment before treatment; then the lower value first";

    /// <summary>Starts a referral.</summary>
    /// <param name="classifier">The classifier whose rule set names the depression, default anxiety and recommended measures.</param>
    /// <param name="descriptor">The referral's primary problem descriptor.</param>
    /// <param name="dischargeDate">The discharge date, or <see langword="null"/> while the referral is open.</param>
    public EpisodeAccumulator(IEpisodeMeasures classifier, ProblemDescriptor descriptor, LocalDate? dischargeDate)
    {
        Guard.Against.Null(classifier);
        _measures = TrackedMeasures.Of(classifier);
        _measures.RecommendedOtherThanDefault(descriptor); // asked here, as before, so that a bad descriptor fails now
        _descriptor = descriptor;
        _ended = dischargeDate.HasValue;
        _dischargeKey = Day.KeyOf(dischargeDate.GetValueOrDefault());
        _lastContactKey = NoContact;
    }

    /// <summary>Adds one session.</summary>
    /// <param name="session">The session (a score list never set, a default array, is read as empty).</param>
    public void Add(in SessionRecord session) =>
        Add(session.Date, session.Type, session.Attended, session.Intensity, session.Scores.AsSpan());

    /// <summary>Adds one session given by its parts, allocating nothing.</summary>
    /// <param name="date">The date of the session.</param>
    /// <param name="type">The session type.</param>
    /// <param name="attended">Whether the person attended.</param>
    /// <param name="intensity">The intensity of the intervention, or <see cref="Intensity.Unknown"/>.</param>
    /// <param name="scores">The scores recorded at the session.</param>
    public void Add(LocalDate date, SessionType type, bool attended, Intensity intensity, ReadOnlySpan<Score> scores) =>
        Apply(date, type, attended, intensity, scores);

    /// <summary>Adds one session and says what it counted as (for <see cref="ReferralAccumulator"/>'s contacts).</summary>
    internal ContactKind Apply(LocalDate date, SessionType type, bool attended, Intensity intensity, ReadOnlySpan<Score> scores)
    {
        int sequence = ++_sequence;
        var day = new Day(date);
        if (_ended && day.Key > _dischargeKey)
        {
            return ContactKind.AfterDischarge;
        }

        if (type == SessionType.FollowUp)
        {
            return ContactKind.FollowUp;
        }

        if (type == SessionType.ReferralScores)
        {
            OfferScores(scores, day.Key << 2, sequence);
            return ContactKind.ScoresOnly;
        }

        if (!attended)
        {
            return ContactKind.Missed;
        }

        // Attended contacts on or before discharge: the first assessment (referral to assessment, RtB 7.10) and the
        // last contact (the tracking list's no-contact view, reference §9).
        if (type is SessionType.Assessment or SessionType.AssessmentAndTreatment && (_firstAssessmentKey == 0 || day.Key < _firstAssessmentKey))
        {
            _firstAssessmentKey = day.Key;
        }

        _lastContactKey = Math.Max(_lastContactKey, day.Key);
        bool treatment = type is SessionType.Treatment or SessionType.AssessmentAndTreatment;
        if (treatment)
        {
            CountTreatment(day, intensity);
        }

        // The order key of a score within its date: scores recorded against the referral 0, then the session type
        // (assessment 1, assessment and treatment 2, treatment 3), as SameDayOrder says; the value breaks a tie.
        OfferScores(scores, (day.Key << 2) | ((int)type + 1), sequence);
        return treatment ? ContactKind.Treatment : ContactKind.Attended;
    }

    private void OfferScores(ReadOnlySpan<Score> scores, int order, int sequence)
    {
        var measures = _measures;
        foreach (var score in scores)
        {
            var measure = score.Measure;
            if (Is(measure, measures.Depression))
            {
                _phq9Ends.Offer(score, order, sequence);
            }
            else if (Is(measure, measures.DefaultAnxiety))
            {
                _gad7Ends.Offer(score, order, sequence);
            }
            else if (measures.RecommendedOtherThanDefault(_descriptor) is { } recommended && Is(measure, recommended))
            {
                _recommendedEnds.Offer(score, order, sequence);
            }
        }
    }

    /// <summary>The episode so far.</summary>
    /// <returns>The episode of the sessions added.</returns>
    public readonly Episode ToEpisode() => new()
    {
        Outcome = new OutcomeInput
        {
            Descriptor = _descriptor,
            TreatmentSessions = _treatmentSessions,
            Ended = _ended,
            Phq9 = _phq9Ends.ToPair(),
            Gad7 = _gad7Ends.ToPair(),
            Adsm = _recommendedEnds.ToPair(),
        },
        DischargeDate = _ended ? Day.DateOf(_dischargeKey) : null,
        FirstTreatmentDate = _treatmentSessions >= 1 ? _firstTreatment.Date : null,
        SecondTreatmentDate = _treatmentSessions >= 2 ? _secondTreatment.Date : null,
        LastLowIntensityDate = _hasLow ? _lastLow.Date : null,
        FirstHighIntensityDate = _hasHigh ? _firstHigh.Date : null,
        HasSameDayScores = _phq9Ends.SameDay || _gad7Ends.SameDay || _recommendedEnds.SameDay,
        FirstAssessmentDate = _firstAssessmentKey == 0 ? null : Day.DateOf(_firstAssessmentKey),
        LastContactDate = _lastContactKey == NoContact ? null : Day.DateOf(_lastContactKey),
    };

    private void CountTreatment(Day day, Intensity intensity)
    {
        if (_treatmentSessions == 0)
        {
            _firstTreatment = day;
        }
        else if (day.Key < _firstTreatment.Key)
        {
            _secondTreatment = _firstTreatment;
            _firstTreatment = day;
        }
        else if (_treatmentSessions == 1 || day.Key < _secondTreatment.Key)
        {
            _secondTreatment = day;
        }

        _treatmentSessions++;
        if (intensity == Intensity.Low && (!_hasLow || day.Key > _lastLow.Key))
        {
            _lastLow = day;
            _hasLow = true;
        }
        else if (intensity == Intensity.High && (!_hasHigh || day.Key < _firstHigh.Key))
        {
            _firstHigh = day;
            _hasHigh = true;
        }
    }

    private static bool Is(MeasureDefinition? measure, MeasureDefinition slot) =>
        ReferenceEquals(measure, slot) || (measure is not null && string.Equals(measure.Key, slot.Key, StringComparison.Ordinal));

    /// <summary>
    /// A date with an integer key that orders dates of one calendar (year, month and day packed), so that a session
    /// is compared with a few integer comparisons rather than NodaTime's checked comparisons.
    /// </summary>
    /// <summary>
    /// The measures one <see cref="IEpisodeMeasures"/> has accumulators track, read once and shared (weakly keyed
    /// by the instance, so that a rule set that is no longer used is not kept alive). Immutable, so safe to share
    /// between threads.
    /// </summary>
    private sealed class TrackedMeasures
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IEpisodeMeasures, TrackedMeasures> Shared = new();

        /// <summary>What a slot of <see cref="_recommended"/> holds until its descriptor is first asked for.</summary>
        private static readonly object NotRead = new();

        private readonly IEpisodeMeasures _source;

        /// <summary>
        /// By descriptor value: its recommended measure, null where that is the default anxiety measure, or
        /// <see cref="NotRead"/>. Filled as descriptors are first asked for; two threads filling one slot write the
        /// same measure.
        /// </summary>
        private readonly object?[] _recommended;

        private TrackedMeasures(IEpisodeMeasures source)
        {
            _source = source;
            Depression = source.DepressionMeasure;
            DefaultAnxiety = source.DefaultAnxietyMeasure;
            int largest = 0;
#if NETSTANDARD2_0
            foreach (ProblemDescriptor descriptor in Enum.GetValues(typeof(ProblemDescriptor)))
#else
            foreach (var descriptor in Enum.GetValues<ProblemDescriptor>())
#endif
            {
                largest = Math.Max(largest, (int)descriptor);
            }

            _recommended = new object?[largest + 1];
            _recommended.AsSpan().Fill(NotRead);
        }

        public MeasureDefinition Depression { get; }

        public MeasureDefinition DefaultAnxiety { get; }

        public static TrackedMeasures Of(IEpisodeMeasures source) => Shared.GetValue(source, s => new TrackedMeasures(s));

        /// <summary>The descriptor's recommended measure, unless it is the default anxiety measure (tracked anyway).</summary>
        public MeasureDefinition? RecommendedOtherThanDefault(ProblemDescriptor descriptor)
        {
            if ((uint)descriptor >= (uint)_recommended.Length)
            {
                return OtherThanDefault(_source.RecommendedMeasure(descriptor));
            }

            var slot = _recommended[(int)descriptor];
            if (ReferenceEquals(slot, NotRead))
            {
                slot = OtherThanDefault(_source.RecommendedMeasure(descriptor));
                _recommended[(int)descriptor] = slot;
            }

            return (MeasureDefinition?)slot;
        }

        private MeasureDefinition? OtherThanDefault(MeasureDefinition measure) => ReferenceEquals(measure, DefaultAnxiety) ? null : measure;
    }

    private readonly struct Day(LocalDate date)
    {
        // The key only (4 bytes): the date is read back from it, so that an accumulator stays small.
        public int Key { get; } = KeyOf(date);

        public LocalDate Date => DateOf(Key);

        public static int KeyOf(LocalDate date) => (date.Year << 9) | (date.Month << 5) | date.Day;

        public static LocalDate DateOf(int key) => new(key >> 9, (key >> 5) & 15, key & 31);
    }

    /// <summary>
    /// The earliest and latest score on one measure, with the session each came from: ordered by date, session type
    /// (<see cref="SameDayOrder"/>) and then value, so that the order scores are offered in never matters.
    /// </summary>
    private struct Ends
    {
        private Score _first;
        private Score _last;
        private int _firstOrder;
        private int _lastOrder;
        private int _session;
        private bool _severalSessions;
        private bool _firstDayShared;
        private bool _lastDayShared;

        /// <summary>
        /// Whether two or more scores fell on the date of the first score or on the date of the last score (a
        /// same-day tie that <see cref="SameDayOrder"/> decided). Counted, so it does not depend on the offer order.
        /// </summary>
        public readonly bool SameDay => _firstDayShared || _lastDayShared;

        public void Offer(in Score score, int order, int sequence)
        {
            if (_session == 0)
            {
                _first = score;
                _last = score;
                _firstOrder = order;
                _lastOrder = order;
                _session = sequence;
                return;
            }

            // A pair needs scores from two sessions or more: whether there are is a property of the set of scores,
            // whatever order they come in (M4 §6.2, Table 9).
            _severalSessions |= sequence != _session;

            // The scores on the earliest and on the latest date (the order key without its session type).
            int day = order >> 2, firstDay = _firstOrder >> 2, lastDay = _lastOrder >> 2;
            _firstDayShared = day < firstDay ? false : day == firstDay || _firstDayShared;
            _lastDayShared = day > lastDay ? false : day == lastDay || _lastDayShared;
            if (order < _firstOrder || (order == _firstOrder && Compare(score, _first) < 0))
            {
                _first = score;
                _firstOrder = order;
            }

            if (order > _lastOrder || (order == _lastOrder && Compare(score, _last) > 0))
            {
                _last = score;
                _lastOrder = order;
            }
        }

        public readonly ScorePair ToPair() =>
            _session == 0 ? default
            : !_severalSessions ? new ScorePair(_first, null)
            : new ScorePair(_first, _last);

        /// <summary>
        /// Orders two scores of one date and session type: by value, then (for scores of equal value, which differ
        /// only in how they were recorded) by origin, risk and not-applicable items, so that which is taken never
        /// depends on the order they came in.
        /// </summary>
        private static int Compare(in Score a, in Score b)
        {
            int byValue = a.Ratio.CompareTo(b.Ratio);
            if (byValue != 0)
            {
                return byValue;
            }

            int byOrigin = ((int)a.Origin).CompareTo((int)b.Origin);
            if (byOrigin != 0)
            {
                return byOrigin;
            }

            int byRisk = ((int)a.Risk).CompareTo((int)b.Risk);
            return byRisk != 0 ? byRisk : a.NotApplicableItems.CompareTo(b.NotApplicableItems);
        }
    }
}

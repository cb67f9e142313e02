using System.Collections.Immutable;
using Iapt.Rules.Episodes;
using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Stepping;
using Iapt.Rules.Waiting;
using NodaTime;

namespace Iapt.Rules.Reporting;

/// <summary>
/// Builds a service report from referrals streamed in one at a time: memory holds counters only, so it does not grow
/// with the number of referrals (only with the number of breakdown groups).
/// </summary>
/// <remarks>
/// <para>Which referrals each figure counts (reference §4, §5, §7):</para>
/// <list type="bullet">
/// <item>Referrals: received in the period.</item>
/// <item>Access (entered treatment, the secondary 6- and 18-week benchmark, wait bands, first-to-second waits):
/// first treatment session in the period (M4 §6.4.2: the secondary benchmark, first appointment).</item>
/// <item>Outcomes, the headline waiting-time standard (among finished courses, measured when the course ends),
/// data quality, stepping and activity: referrals discharged in the period.</item>
/// </list>
/// <para>Without a period every referral counts in every figure it qualifies for.</para>
/// <para>One shape with every tally of the library: <see cref="Add(in ReferralAssessment, in ReferralRecord)"/> counts
/// one referral, <see cref="Merge"/> adds another builder's referrals, <see cref="Build"/> gives the report. Every
/// figure is a sum, so building from any partition of the referrals and merging the builders, in any order, gives
/// exactly the report of one builder of them all; <see cref="ServiceReportBatch"/> does so on every core. Not
/// thread-safe: one builder per thread. <see cref="Assess(in ReferralRecord, IEnumerable{SessionRecord}, ICollection{RecordRejection})"/>
/// is pure and may be called from any thread.</para>
/// </remarks>
public sealed class ServiceReportBuilder
{
    private readonly OutcomeClassifier _classifier;
    private readonly ReportTally _total;
    private readonly ImmutableArray<string> _breakdowns;
    private readonly Dictionary<string, ReportTally>[] _groups;
    private readonly OutcomesByMonthTally _months;

    /// <summary>Starts a report.</summary>
    /// <param name="rules">The rule set every figure follows.</param>
    /// <param name="period">The reporting period, or <see langword="null"/> for every referral.</param>
    /// <param name="breakdowns">
    /// The attributes to break the report down by, besides the problem descriptor (always first); the values come
    /// with each referral in <see cref="Add(in ReferralAssessment, ReadOnlySpan{string})"/> (or the referral's <see cref="ReferralRecord.Attributes"/>).
    /// </param>
    public ServiceReportBuilder(IReportRuleSet rules, ReportPeriod? period = null, IEnumerable<string>? breakdowns = null)
    {
        Guard.Against.Null(rules);
        Rules = rules;
        Period = period;
        _classifier = new OutcomeClassifier(rules);
        _total = new ReportTally(rules, period);
        _months = new OutcomesByMonthTally(rules, period);
        _breakdowns = [ReportKeys.ProblemDescriptorBreakdown, .. breakdowns ?? []];
        _groups = new Dictionary<string, ReportTally>[_breakdowns.Length];
        for (int i = 0; i < _groups.Length; i++)
        {
            _groups[i] = new Dictionary<string, ReportTally>(StringComparer.Ordinal);
        }
    }

    /// <summary>The rule set.</summary>
    public IReportRuleSet Rules { get; }

    /// <summary>The reporting period, or <see langword="null"/>.</summary>
    public ReportPeriod? Period { get; }

    /// <summary>The outcome classifier of the rule set (shared, to build episodes with).</summary>
    public OutcomeClassifier Classifier => _classifier;

    /// <summary>The breakdowns the report is built with, besides the problem descriptor, in order.</summary>
    public IReadOnlyList<string> Breakdowns => _breakdowns.RemoveAt(0);

    /// <summary>
    /// Applies every rule to one referral given with its sessions, in any order: the record rules
    /// (<see cref="RecordRules"/>), the contacts and treatment sessions (<see cref="ReferralAccumulator"/>), the
    /// first and last scores (<see cref="EpisodeAccumulator"/>, same-day order included), the outcome, the wait and
    /// the stepped-care summary. The order of <paramref name="sessions"/> never changes the assessment.
    /// </summary>
    /// <param name="referral">The referral.</param>
    /// <param name="sessions">Its sessions, in any order.</param>
    /// <param name="rejectedSessions">
    /// Where to add the sessions that cannot be used (dated before the referral), with their position in
    /// <paramref name="sessions"/>; or <see langword="null"/> to leave them out unreported (they are never counted).
    /// </param>
    /// <returns>The assessment, or the referral's own fault (<see cref="RecordRules.CheckReferral(in ReferralRecord)"/>).</returns>
    public OneOf.OneOf<ReferralAssessment, RecordFault> Assess(
        in ReferralRecord referral, IEnumerable<SessionRecord> sessions, ICollection<RecordRejection>? rejectedSessions)
    {
        Guard.Against.Null(sessions);
        if (RecordRules.CheckReferral(referral) is { } fault)
        {
            return fault;
        }

        var accumulator = new ReferralAccumulator(_classifier, referral.Descriptor, referral.DischargeDate);
        var treatment = new List<SteppedSession>();
        long position = 0;
        foreach (var session in sessions)
        {
            if (RecordRules.CheckSession(referral.ReferralDate, session.Date) is { } sessionFault)
            {
                rejectedSessions?.Add(new RecordRejection(RecordKind.Session, position++, sessionFault));
                continue;
            }

            position++;
            if (accumulator.Add(session))
            {
                treatment.Add(new SteppedSession(session.Date, session.Intensity, session.Intervention));
            }
        }

        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(treatment);
        SteppedCare.OrderSessions(span);
        return Assess(referral.ReferralDate, accumulator, span) with { DescriptorGroup = referral.DescriptorGroup };
    }

    /// <summary>
    /// Applies every rule to one referral whose sessions were added to <paramref name="accumulator"/> (the
    /// allocation-free form for high-volume readers, which check each session with <see cref="RecordRules"/> first).
    /// </summary>
    /// <param name="referralDate">The date the referral was received.</param>
    /// <param name="accumulator">The referral's sessions, added.</param>
    /// <param name="treatmentSessions">
    /// The sessions for which <see cref="ReferralAccumulator.Add(in SessionRecord)"/> returned <see langword="true"/>,
    /// in the order of <see cref="SteppedCare.OrderSessions"/>.
    /// </param>
    /// <returns>The referral's assessment.</returns>
    public ReferralAssessment Assess(LocalDate referralDate, in ReferralAccumulator accumulator, ReadOnlySpan<SteppedSession> treatmentSessions) =>
        Assess(referralDate, accumulator.ToEpisode(), treatmentSessions, accumulator.AttendedContacts, accumulator.MissedAppointments);

    /// <summary>
    /// Applies every rule to one referral: its outcome, its referral-to-treatment wait and its stepped-care summary.
    /// </summary>
    /// <remarks>
    /// The stepping rules are given the course's outcome; for a course not at caseness at the start recovery does
    /// not apply, so it is given as unknown and the course is not in the MQS 1 denominator.
    /// </remarks>
    /// <param name="referralDate">The date the referral was received.</param>
    /// <param name="episode">The episode built from the referral's sessions (<see cref="EpisodeAccumulator"/>).</param>
    /// <param name="treatmentSessions">The attended treatment sessions on or before discharge, in date order.</param>
    /// <param name="attendedContacts">Attended contacts other than follow-ups, on or before discharge.</param>
    /// <param name="missedAppointments">Appointments not attended, follow-ups excluded, on or before discharge.</param>
    /// <returns>The referral's assessment.</returns>
    public ReferralAssessment Assess(
        LocalDate referralDate, in Episode episode, ReadOnlySpan<SteppedSession> treatmentSessions, int attendedContacts, int missedAppointments)
    {
        var input = episode.Outcome;
        var outcome = _classifier.Classify(input);
        var wait = Rules.Waiting.Measure(referralDate, episode.FirstTreatmentDate, episode.SecondTreatmentDate);
        var anxiety = ReferenceEquals(outcome.AnxietyMeasure, _classifier.DefaultAnxietyMeasure) ? input.Gad7 : input.Adsm;
        bool? phqCase = input.Phq9.Last?.IsCase;
        bool? anxietyCase = anxiety.Last?.IsCase;
        bool? atCasenessAtEnd = phqCase == true || anxietyCase == true ? true
            : phqCase == false && anxietyCase == false ? false
            : null;

        // Recovery applies only to a course at caseness at the start (reference §4): for one that was not, whether
        // it "recovered" is unknown to stepping, so it is not counted in MQS 1 (SteppingSummary.InMqs1Denominator).
        bool? recovered = outcome.CasenessAtStart == CasenessAtStart.NotCase ? null : outcome.Recovered;
        var stepping = SteppedCare.Summarise(Rules, new SteppingInput
        {
            Descriptor = input.Descriptor,
            Context = new TreatmentContext { FirstPhq9 = IsPhq9(input.Phq9.First) ? input.Phq9.First : null },
            Ended = input.Ended,
            Outcome = new CourseOutcome
            {
                Recovered = recovered,
                AtCasenessAtEnd = recovered == true ? false : atCasenessAtEnd,
                ReliablyImproved = outcome.ReliableImprovement,
            },
            DataQuality = PracticeConcernsExtensions.FromDataQuality(outcome.DataQuality),
        }, treatmentSessions);

        return new ReferralAssessment
        {
            ReferralDate = referralDate,
            Episode = episode,
            Outcome = outcome,
            Wait = wait.IsT0 ? wait.AsT0 : null,
            Stepping = stepping.IsT0 ? stepping.AsT0 : null,
            CallsForAdsm = _classifier.CallsForAdsm(input.Descriptor),
            AttendedContacts = attendedContacts,
            MissedAppointments = missedAppointments,
        };
    }

    /// <summary>Counts one referral in the report and in its breakdown groups, with its own attributes.</summary>
    /// <param name="referral">The referral's assessment.</param>
    /// <param name="record">
    /// The referral, whose <see cref="ReferralRecord.Attributes"/> hold its value of each breakdown in
    /// <see cref="Breakdowns"/> order (default or empty when the builder has no breakdowns).
    /// </param>
    /// <exception cref="ArgumentException">The number of attributes differs from the number of breakdowns.</exception>
    public void Add(in ReferralAssessment referral, in ReferralRecord record) =>
        Add(referral, record.Attributes.IsDefault ? default : record.Attributes.AsSpan());

    /// <summary>
    /// Adds every referral counted by <paramref name="other"/> to this builder, as if each had been added here; the
    /// other builder is unchanged. Merging the builders of any partition of the referrals, in any order, gives
    /// exactly the report of one builder of them all.
    /// </summary>
    /// <param name="other">A builder with the same rule set, period and breakdowns.</param>
    /// <exception cref="ArgumentException">The other builder has another rule set, period or breakdowns.</exception>
    public void Merge(ServiceReportBuilder other)
    {
        Guard.Against.Null(other);
        if (!ReferenceEquals(other.Rules, Rules) || other.Period != Period || !other._breakdowns.SequenceEqual(_breakdowns, StringComparer.Ordinal))
        {
            throw new ArgumentException("Only builders with the same rule set, period and breakdowns can be merged.", nameof(other));
        }

        _total.Merge(other._total);
        _months.Merge(other._months);
        for (int i = 0; i < _groups.Length; i++)
        {
            foreach (var (value, tally) in other._groups[i])
            {
                Group(i, value).Merge(tally);
            }
        }
    }

    /// <summary>Counts one referral in the report and in its breakdown groups.</summary>
    /// <param name="referral">The referral's assessment.</param>
    /// <param name="groupValues">
    /// The referral's value for each breakdown given to the constructor, in the same order (the problem descriptor
    /// is taken from the referral itself); an empty string when the referral has none.
    /// </param>
    /// <exception cref="ArgumentException">The number of group values differs from the number of breakdowns.</exception>
    public void Add(in ReferralAssessment referral, ReadOnlySpan<string> groupValues)
    {
        if (groupValues.Length != _breakdowns.Length - 1)
        {
            throw new ArgumentException($"Expected {_breakdowns.Length - 1} group values.", nameof(groupValues));
        }

        var group = GroupOf(referral);
        var episode = referral.Episode;
        var assessment = Rules.Waiting.MeasureAssessment(referral.ReferralDate, episode.FirstAssessmentDate);
        AssessmentWait? assessed = assessment.IsT0 ? assessment.AsT0 : null;
        PathwayPosition? position = null;
        if (Period is { } period)
        {
            var at = Rules.Waiting.TrackOn(referral.ReferralDate, episode.FirstTreatmentDate, episode.LastContactDate, episode.DischargeDate, period.End);
            position = at.IsT0 ? at.AsT0 : null;
        }

        Count(_total, referral, group.IsValidCode, assessed, position);
        _months.Add(referral);
        Count(Group(0, group.Key), referral, group.IsValidCode, assessed, position);
        for (int i = 0; i < groupValues.Length; i++)
        {
            Count(Group(i + 1, groupValues[i]), referral, group.IsValidCode, assessed, position);
        }
    }

    /// <summary>Builds the report.</summary>
    /// <param name="rowsRead">Data rows read from the input files (headers excluded).</param>
    /// <param name="rowsRejected">Data rows rejected.</param>
    /// <returns>The report, with exact counts (apply disclosure control separately).</returns>
    public ServiceReport Build(long rowsRead, long rowsRejected)
    {
        var t = _total;
        return new ServiceReport
        {
            RuleSet = $"{Rules.Name} ({Rules.Version})",
            Period = Period,
            Headline = new HeadlineCounts
            {
                RowsRead = rowsRead,
                RowsRejected = rowsRejected,
                Referrals = t.Referrals,
                EnteredTreatment = t.EnteredTreatment,
                Finished = t.Finished,
                NotAtCaseness = t.NotAtCaseness,
                Recovered = t.Recovered,
                ReliableImprovement = t.ReliableImprovement,
                ReliableDeterioration = t.ReliableDeterioration,
                NoReliableChange = t.NoReliableChange,
                ReliableRecovery = t.ReliableRecovery,
                Within6Weeks = t.Within6Weeks,
                Within18Weeks = t.Within18Weeks,
            },
            Sections = ReportFigures.Sections(Rules, t),
            Breakdowns = [.. _breakdowns.Select((key, i) => new ReportBreakdown(key,
                [.. _groups[i].OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new ReportGroup(g.Key, ReportFigures.GroupFigures(Rules, g.Value)))]))],
            OutcomesByMonth = _months.Build(),
        };
    }

    private void Count(ReportTally tally, in ReferralAssessment referral, bool validDescriptor, in AssessmentWait? assessment, in PathwayPosition? position)
    {
        tally.CountNational(referral, assessment, position);
        var period = Period;
        if (period is not { } p || p.Contains(referral.ReferralDate))
        {
            tally.CountReferral();
        }

        var episode = referral.Episode;
        if (referral.Wait is { } wait && episode.FirstTreatmentDate is { } first && (period is not { } q || q.Contains(first)))
        {
            tally.CountAccess(wait);
        }

        if (episode.DischargeDate is { } discharge && (period is not { } r || r.Contains(discharge)))
        {
            tally.CountEnded(referral, validDescriptor);
        }
    }

    private ReportTally Group(int breakdown, string value)
    {
        var groups = _groups[breakdown];
        if (!groups.TryGetValue(value, out var tally))
        {
            tally = new ReportTally(Rules, Period);
            groups.Add(value, tally);
        }

        return tally;
    }

    /// <summary>The group a referral counts in: its own, or its descriptor's (other codes without one: other mental health problems).</summary>
    private DescriptorGroup GroupOf(in ReferralAssessment referral) =>
        referral.DescriptorGroup
        ?? (referral.Episode.Descriptor == ProblemDescriptor.Other
            ? Rules.Descriptors.ResolutionOf(DescriptorGroupKind.OtherMentalHealthProblems).Group
            : Rules.Descriptors.ResolutionOf(referral.Episode.Descriptor).Group);

    private static bool IsPhq9(Score? score) =>
        score is { } s && string.Equals(s.Measure.Key, MeasureKeys.Phq9, StringComparison.Ordinal);
}

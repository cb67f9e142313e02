using System.Collections.Immutable;
using System.Globalization;
using Iapt.Rules.Episodes;
using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.Reporting;
using Iapt.Rules.Stepping;
using NodaTime;

namespace Iapt.Rules.Dataset;

/// <summary>
/// A service's report from the national data set's tables (reference §8-9): the rows are translated into the
/// records every report reads (<see cref="Translate"/>) and reported by <see cref="ServiceReportBatch.Run"/>, so that
/// every rule downstream (finished a course, caseness, recovery, reliable change, waits, stepping, standards,
/// breakdowns) is the same code as the two-file report.
/// </summary>
/// <remarks>
/// <para><b>The translation</b> (rule data in <see cref="RuleSets.RuleSet.Dataset"/> and <see cref="DatasetRecordRules.All"/>):</para>
/// <list type="bullet">
/// <item>Latest submission wins: of the usable rows with one <c>PathwayID</c> (IDS101) or one <c>PathwayID</c> +
/// <c>CareContactId</c> (IDS201), the one with the largest <c>UniqMonthID</c> is used (a month given is later than
/// none; in one month, the later line); the others are superseded. A rejected row takes no part.</item>
/// <item>Contacts: attended (5, 6) with <c>AppType</c> 02 or 05 a treatment session, 01 an assessment, 03 both, any
/// other an attended contact that is neither (<see cref="SessionType.FollowUp"/>); missed (3, 7) a missed
/// appointment of that type; cancelled (2, 4) nothing. Intensity from the contact's IDS202 therapy types: high if any
/// is high, else low if any is low.</item>
/// <item>Scores: a tool type the rule set maps to a measure of its catalogue, with a whole-number <c>PersScore</c> in
/// range, is a score (IDS607 at its contact, dated by it; IDS606 as a <see cref="SessionType.ReferralScores"/>
/// session on <c>AssToolCompDate</c>); any other <c>PersScore</c> is counted as unusable by measure; an unmapped tool
/// type is ignored and counted. Which scores count, and their same-day order, is then the episode's rule
/// (<see cref="EpisodeAccumulator.SameDayOrder"/>).</item>
/// <item>The descriptor: the first IDS603 row of the referral by §8's ranking, resolved by
/// <see cref="ProblemDescriptors.DescriptorTable.Resolve(ReadOnlySpan{char})"/> (ICD-10 and SNOMED CT); none without rows.</item>
/// </list>
/// <para><b>Order.</b> Row order within a table never changes the result, except between two rows that tie on every
/// ranking key (same key and month), where the later line wins.</para>
/// <para><b>What streams, what buffers.</b> Each table's rows are enumerated once, in the order of
/// <see cref="DatasetTables.All"/>, and never held. Held until the tables are read: per referral used, its row and
/// dates; per contact used, its referral, date, attendance, type and intensity (a few tens of bytes), its
/// <c>CareContactId</c> (until the last table is read) and its submission rank (until <c>IDS201</c> is read); per
/// usable <c>IDS607</c> score, its measure and total (twelve bytes); per <c>IDS606</c> score, its session.
/// <see cref="Translate"/> then builds every session; <see cref="Report"/> never does: it gives each session to
/// its referral's state (<see cref="ReferralAccumulator"/>) at once, so a report holds, besides the above, one such
/// state and the treatment sessions per referral, as <see cref="ServiceReportBatch"/> does.</para>
/// </remarks>
public static class NationalDataset
{
    /// <summary>The key of the report section of row counts and data quality.</summary>
    public const string DatasetSection = "dataset";

    /// <summary>The key of the report section of agreement with NHS Digital's flags.</summary>
    public const string AgreementSection = "nhs_digital_agreement";

    /// <summary>Translates a data set extract into referral and session records.</summary>
    /// <param name="rules">The rule set (its <see cref="RuleSets.RuleSet.Dataset"/>, <see cref="RuleSets.RuleSet.Descriptors"/> and measures).</param>
    /// <param name="input">The tables' rows.</param>
    /// <returns>The records and what became of every row.</returns>
    public static DatasetTranslation Translate(IDatasetRuleSet rules, DatasetInput input)
    {
        Guard.Against.Null(rules);
        Guard.Against.Null(input);
        return new Translator(rules).Run(input);
    }

    /// <summary>
    /// Builds the report of a data set extract, and reconciles it with NHS Digital's flags when present: the same
    /// report as <see cref="ServiceReportBatch.Run"/> of <see cref="Translate"/>'s records, without building the
    /// sessions (the translation it gives has none; see the remarks), on every core.
    /// </summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="input">The tables' rows.</param>
    /// <param name="options">The period, breakdowns (each referral row's <see cref="ReferralRow.Attributes"/>) and threads.</param>
    /// <returns>The report, the translation and the reconciliation.</returns>
    /// <exception cref="ArgumentException">A referral row's number of attributes differs from the number of breakdowns.</exception>
    public static DatasetReport Report(IDatasetRuleSet rules, DatasetInput input, ServiceReportBatchOptions? options = null)
    {
        Guard.Against.Null(rules);
        Guard.Against.Null(input);
        options ??= new ServiceReportBatchOptions();
        var translator = new Translator(rules);
        var translation = translator.Run(input, keepSessions: false);
        var (batch, agreement, disagreements) = Assess(rules, translation, translator, options);
        var sections = batch.Sections.Add(CountsSection(translation));
        if (agreement.Any(a => a.Compared > 0))
        {
            sections = sections.Add(AgreementFigures(agreement));
        }

        var report = batch with
        {
            Headline = batch.Headline with
            {
                RowsRead = translation.RowsRead,
                RowsRejected = translation.RowsRejected,
            },
            Sections = sections,
        };
        return new DatasetReport { Report = report, Translation = translation, Agreement = agreement, Disagreements = disagreements };
    }

    /// <summary>The engine's value of one of NHS Digital's flags for an outcome.</summary>
    /// <param name="flag">The flag.</param>
    /// <param name="outcome">The referral's outcome.</param>
    /// <returns>
    /// <see cref="OutcomeResult.Finished"/> for <c>CompletedTreatment_Flag</c>; finished and not at caseness at the
    /// start for <c>NotCaseness_Flag</c>; the claimed outcome (an outcome that cannot be claimed is
    /// <see langword="false"/>) for the others.
    /// </returns>
    public static bool EngineValue(NhsdIndicator flag, in OutcomeResult outcome) => flag switch
    {
        NhsdIndicator.CompletedTreatment => outcome.Finished,
        NhsdIndicator.NotCaseness => outcome.Finished && outcome.CasenessAtStart == CasenessAtStart.NotCase,
        NhsdIndicator.Recovery => outcome.Recovered == true,
        NhsdIndicator.ReliableImprovement => outcome.ReliableImprovement == true,
        NhsdIndicator.ReliableDeterioration => outcome.ReliableDeterioration == true,
        _ => throw new ArgumentOutOfRangeException(nameof(flag), flag, "not a flag"),
    };

    /// <summary>
    /// Assesses every referral of the translation and reconciles it with NHS Digital's flags, as
    /// <see cref="ServiceReportBatch.Run"/> does with the same library calls, but by index: each session goes to its
    /// referral's accumulator by index as the translator gives it (no lookup by id, no session kept), the referrals are split
    /// into contiguous shares, each assessed, counted and reconciled by one thread into its own
    /// <see cref="ServiceReportBuilder"/>, and the builders are merged (every figure is a sum, so the report is the
    /// same for any number of threads; the disagreements are joined in referral order).
    /// </summary>
    private static (ServiceReport, ImmutableArray<FlagAgreement>, ImmutableArray<FlagDisagreement>) Assess(
        IDatasetRuleSet rules, DatasetTranslation translation, Translator translator, ServiceReportBatchOptions options)
    {
        var referrals = translation.Referrals;
        int breakdowns = options.Breakdowns.Count;
        for (int i = 0; i < referrals.Length; i++)
        {
            int attributes = referrals[i].Attributes.IsDefault ? 0 : referrals[i].Attributes.Length;
            if (attributes != breakdowns)
            {
                throw new ArgumentException(
                    $"The referral row of PathwayID at position {i} has {attributes} attributes; the report has {breakdowns} breakdowns.", nameof(translation));
            }
        }

        var first = new ServiceReportBuilder(rules, options.Period, options.Breakdowns);
        var accumulators = new ReferralAccumulator[referrals.Length];
        for (int i = 0; i < accumulators.Length; i++)
        {
            accumulators[i] = new ReferralAccumulator(first.Classifier, referrals[i].Descriptor, referrals[i].DischargeDate);
        }

        // The translation checked every session against its referral (RecordRules.CheckSession) before keeping it.
        var treatment = new List<SteppedSession>?[referrals.Length];
        translator.ForEachSession((int i, LocalDate date, SessionType type, bool attended, Intensity intensity, ReadOnlySpan<Score> scores) =>
        {
            if (accumulators[i].Add(date, type, attended, intensity, scores))
            {
                (treatment[i] ??= []).Add(new SteppedSession(date, intensity, default));
            }
        });

        int shares = ShareAssessment.Shares(options.MaxDegreeOfParallelism, referrals.Length);
        var found = new Reconciliation[shares];
        for (int s = 0; s < shares; s++)
        {
            found[s] = new Reconciliation();
        }

        ShareAssessment.Run(first, shares, referrals, accumulators, treatment, (s, i, assessment) =>
        {
            if (translation.Flags[i].Any)
            {
                found[s].Add(first.Classifier, referrals[i].Id, translation.Flags[i], assessment);
            }
        });

        var compared = new long[NhsdValues.All.Length];
        var agreed = new long[NhsdValues.All.Length];
        var disagreements = ImmutableArray.CreateBuilder<FlagDisagreement>();
        foreach (var reconciliation in found)
        {
            for (int f = 0; f < compared.Length; f++)
            {
                compared[f] += reconciliation.Compared[f];
                agreed[f] += reconciliation.Agreed[f];
            }

            disagreements.AddRange(reconciliation.Disagreements);
        }

        // The headline's rows read and rejected are the tables' own, set by Report.
        var report = first.Build(0, 0);
        return (report, [.. NhsdValues.All.Select(f => new FlagAgreement(f, compared[(int)f], agreed[(int)f]))], disagreements.ToImmutable());
    }

    private static ReportSection CountsSection(DatasetTranslation translation)
    {
        var figures = ImmutableArray.CreateBuilder<ReportFigure>();
        const string rule = "reference §9 (rows read = used + superseded + rejected)";
        foreach (var count in translation.Counts)
        {
            string table = DatasetTables.NameOf(count.Table);
            string key = table.ToLowerInvariant();
            figures.Add(ReportFigure.Of(key + "_rows_read", table + ": rows read", count.Read, rule: rule));
            figures.Add(ReportFigure.Of(key + "_rows_used", table + ": rows used", count.Used, count.Read, rule));
            figures.Add(ReportFigure.Of(key + "_rows_superseded", table + ": rows superseded", count.Superseded, count.Read, rule));
            figures.Add(ReportFigure.Of(key + "_rows_rejected", table + ": rows rejected", count.Rejected, count.Read, rule));
        }

        foreach (var unusable in translation.UnusableScores)
        {
            figures.Add(ReportFigure.Of("unusable_scores_" + unusable.MeasureKey, "Unusable scores (NA, Y, N, empty, out of range): " + unusable.MeasureKey,
                unusable.Count, rule: "reference §9 (PersScore)"));
        }

        figures.Add(ReportFigure.Of("unmapped_tool_types", "Score rows of a tool type the rule set does not map (ignored)", translation.UnmappedToolTypes,
            rule: "reference §9 (CodedAssToolType)"));
        return new ReportSection(DatasetSection, "National data set: rows and data quality", figures.ToImmutable());
    }

    private static ReportSection AgreementFigures(ImmutableArray<FlagAgreement> agreement) =>
        new(AgreementSection, "Agreement with NHS Digital's flags",
        [
            .. agreement.Where(a => a.Compared > 0).Select(a => ReportFigure.Of(
                "agreement_" + NhsdValues.ColumnOf(a.Flag).ToLowerInvariant(), "Agreement with " + NhsdValues.ColumnOf(a.Flag),
                a.Agreed, a.Compared, "reference §9 (NHS Digital's derived columns)")),
        ]);

    /// <summary>One share's agreement with NHS Digital's flags: compared and agreed by flag, and the disagreements in referral order.</summary>
    private sealed class Reconciliation
    {
        public long[] Compared { get; } = new long[NhsdValues.All.Length];

        public long[] Agreed { get; } = new long[NhsdValues.All.Length];

        public List<FlagDisagreement> Disagreements { get; } = [];

        public void Add(OutcomeClassifier classifier, string id, NhsdValues flags, in ReferralAssessment assessment)
        {
            string? explanation = null;
            foreach (var flag in NhsdValues.All)
            {
                // Read as a nullable and then unwrapped (not "is not bool theirs"): Stryker's negated pattern would leave
                // "theirs" unassigned, a compile error it cannot pin on one mutant, and it would drop every mutant of this method.
                bool? value = flags[flag];
                if (value is null)
                {
                    continue;
                }

                bool theirs = value.Value;

                bool ours = EngineValue(flag, assessment.Outcome);
                Compared[(int)flag]++;
                if (ours == theirs)
                {
                    Agreed[(int)flag]++;
                }
                else
                {
                    explanation ??= classifier.Explain(assessment.Episode.Outcome).ToString();
                    Disagreements.Add(new FlagDisagreement(id, flag, theirs, ours, explanation));
                }
            }
        }
    }

    /// <summary>One translation: not thread-safe, used once.</summary>
    private sealed class Translator(IDatasetRuleSet rules)
    {
        private readonly DatasetRules _codes = rules.Dataset;
        private readonly ImmutableArray<DatasetRejection>.Builder _rejections = ImmutableArray.CreateBuilder<DatasetRejection>();
        private readonly long[] _read = new long[DatasetTables.All.Length];
        private readonly long[] _superseded = new long[DatasetTables.All.Length];
        private readonly long[] _rejected = new long[DatasetTables.All.Length];
        private readonly Dictionary<string, long> _unusable = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _referralIndex = new(StringComparer.Ordinal);
        private readonly List<Referral> _referrals = [];

        /// <summary>Each referral's first contact (an index of <see cref="_contacts"/>), or -1: the head of its chain.</summary>
        private readonly List<int> _firstContact = [];
        private readonly List<Contact> _contacts = [];

        /// <summary>Each contact's <c>CareContactId</c> and the next contact of its referral (-1 for none), by index; dropped once every table is read.</summary>
        private List<(string Id, int Next)> _contactKeys = [];

        /// <summary>Each contact's submission rank, by index; dropped once <c>IDS201</c> is read.</summary>
        private List<Rank> _contactRanks = [];

        /// <summary>The usable <c>IDS607</c> scores as measure and total, chained per contact in reading order.</summary>
        private readonly List<ScoreLink> _scores = [];
        private readonly List<MeasureDefinition> _measures = [];
        private int[] _firstScore = [];
        private int[] _lastScore = [];
        private readonly List<ReferralSession> _referralScores = [];
        private readonly List<int> _referralScoreReferrals = [];
        private long _unmapped;
        private string? _lastId;
        private int _lastReferral;
        private bool _lastFound;

        /// <summary>Receives one session of one referral (an index of <see cref="DatasetTranslation.Referrals"/>).</summary>
        public delegate void SessionSink(int referral, LocalDate date, SessionType type, bool attended, Intensity intensity, ReadOnlySpan<Score> scores);

        /// <summary>Reads every table and gives the translation; with <paramref name="keepSessions"/> false its sessions are left empty (see <see cref="ForEachSession"/>).</summary>
        public DatasetTranslation Run(DatasetInput input, bool keepSessions = true)
        {
            Guard.Against.Null(input.Referrals);
            Guard.Against.Null(input.CareContacts);
            ReadReferrals(input.Referrals);
            ReadContacts(input.CareContacts);
            ReadActivities(input.CareActivities ?? []);
            var descriptors = ReadComplaints(input.PresentingComplaints ?? []);
            ReadContactScores(input.ContactScores ?? []);
            ReadReferralScores(input.ReferralScores ?? []);

            var referrals = ImmutableArray.CreateBuilder<ReferralRecord>(_referrals.Count);
            for (int i = 0; i < _referrals.Count; i++)
            {
                var r = _referrals[i];
                var resolved = rules.Descriptors.Resolve(descriptors[i]?.Code);
                referrals.Add(ReferralRecord.Resolved(r.Row.PathwayId!, r.ReferralDate, resolved, r.DischargeDate) with
                {
                    Attributes = r.Row.Attributes.IsDefault ? [] : r.Row.Attributes,
                });
            }

            _contactKeys = [];
            var sessions = ImmutableArray.CreateBuilder<ReferralSession>(keepSessions ? _contacts.Count + _referralScores.Count : 0);
            if (keepSessions)
            {
                ForEachSession((int referral, LocalDate date, SessionType type, bool attended, Intensity intensity, ReadOnlySpan<Score> scores) =>
                    sessions.Add(new ReferralSession(_referrals[referral].Row.PathwayId!, new SessionRecord(date, type, attended)
                    {
                        Intensity = intensity,
                        Scores = scores.IsEmpty ? [] : [.. scores],
                    })));
            }

            return new DatasetTranslation
            {
                Referrals = referrals.MoveToImmutable(),
                Flags = [.. _referrals.Select(r => r.Row.Flags)],
                Sessions = sessions.ToImmutable(),
                Counts = [.. DatasetTables.All.Select(t => new DatasetTableCount(
                    t, _read[(int)t], _read[(int)t] - _superseded[(int)t] - _rejected[(int)t], _superseded[(int)t], _rejected[(int)t]))],
                Rejections = _rejections.ToImmutable(),
                UnusableScores = [.. _unusable.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => new MeasureCount(u.Key, u.Value))],
                UnmappedToolTypes = _unmapped,
            };
        }

        /// <summary>
        /// Gives every session, after <see cref="Run"/>, in the order of <see cref="DatasetTranslation.Sessions"/>:
        /// each contact used that was attended or missed, with its intensity and <c>IDS607</c> scores (a span valid
        /// during the call only), then each <c>IDS606</c> score's session.
        /// </summary>
        public void ForEachSession(SessionSink sink)
        {
            var buffer = new Score[8];
            for (int i = 0; i < _contacts.Count; i++)
            {
                var c = _contacts[i];
                if (c.Attendance == AttendanceKind.Cancelled)
                {
                    continue;
                }

                int count = 0;
                for (int link = _firstScore.Length > 0 ? _firstScore[i] : -1; link >= 0; link = _scores[link].Next)
                {
                    var s = _scores[link];
                    if (count == buffer.Length)
                    {
                        Array.Resize(ref buffer, count * 2);
                    }

                    _ = _measures[s.Measure].TryScoreTotal(s.Total, out buffer[count++]);
                }

                sink(c.Referral, c.Date, c.Type, c.Attendance == AttendanceKind.Attended, c.Intensity, buffer.AsSpan(0, count));
            }

            for (int i = 0; i < _referralScores.Count; i++)
            {
                var session = _referralScores[i].Session;
                sink(_referralScoreReferrals[i], session.Date, session.Type, session.Attended, session.Intensity, session.Scores.AsSpan());
            }
        }

        private void ReadReferrals(IEnumerable<ReferralRow> rows)
        {
            long sequence = 0;
            foreach (var row in rows)
            {
                _read[(int)DatasetTable.Referral]++;
                long seq = sequence++;
                if (IsEmpty(row.PathwayId))
                {
                    Reject(DatasetTable.Referral, row.Line, DatasetTables.PathwayId, DatasetRecordRules.EmptyKey);
                    continue;
                }

                if (!TryMonth(row.UniqMonthId, out long month))
                {
                    Reject(DatasetTable.Referral, row.Line, DatasetTables.UniqMonthId, DatasetRecordRules.MonthExpected);
                    continue;
                }

                if (!TryDate(row.ReferralReceivedDate, out var referralDate))
                {
                    Reject(DatasetTable.Referral, row.Line, DatasetTables.ReferralReceivedDate, RecordFields.DateExpected);
                    continue;
                }

                LocalDate? discharge = null;
                if (!IsEmpty(row.DischargeDate))
                {
                    if (!TryDate(row.DischargeDate, out var d))
                    {
                        Reject(DatasetTable.Referral, row.Line, DatasetTables.DischargeDate, RecordFields.DateExpected);
                        continue;
                    }

                    discharge = d;
                }

                if (RecordRules.CheckReferral(row.PathwayId.AsSpan(), referralDate, discharge) is { } fault)
                {
                    Reject(DatasetTable.Referral, row.Line, DatasetTables.DischargeDate, fault.Reason);
                    continue;
                }

                var candidate = new Referral(row with { PathwayId = row.PathwayId!.Trim() }, referralDate, discharge, new Rank(month, row.Line, seq));
                string id = candidate.Row.PathwayId!;
                if (_referralIndex.TryGetValue(id, out int at))
                {
                    if (Supersedes(DatasetTable.Referral, _referrals[at].Rank, candidate.Rank))
                    {
                        _referrals[at] = candidate;
                    }
                }
                else
                {
                    _referralIndex.Add(id, _referrals.Count);
                    _referrals.Add(candidate);
                    _firstContact.Add(-1);
                }
            }
        }

        private void ReadContacts(IEnumerable<CareContactRow> rows)
        {
            long sequence = 0;
            foreach (var row in rows)
            {
                _read[(int)DatasetTable.CareContact]++;
                long seq = sequence++;
                const DatasetTable table = DatasetTable.CareContact;
                if (IsEmpty(row.PathwayId)) { Reject(table, row.Line, DatasetTables.PathwayId, DatasetRecordRules.EmptyKey); continue; }
                if (IsEmpty(row.CareContactId)) { Reject(table, row.Line, DatasetTables.CareContactId, DatasetRecordRules.EmptyKey); continue; }
                if (!TryMonth(row.UniqMonthId, out long month)) { Reject(table, row.Line, DatasetTables.UniqMonthId, DatasetRecordRules.MonthExpected); continue; }
                if (!TryDate(row.Date, out var date)) { Reject(table, row.Line, DatasetTables.CareContactDate, RecordFields.DateExpected); continue; }
                if (!_codes.TryReadAttendance(row.AttendOrDnaCode.AsSpan(), out var attendance))
                {
                    Reject(table, row.Line, DatasetTables.AttendOrDnaCode, DatasetRecordRules.AttendanceExpected);
                    continue;
                }

                if (!_codes.TryReadAppointmentType(row.AppType.AsSpan(), out var type))
                {
                    Reject(table, row.Line, DatasetTables.AppType, DatasetRecordRules.AppointmentTypeExpected);
                    continue;
                }

                if (!TryReferral(row.PathwayId!.Trim(), out int referral))
                {
                    Reject(table, row.Line, DatasetTables.PathwayId, DatasetRecordRules.UnknownReferral);
                    continue;
                }

                if (RecordRules.CheckSession(_referrals[referral].ReferralDate, date) is { } fault)
                {
                    Reject(table, row.Line, DatasetTables.CareContactDate, fault.Reason);
                    continue;
                }

                var candidate = new Contact(referral, date, attendance, type);
                var rank = new Rank(month, row.Line, seq);
                string id = row.CareContactId!.Trim();
                int at = FindContact(referral, id);
                if (at >= 0)
                {
                    if (Supersedes(table, _contactRanks[at], rank))
                    {
                        _contacts[at] = candidate;
                        _contactRanks[at] = rank;
                    }
                }
                else
                {
                    _contactKeys.Add((id, _firstContact[referral]));
                    _firstContact[referral] = _contacts.Count;
                    _contacts.Add(candidate);
                    _contactRanks.Add(rank);
                }
            }

            _contactRanks = [];
        }

        private void ReadActivities(IEnumerable<CareActivityRow> rows)
        {
            foreach (var row in rows)
            {
                _read[(int)DatasetTable.CareActivity]++;
                if (!TryContact(DatasetTable.CareActivity, row.Line, row.PathwayId, row.CareContactId, out int contact))
                {
                    continue;
                }

                var intensity = _codes.IntensityOf(row.TherapyType.AsSpan());
                var c = _contacts[contact];
                if (intensity > c.Intensity)
                {
                    _contacts[contact] = c with { Intensity = intensity };
                }
            }
        }

        private Complaint?[] ReadComplaints(IEnumerable<PresentingComplaintRow> rows)
        {
            var best = new Complaint?[_referrals.Count];
            long sequence = 0;
            foreach (var row in rows)
            {
                _read[(int)DatasetTable.PresentingComplaints]++;
                long seq = sequence++;
                const DatasetTable table = DatasetTable.PresentingComplaints;
                if (IsEmpty(row.PathwayId)) { Reject(table, row.Line, DatasetTables.PathwayId, DatasetRecordRules.EmptyKey); continue; }
                LocalDate? date = null;
                if (!IsEmpty(row.Date))
                {
                    if (!TryDate(row.Date, out var d)) { Reject(table, row.Line, DatasetTables.PresentingComplaintDate, RecordFields.DateExpected); continue; }
                    date = d;
                }

                if (!TryReferral(row.PathwayId!.Trim(), out int referral))
                {
                    Reject(table, row.Line, DatasetTables.PathwayId, DatasetRecordRules.UnknownReferral);
                    continue;
                }

                var candidate = new Complaint(row.Code?.Trim() ?? string.Empty, SignificanceRank(row.Significance), date, row.Line, seq);
                if (best[referral] is { } current)
                {
                    _superseded[(int)table]++;
                    if (candidate.RanksBefore(current))
                    {
                        best[referral] = candidate;
                    }
                }
                else
                {
                    best[referral] = candidate;
                }
            }

            return best;
        }

        private void ReadContactScores(IEnumerable<ContactScoreRow> rows)
        {
            _firstScore = new int[_contacts.Count];
            _lastScore = new int[_contacts.Count];
            _firstScore.AsSpan().Fill(-1);
            _lastScore.AsSpan().Fill(-1);
            foreach (var row in rows)
            {
                _read[(int)DatasetTable.ContactScores]++;
                if (!TryContact(DatasetTable.ContactScores, row.Line, row.PathwayId, row.CareContactId, out int contact))
                {
                    continue;
                }

                if (TryScore(row.ToolType, row.Score, out var score, out int total))
                {
                    AddScore(contact, score.Measure, total);
                }
            }
        }

        private void ReadReferralScores(IEnumerable<ReferralScoreRow> rows)
        {
            foreach (var row in rows)
            {
                _read[(int)DatasetTable.ReferralScores]++;
                const DatasetTable table = DatasetTable.ReferralScores;
                if (IsEmpty(row.PathwayId)) { Reject(table, row.Line, DatasetTables.PathwayId, DatasetRecordRules.EmptyKey); continue; }
                if (!TryDate(row.Date, out var date)) { Reject(table, row.Line, DatasetTables.ToolCompletedDate, RecordFields.DateExpected); continue; }
                if (!TryReferral(row.PathwayId!.Trim(), out int referral))
                {
                    Reject(table, row.Line, DatasetTables.PathwayId, DatasetRecordRules.UnknownReferral);
                    continue;
                }

                if (RecordRules.CheckSession(_referrals[referral].ReferralDate, date) is { } fault)
                {
                    Reject(table, row.Line, DatasetTables.ToolCompletedDate, fault.Reason);
                    continue;
                }

                if (TryScore(row.ToolType, row.Score, out var score, out _))
                {
                    _referralScoreReferrals.Add(referral);
                    _referralScores.Add(new ReferralSession(
                        _referrals[referral].Row.PathwayId!,
                        new SessionRecord(date, SessionType.ReferralScores, Attended: true) { Scores = [score] }));
                }
            }

        }

        private bool TryContact(DatasetTable table, long line, string? pathwayId, string? contactId, out int contact)
        {
            contact = -1;
            if (IsEmpty(pathwayId)) { Reject(table, line, DatasetTables.PathwayId, DatasetRecordRules.EmptyKey); return false; }
            if (IsEmpty(contactId)) { Reject(table, line, DatasetTables.CareContactId, DatasetRecordRules.EmptyKey); return false; }
            if (!TryReferral(pathwayId!.Trim(), out int referral) || (contact = FindContact(referral, contactId!.Trim())) < 0)
            {
                Reject(table, line, DatasetTables.CareContactId, DatasetRecordRules.UnknownContact);
                return false;
            }

            return true;
        }

        /// <summary>A usable score, or counts the row as unusable (by measure) or unmapped.</summary>
        private bool TryScore(string? toolType, string? text, out Score score, out int total)
        {
            score = default;
            total = 0;
            if (!_codes.TryMeasureOf(toolType.AsSpan(), out string? key) || !rules.Measures.TryGet(key, out var measure))
            {
                _unmapped++;
                return false;
            }

            if (DatasetRules.TryReadCode(text.AsSpan(), out total) && measure.TryScoreTotal(total, out score))
            {
                return true;
            }

            _unusable[measure.Key] = _unusable.TryGetValue(measure.Key, out long n) ? n + 1 : 1;
            return false;
        }

        /// <summary>
        /// Latest submission wins (reference §9): a row with the key of a row already used; one of the two is
        /// superseded (counted). Whether <paramref name="candidate"/> is the later submission, to be used instead.
        /// </summary>
        private bool Supersedes(DatasetTable table, Rank used, Rank candidate)
        {
            _superseded[(int)table]++;
            return candidate.CompareTo(used) > 0;
        }

        /// <summary>Chains a usable <c>IDS607</c> score to its contact's, after the ones read before it.</summary>
        private void AddScore(int contact, MeasureDefinition measure, int total)
        {
            int m = 0;
            while (m < _measures.Count && !ReferenceEquals(_measures[m], measure))
            {
                m++;
            }

            if (m == _measures.Count)
            {
                _measures.Add(measure);
            }

            int link = _scores.Count;
            _scores.Add(new ScoreLink(m, total, -1));
            if (_lastScore[contact] < 0)
            {
                _firstScore[contact] = link;
            }
            else
            {
                _scores[_lastScore[contact]] = _scores[_lastScore[contact]] with { Next = link };
            }

            _lastScore[contact] = link;
        }

        /// <summary>
        /// The referral used of a <c>PathwayID</c>: one lookup, unless it is the very string of the row before (a
        /// reader that gives a repeated cell as one string, and a table sorted by <c>PathwayID</c>, repeat it).
        /// </summary>
        private bool TryReferral(string id, out int referral)
        {
            if (!ReferenceEquals(id, _lastId))
            {
                _lastFound = _referralIndex.TryGetValue(id, out _lastReferral);
                _lastId = id;
            }

            referral = _lastReferral;
            return _lastFound;
        }

        /// <summary>The contact of <paramref name="referral"/> with <paramref name="id"/>, or -1: a walk of the referral's own contacts.</summary>
        private int FindContact(int referral, string id)
        {
            for (int c = _firstContact[referral]; c >= 0; c = _contactKeys[c].Next)
            {
                if (string.Equals(_contactKeys[c].Id, id, StringComparison.Ordinal))
                {
                    return c;
                }
            }

            return -1;
        }

        private void Reject(DatasetTable table, long line, string field, string reason)
        {
            _rejections.Add(new DatasetRejection(table, line, field, reason));
            _rejected[(int)table]++;
        }

        private static bool IsEmpty(string? text) => text is null || text.AsSpan().IsWhiteSpace();

        private static bool TryDate(string? text, out LocalDate date) => RecordFields.TryParseDate(text.AsSpan().Trim(), out date);

        private static bool TryMonth(string? text, out long month)
        {
            month = long.MinValue;
            if (IsEmpty(text))
            {
                return true;
            }

            return long.TryParse(text!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out month);
        }

        private static int SignificanceRank(string? text)
        {
            var s = text.AsSpan().Trim();
            return s.Equals("P".AsSpan(), StringComparison.OrdinalIgnoreCase) ? 0 : s.Equals("S".AsSpan(), StringComparison.OrdinalIgnoreCase) ? 1 : 2;
        }
    }

    /// <summary>Which of two rows with one key is the later submission: the larger month, then the later line, then the later row.</summary>
    private readonly record struct Rank(long Month, long Line, long Sequence) : IComparable<Rank>
    {
        public int CompareTo(Rank other)
        {
            int c = Month.CompareTo(other.Month);
            if (c == 0) { c = Line.CompareTo(other.Line); }
            return c != 0 ? c : Sequence.CompareTo(other.Sequence);
        }
    }

    private sealed record Referral(ReferralRow Row, LocalDate ReferralDate, LocalDate? DischargeDate, Rank Rank);

    /// <summary>A usable <c>IDS607</c> score: its measure (an index of the translator's measures), its total and the next score of its contact (-1 for none).</summary>
    private readonly record struct ScoreLink(int Measure, int Total, int Next);

    /// <summary>One care contact used (its key is in the translator's chain), with the intensity its activities give it.</summary>
    private readonly record struct Contact(int Referral, LocalDate Date, AttendanceKind Attendance, SessionType Type)
    {
        public Intensity Intensity { get; init; }
    }

    /// <summary>One IDS603 row as §8 ranks it: a code before none, primary before secondary before other, the most recent date, the later line.</summary>
    private sealed record Complaint(string Code, int Significance, LocalDate? Date, long Line, long Sequence)
    {
        public bool RanksBefore(Complaint other)
        {
            bool hasCode = Code.Length > 0, otherHasCode = other.Code.Length > 0;
            if (hasCode != otherHasCode) { return hasCode; }
            if (Significance != other.Significance) { return Significance < other.Significance; }
            if (Date != other.Date)
            {
                return other.Date is null || (Date is { } d && d > other.Date.Value);
            }

            return Line != other.Line ? Line > other.Line : Sequence > other.Sequence;
        }
    }
}

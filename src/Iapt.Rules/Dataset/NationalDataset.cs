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
/// ranking key (same key and month), where the later line wins. Memory holds every used row's record.</para>
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

    /// <summary>Builds the report of a data set extract, and reconciles it with NHS Digital's flags when present.</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="input">The tables' rows.</param>
    /// <param name="options">The period, breakdowns (each referral row's <see cref="ReferralRow.Attributes"/>) and threads.</param>
    /// <returns>The report, the translation and the reconciliation.</returns>
    /// <exception cref="ArgumentException">A referral row's number of attributes differs from the number of breakdowns.</exception>
    public static DatasetReport Report(IDatasetRuleSet rules, DatasetInput input, ServiceReportBatchOptions? options = null)
    {
        var translation = Translate(rules, input);
        var batch = ServiceReportBatch.Run(rules, translation.Referrals, translation.Sessions, options);
        var (agreement, disagreements) = Reconcile(rules, translation);
        var sections = batch.Report.Sections.Add(CountsSection(translation));
        if (agreement.Any(a => a.Compared > 0))
        {
            sections = sections.Add(AgreementFigures(agreement));
        }

        var report = batch.Report with
        {
            Headline = batch.Report.Headline with
            {
                RowsRead = translation.RowsRead,
                RowsRejected = translation.RowsRejected + batch.Rejections.Length,
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

    private static (ImmutableArray<FlagAgreement>, ImmutableArray<FlagDisagreement>) Reconcile(IDatasetRuleSet rules, DatasetTranslation translation)
    {
        var compared = new long[NhsdValues.All.Length];
        var agreed = new long[NhsdValues.All.Length];
        var disagreements = ImmutableArray.CreateBuilder<FlagDisagreement>();
        if (translation.Flags.Any(f => f.Any))
        {
            var classifier = new OutcomeClassifier(rules);
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var accumulators = new ReferralAccumulator[translation.Referrals.Length];
            for (int i = 0; i < accumulators.Length; i++)
            {
                var referral = translation.Referrals[i];
                index[referral.Id] = i;
                accumulators[i] = new ReferralAccumulator(classifier, referral.Descriptor, referral.DischargeDate);
            }

            foreach (var (id, session) in translation.Sessions)
            {
                if (index.TryGetValue(id, out int i) && translation.Flags[i].Any && RecordRules.CheckSession(translation.Referrals[i].ReferralDate, session.Date) is null)
                {
                    accumulators[i].Add(session);
                }
            }

            for (int i = 0; i < accumulators.Length; i++)
            {
                var flags = translation.Flags[i];
                if (!flags.Any)
                {
                    continue;
                }

                var input = accumulators[i].ToEpisode().Outcome;
                var outcome = classifier.Classify(input);
                string? explanation = null;
                foreach (var flag in NhsdValues.All)
                {
                    if (flags[flag] is not bool theirs)
                    {
                        continue;
                    }

                    bool ours = EngineValue(flag, outcome);
                    compared[(int)flag]++;
                    if (ours == theirs)
                    {
                        agreed[(int)flag]++;
                    }
                    else
                    {
                        explanation ??= classifier.Explain(input).ToString();
                        disagreements.Add(new FlagDisagreement(translation.Referrals[i].Id, flag, theirs, ours, explanation));
                    }
                }
            }
        }

        return ([.. NhsdValues.All.Select(f => new FlagAgreement(f, compared[(int)f], agreed[(int)f]))], disagreements.ToImmutable());
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

    /// <summary>One translation: not thread-safe, used once.</summary>
    private sealed class Translator(IDatasetRuleSet rules)
    {
        private readonly DatasetRules _codes = rules.Dataset;
        private readonly ImmutableArray<DatasetRejection>.Builder _rejections = ImmutableArray.CreateBuilder<DatasetRejection>();
        private readonly DatasetTableCount[] _counts = [.. DatasetTables.All.Select(t => new DatasetTableCount(t, 0, 0, 0, 0))];
        private readonly Dictionary<string, long> _unusable = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _referralIndex = new(StringComparer.Ordinal);
        private readonly Dictionary<(int Referral, string Contact), int> _contactIndex = [];
        private readonly List<Referral> _referrals = [];
        private readonly List<Contact> _contacts = [];
        private readonly List<ReferralSession> _referralScores = [];
        private long _unmapped;

        public DatasetTranslation Run(DatasetInput input)
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

            var sessions = ImmutableArray.CreateBuilder<ReferralSession>(_contacts.Count + _referralScores.Count);
            foreach (var c in _contacts)
            {
                if (c.Attendance == AttendanceKind.Cancelled)
                {
                    continue;
                }

                var session = new SessionRecord(c.Date, c.Type, c.Attendance == AttendanceKind.Attended)
                {
                    Intensity = c.Intensity,
                    Scores = c.Scores is null ? [] : [.. c.Scores],
                };
                sessions.Add(new ReferralSession(_referrals[c.Referral].Row.PathwayId!, session));
            }

            sessions.AddRange(_referralScores);
            return new DatasetTranslation
            {
                Referrals = referrals.MoveToImmutable(),
                Flags = [.. _referrals.Select(r => r.Row.Flags)],
                Sessions = sessions.ToImmutable(),
                Counts = [.. _counts],
                Rejections = _rejections.ToImmutable(),
                UnusableScores = [.. _unusable.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => new MeasureCount(u.Key, u.Value))],
                UnmappedToolTypes = _unmapped,
            };
        }

        private void ReadReferrals(IEnumerable<ReferralRow> rows)
        {
            long sequence = 0;
            foreach (var row in rows)
            {
                Count(DatasetTable.Referral, read: 1);
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
                    Count(DatasetTable.Referral, superseded: 1);
                    if (candidate.Rank.CompareTo(_referrals[at].Rank) > 0)
                    {
                        _referrals[at] = candidate;
                    }
                }
                else
                {
                    _referralIndex.Add(id, _referrals.Count);
                    _referrals.Add(candidate);
                }
            }

            SetUsed(DatasetTable.Referral);
        }

        private void ReadContacts(IEnumerable<CareContactRow> rows)
        {
            long sequence = 0;
            foreach (var row in rows)
            {
                Count(DatasetTable.CareContact, read: 1);
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

                if (!_referralIndex.TryGetValue(row.PathwayId!.Trim(), out int referral))
                {
                    Reject(table, row.Line, DatasetTables.PathwayId, DatasetRecordRules.UnknownReferral);
                    continue;
                }

                if (RecordRules.CheckSession(_referrals[referral].ReferralDate, date) is { } fault)
                {
                    Reject(table, row.Line, DatasetTables.CareContactDate, fault.Reason);
                    continue;
                }

                var candidate = new Contact(referral, date, attendance, type, new Rank(month, row.Line, seq));
                var key = (referral, row.CareContactId!.Trim());
                if (_contactIndex.TryGetValue(key, out int at))
                {
                    Count(table, superseded: 1);
                    if (candidate.Rank.CompareTo(_contacts[at].Rank) > 0)
                    {
                        _contacts[at] = candidate;
                    }
                }
                else
                {
                    _contactIndex.Add(key, _contacts.Count);
                    _contacts.Add(candidate);
                }
            }

            SetUsed(DatasetTable.CareContact);
        }

        private void ReadActivities(IEnumerable<CareActivityRow> rows)
        {
            foreach (var row in rows)
            {
                Count(DatasetTable.CareActivity, read: 1);
                if (!TryContact(DatasetTable.CareActivity, row.Line, row.PathwayId, row.CareContactId, out int contact))
                {
                    continue;
                }

                var intensity = _codes.IntensityOf(row.TherapyType.AsSpan());
                var c = _contacts[contact];
                if (intensity > c.Intensity)
                {
                    c.Intensity = intensity;
                }
            }

            SetUsed(DatasetTable.CareActivity);
        }

        private Complaint?[] ReadComplaints(IEnumerable<PresentingComplaintRow> rows)
        {
            var best = new Complaint?[_referrals.Count];
            long sequence = 0;
            foreach (var row in rows)
            {
                Count(DatasetTable.PresentingComplaints, read: 1);
                long seq = sequence++;
                const DatasetTable table = DatasetTable.PresentingComplaints;
                if (IsEmpty(row.PathwayId)) { Reject(table, row.Line, DatasetTables.PathwayId, DatasetRecordRules.EmptyKey); continue; }
                LocalDate? date = null;
                if (!IsEmpty(row.Date))
                {
                    if (!TryDate(row.Date, out var d)) { Reject(table, row.Line, DatasetTables.PresentingComplaintDate, RecordFields.DateExpected); continue; }
                    date = d;
                }

                if (!_referralIndex.TryGetValue(row.PathwayId!.Trim(), out int referral))
                {
                    Reject(table, row.Line, DatasetTables.PathwayId, DatasetRecordRules.UnknownReferral);
                    continue;
                }

                var candidate = new Complaint(row.Code?.Trim() ?? string.Empty, SignificanceRank(row.Significance), date, row.Line, seq);
                if (best[referral] is { } current)
                {
                    Count(table, superseded: 1);
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

            SetUsed(DatasetTable.PresentingComplaints);
            return best;
        }

        private void ReadContactScores(IEnumerable<ContactScoreRow> rows)
        {
            foreach (var row in rows)
            {
                Count(DatasetTable.ContactScores, read: 1);
                if (!TryContact(DatasetTable.ContactScores, row.Line, row.PathwayId, row.CareContactId, out int contact))
                {
                    continue;
                }

                if (TryScore(row.ToolType, row.Score, out var score))
                {
                    (_contacts[contact].Scores ??= []).Add(score);
                }
            }

            SetUsed(DatasetTable.ContactScores);
        }

        private void ReadReferralScores(IEnumerable<ReferralScoreRow> rows)
        {
            foreach (var row in rows)
            {
                Count(DatasetTable.ReferralScores, read: 1);
                const DatasetTable table = DatasetTable.ReferralScores;
                if (IsEmpty(row.PathwayId)) { Reject(table, row.Line, DatasetTables.PathwayId, DatasetRecordRules.EmptyKey); continue; }
                if (!TryDate(row.Date, out var date)) { Reject(table, row.Line, DatasetTables.ToolCompletedDate, RecordFields.DateExpected); continue; }
                if (!_referralIndex.TryGetValue(row.PathwayId!.Trim(), out int referral))
                {
                    Reject(table, row.Line, DatasetTables.PathwayId, DatasetRecordRules.UnknownReferral);
                    continue;
                }

                if (RecordRules.CheckSession(_referrals[referral].ReferralDate, date) is { } fault)
                {
                    Reject(table, row.Line, DatasetTables.ToolCompletedDate, fault.Reason);
                    continue;
                }

                if (TryScore(row.ToolType, row.Score, out var score))
                {
                    _referralScores.Add(new ReferralSession(
                        _referrals[referral].Row.PathwayId!,
                        new SessionRecord(date, SessionType.ReferralScores, Attended: true) { Scores = [score] }));
                }
            }

            SetUsed(DatasetTable.ReferralScores);
        }

        private bool TryContact(DatasetTable table, long line, string? pathwayId, string? contactId, out int contact)
        {
            contact = -1;
            if (IsEmpty(pathwayId)) { Reject(table, line, DatasetTables.PathwayId, DatasetRecordRules.EmptyKey); return false; }
            if (IsEmpty(contactId)) { Reject(table, line, DatasetTables.CareContactId, DatasetRecordRules.EmptyKey); return false; }
            if (!_referralIndex.TryGetValue(pathwayId!.Trim(), out int referral) || !_contactIndex.TryGetValue((referral, contactId!.Trim()), out contact))
            {
                Reject(table, line, DatasetTables.CareContactId, DatasetRecordRules.UnknownContact);
                return false;
            }

            return true;
        }

        /// <summary>A usable score, or counts the row as unusable (by measure) or unmapped.</summary>
        private bool TryScore(string? toolType, string? text, out Score score)
        {
            score = default;
            if (!_codes.TryMeasureOf(toolType.AsSpan(), out string? key) || !rules.Measures.TryGet(key, out var measure))
            {
                _unmapped++;
                return false;
            }

            if (DatasetRules.TryReadCode(text.AsSpan(), out int total) && measure.TryScoreTotal(total, out score))
            {
                return true;
            }

            _unusable[measure.Key] = _unusable.TryGetValue(measure.Key, out long n) ? n + 1 : 1;
            return false;
        }

        private void Reject(DatasetTable table, long line, string field, string reason)
        {
            _rejections.Add(new DatasetRejection(table, line, field, reason));
            Count(table, rejected: 1);
        }

        private void Count(DatasetTable table, long read = 0, long superseded = 0, long rejected = 0)
        {
            int i = DatasetTables.All.IndexOf(table);
            var c = _counts[i];
            _counts[i] = c with { Read = c.Read + read, Superseded = c.Superseded + superseded, Rejected = c.Rejected + rejected };
        }

        private void SetUsed(DatasetTable table)
        {
            int i = DatasetTables.All.IndexOf(table);
            var c = _counts[i];
            _counts[i] = c with { Used = c.Read - c.Superseded - c.Rejected };
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

    private sealed class Contact(int referral, LocalDate date, AttendanceKind attendance, SessionType type, Rank rank)
    {
        public int Referral { get; } = referral;

        public LocalDate Date { get; } = date;

        public AttendanceKind Attendance { get; } = attendance;

        public SessionType Type { get; } = type;

        public Rank Rank { get; } = rank;

        public Intensity Intensity { get; set; }

        public List<Score>? Scores { get; set; }
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

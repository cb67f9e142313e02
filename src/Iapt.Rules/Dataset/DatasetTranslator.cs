using System.Collections.Immutable;
using System.Globalization;
using Iapt.Rules.Episodes;
using Iapt.Rules.Measures;
using Iapt.Rules.Reporting;
using Iapt.Rules.Stepping;
using NodaTime;

namespace Iapt.Rules.Dataset;

/// <summary>
/// The translation of a national data set extract, one row at a time from its cells as text (reference §8-9): the
/// streaming, allocation-light twin of <see cref="NationalDataset.Translate"/> and <see cref="NationalDataset.Report"/>,
/// for a reader that holds each row only while it reads it (a file reader's spans). The same rules and the same
/// result, row for row, as those two: they call this class.
/// </summary>
/// <remarks>
/// <para><b>Order.</b> Rows are added table by table in the order of <see cref="DatasetTables.All"/> (IDS101,
/// IDS201, IDS202, IDS603, IDS607, IDS606); a table may be skipped (then it has no rows), but a row of a table before
/// one already added is a programming error (<see cref="InvalidOperationException"/>), as is any row added after
/// <see cref="Translate"/> or <see cref="Report"/>. Within a table, rows are ranked as
/// <see cref="NationalDataset"/> describes; the <c>line</c> given is named in rejections and breaks ties.</para>
/// <para><b>Cells.</b> An empty span is an empty or absent cell; cells are trimmed here, so a reader may pass them
/// as they are. No cell's text is kept except a referral's <c>PathwayID</c> (one string per referral used), a care
/// contact's <c>CareContactId</c> (in a shared character store, until the result is built) and the presenting
/// complaint that ranks first for each referral.</para>
/// <para><b>What it holds</b>: per referral used, its id, dates, rank, flags and attributes (about 100 bytes with
/// its id's string); per contact used, 16 bytes and its key (4 bytes and its id's characters, dropped when the result
/// is built); per contact during IDS201, its submission rank (16 bytes); per usable IDS607 score, 12 bytes; per usable
/// IDS606 score, 20; per referral with an IDS603 row, its first-ranked row (about 40 bytes and its code). Storage
/// grows in chunks, never by copying, so that the peak is close to what is held. The report then assesses each
/// referral from these as it comes to it, on every core, holding no session and no accumulator beyond the one being
/// assessed by each thread.</para>
/// <para><b>Threads.</b> Not thread-safe: one thread adds the rows (they may come from several readers in turn).</para>
/// </remarks>
public sealed class DatasetTranslator
{
    private readonly IDatasetRuleSet _rules;
    private readonly DatasetRules _codes;
    private readonly ImmutableArray<DatasetRejection>.Builder _rejections = ImmutableArray.CreateBuilder<DatasetRejection>();
    private readonly long[] _read = new long[DatasetTables.All.Length];
    private readonly long[] _superseded = new long[DatasetTables.All.Length];
    private readonly long[] _rejected = new long[DatasetTables.All.Length];
    private readonly Dictionary<string, long> _unusable = new(StringComparer.Ordinal);
    private readonly IdIndex _ids = new();
    private readonly ChunkedList<Referral> _referrals = new();

    /// <summary>Each referral's newest contact (an index of <see cref="_contacts"/>), or -1: the head of its chain.</summary>
    private readonly ChunkedList<int> _firstContact = new();
    private readonly ChunkedList<Contact> _contacts = new();

    /// <summary>Each contact's <c>CareContactId</c> (a reference into <see cref="_contactIds"/>), by index; dropped with the result.</summary>
    private ChunkedList<int> _contactKeys = new();
    private TextStore _contactIds = new();

    /// <summary>Each contact's submission rank, by index; dropped once <c>IDS201</c> is read.</summary>
    private ChunkedList<Rank>? _contactRanks = new();

    /// <summary>The usable <c>IDS607</c> scores as measure and total, chained per contact newest first.</summary>
    private readonly ChunkedList<ScoreLink> _scores = new();
    private readonly List<MeasureDefinition> _measures = [];
    private int[] _lastScore = [];
    private readonly ChunkedList<ReferralScore> _referralScores = new();

    /// <summary>Each referral's last usable <c>IDS606</c> score (an index of <see cref="_referralScores"/>), or -1; empty before the first.</summary>
    private int[] _lastReferralScore = [];
    private Complaint[] _complaints = [];
    private long _unmapped;
    private int _table = -1;
    private bool _finished;
    private int _lastReferral = -1;
    private int _lastContact = -1;

    /// <summary>The tool types met so far (a few distinct values in any extract) and each one's measure, or -1.</summary>
    private readonly List<(string ToolType, int Measure)> _toolTypes = [];

    /// <summary>A translator for one extract.</summary>
    /// <param name="rules">The rule set (its <see cref="IDatasetRuleSet.Dataset"/>, descriptors and measures).</param>
    public DatasetTranslator(IDatasetRuleSet rules)
    {
        Guard.Against.Null(rules);
        _rules = rules;
        _codes = rules.Dataset;
    }

    /// <summary>Receives one session of one referral (an index of <see cref="DatasetTranslation.Referrals"/>).</summary>
    internal delegate void SessionSink(int referral, LocalDate date, SessionType type, bool attended, Intensity intensity, ReadOnlySpan<Score> scores);

    /// <summary>Adds one row of <c>IDS101Referral</c>.</summary>
    /// <param name="line">The row's line, named in rejections (a file reader counts the header as line 1).</param>
    /// <param name="pathwayId"><c>PathwayID</c>.</param>
    /// <param name="referralReceivedDate"><c>ReferralRequestReceivedDate</c>, ISO <c>yyyy-MM-dd</c>.</param>
    /// <param name="dischargeDate"><c>ServDischDate</c>; empty while the referral is open.</param>
    /// <param name="uniqMonthId"><c>UniqMonthID</c>, a whole number (larger is later); empty when not given.</param>
    /// <param name="attributes">The row's value of each breakdown, in the report's order; default or empty for none.</param>
    /// <param name="flags">NHS Digital's derived flags on the row.</param>
    /// <exception cref="InvalidOperationException">A later table's rows were added already, or the result was built.</exception>
    public void AddReferral(
        long line, ReadOnlySpan<char> pathwayId, ReadOnlySpan<char> referralReceivedDate, ReadOnlySpan<char> dischargeDate,
        ReadOnlySpan<char> uniqMonthId, ImmutableArray<string> attributes, NhsdValues flags)
    {
        const DatasetTable table = DatasetTable.Referral;
        Begin(table);
        pathwayId = pathwayId.Trim();
        if (pathwayId.IsEmpty) { Reject(table, line, DatasetTables.PathwayId, DatasetRecordRules.EmptyKey); return; }
        if (!TryMonth(uniqMonthId, out long month)) { Reject(table, line, DatasetTables.UniqMonthId, DatasetRecordRules.MonthExpected); return; }
        if (!TryDate(referralReceivedDate, out var referralDate))
        {
            Reject(table, line, DatasetTables.ReferralReceivedDate, RecordFields.DateExpected);
            return;
        }

        LocalDate? discharge = null;
        dischargeDate = dischargeDate.Trim();
        if (!dischargeDate.IsEmpty)
        {
            if (!TryDate(dischargeDate, out var d)) { Reject(table, line, DatasetTables.DischargeDate, RecordFields.DateExpected); return; }
            discharge = d;
        }

        if (RecordRules.CheckReferral(pathwayId, referralDate, discharge) is { } fault)
        {
            Reject(table, line, DatasetTables.DischargeDate, fault.Reason);
            return;
        }

        var rank = new Rank(month, line);
        int at = _ids.IndexOf(pathwayId);
        if (at >= 0)
        {
            ref var used = ref _referrals[at];
            if (Supersedes(table, used.Rank, rank))
            {
                used = new Referral(used.Id, referralDate, discharge, rank, attributes, flags);
            }

            return;
        }

        string id = _ids[_ids.Add(pathwayId)];
        _referrals.Add(new Referral(id, referralDate, discharge, rank, attributes, flags));
        _firstContact.Add(-1);
    }

    /// <summary>Adds one row of <c>IDS201CareContact</c>.</summary>
    /// <param name="line">The row's line, named in rejections.</param>
    /// <param name="pathwayId"><c>PathwayID</c>.</param>
    /// <param name="careContactId"><c>CareContactId</c>, the contact's key within its referral.</param>
    /// <param name="date"><c>CareContDate</c>, ISO <c>yyyy-MM-dd</c>.</param>
    /// <param name="attendOrDnaCode"><c>AttendOrDNACode</c>, possibly zero-padded.</param>
    /// <param name="appType"><c>AppType</c>, possibly zero-padded.</param>
    /// <param name="uniqMonthId"><c>UniqMonthID</c>; empty when not given.</param>
    /// <exception cref="InvalidOperationException">A later table's rows were added already, or the result was built.</exception>
    public void AddCareContact(
        long line, ReadOnlySpan<char> pathwayId, ReadOnlySpan<char> careContactId, ReadOnlySpan<char> date,
        ReadOnlySpan<char> attendOrDnaCode, ReadOnlySpan<char> appType, ReadOnlySpan<char> uniqMonthId)
    {
        const DatasetTable table = DatasetTable.CareContact;
        Begin(table);
        pathwayId = pathwayId.Trim();
        careContactId = careContactId.Trim();
        if (pathwayId.IsEmpty) { Reject(table, line, DatasetTables.PathwayId, DatasetRecordRules.EmptyKey); return; }
        if (careContactId.IsEmpty) { Reject(table, line, DatasetTables.CareContactId, DatasetRecordRules.EmptyKey); return; }
        if (!TryMonth(uniqMonthId, out long month)) { Reject(table, line, DatasetTables.UniqMonthId, DatasetRecordRules.MonthExpected); return; }
        if (!TryDate(date, out var contactDate)) { Reject(table, line, DatasetTables.CareContactDate, RecordFields.DateExpected); return; }
        if (!_codes.TryReadAttendance(attendOrDnaCode, out var attendance))
        {
            Reject(table, line, DatasetTables.AttendOrDnaCode, DatasetRecordRules.AttendanceExpected);
            return;
        }

        if (!_codes.TryReadAppointmentType(appType, out var type))
        {
            Reject(table, line, DatasetTables.AppType, DatasetRecordRules.AppointmentTypeExpected);
            return;
        }

        int referral = ReferralOf(pathwayId);
        if (referral < 0) { Reject(table, line, DatasetTables.PathwayId, DatasetRecordRules.UnknownReferral); return; }
        if (RecordRules.CheckSession(_referrals[referral].ReferralDate, contactDate) is { } fault)
        {
            Reject(table, line, DatasetTables.CareContactDate, fault.Reason);
            return;
        }

        var candidate = new Contact(referral, _firstContact[referral], contactDate, (byte)attendance, (byte)type, 0, IdHash(careContactId));
        var rank = new Rank(month, line);
        int at = FindContact(referral, careContactId);
        if (at >= 0)
        {
            ref var usedRank = ref _contactRanks![at];
            if (Supersedes(table, usedRank, rank))
            {
                _contacts[at] = candidate with { Next = _contacts[at].Next };
                usedRank = rank;
            }

            return;
        }

        _contactKeys.Add(_contactIds.Add(careContactId));
        _firstContact[referral] = _contacts.Count;
        _contacts.Add(candidate);
        _contactRanks!.Add(rank);
    }

    /// <summary>Adds one row of <c>IDS202CareActivity</c>: the contact's intensity from its therapy type.</summary>
    /// <param name="line">The row's line, named in rejections.</param>
    /// <param name="pathwayId"><c>PathwayID</c>.</param>
    /// <param name="careContactId"><c>CareContactId</c>.</param>
    /// <param name="therapyType"><c>CodeProcAndProcStatus</c>, a SNOMED CT concept id.</param>
    /// <exception cref="InvalidOperationException">A later table's rows were added already, or the result was built.</exception>
    public void AddCareActivity(long line, ReadOnlySpan<char> pathwayId, ReadOnlySpan<char> careContactId, ReadOnlySpan<char> therapyType)
    {
        const DatasetTable table = DatasetTable.CareActivity;
        Begin(table);
        int contact = ContactOf(table, line, pathwayId, careContactId);
        if (contact < 0)
        {
            return;
        }

        byte intensity = (byte)_codes.IntensityOf(therapyType);
        ref var c = ref _contacts[contact];
        if (intensity > c.Intensity)
        {
            c = c with { Intensity = intensity };
        }
    }

    /// <summary>Adds one row of <c>IDS603PresentingComplaints</c>.</summary>
    /// <param name="line">The row's line, named in rejections and the last tie-break of the ranking.</param>
    /// <param name="pathwayId"><c>PathwayID</c>.</param>
    /// <param name="code"><c>PresComp</c> (or <c>Validated_PresentingComplaint</c>): an ICD-10 code or a SNOMED CT concept id.</param>
    /// <param name="significance"><c>PresCompCodSig</c>: <c>P</c> primary, <c>S</c> secondary.</param>
    /// <param name="date"><c>PresCompDate</c>; may be empty.</param>
    /// <exception cref="InvalidOperationException">A later table's rows were added already, or the result was built.</exception>
    public void AddPresentingComplaint(long line, ReadOnlySpan<char> pathwayId, ReadOnlySpan<char> code, ReadOnlySpan<char> significance, ReadOnlySpan<char> date)
    {
        const DatasetTable table = DatasetTable.PresentingComplaints;
        Begin(table);
        pathwayId = pathwayId.Trim();
        if (pathwayId.IsEmpty) { Reject(table, line, DatasetTables.PathwayId, DatasetRecordRules.EmptyKey); return; }
        LocalDate? complaintDate = null;
        date = date.Trim();
        if (!date.IsEmpty)
        {
            if (!TryDate(date, out var d)) { Reject(table, line, DatasetTables.PresentingComplaintDate, RecordFields.DateExpected); return; }
            complaintDate = d;
        }

        int referral = ReferralOf(pathwayId);
        if (referral < 0) { Reject(table, line, DatasetTables.PathwayId, DatasetRecordRules.UnknownReferral); return; }
        if (_complaints.Length < _referrals.Count)
        {
            _complaints = new Complaint[_referrals.Count];
        }

        code = code.Trim();
        var candidate = new Complaint(null, !code.IsEmpty, SignificanceRank(significance), complaintDate, line);
        ref var best = ref _complaints[referral];
        if (best.Given)
        {
            _superseded[(int)table]++;
            if (!candidate.RanksBefore(best))
            {
                return;
            }
        }

        best = candidate with { Code = code.ToString() };
    }

    /// <summary>Adds one row of <c>IDS607CodedScoreAssessmentAct</c>: a score at its care contact, dated by it.</summary>
    /// <param name="line">The row's line, named in rejections.</param>
    /// <param name="pathwayId"><c>PathwayID</c>.</param>
    /// <param name="careContactId"><c>CareContactId</c>.</param>
    /// <param name="toolType"><c>CodedAssToolType</c>, a SNOMED CT concept id the rule set may map to a measure.</param>
    /// <param name="score"><c>PersScore</c>: a whole-number total, or <c>NA</c>, <c>Y</c>, <c>N</c> or empty (unusable).</param>
    /// <exception cref="InvalidOperationException">A later table's rows were added already, or the result was built.</exception>
    public void AddContactScore(long line, ReadOnlySpan<char> pathwayId, ReadOnlySpan<char> careContactId, ReadOnlySpan<char> toolType, ReadOnlySpan<char> score)
    {
        const DatasetTable table = DatasetTable.ContactScores;
        Begin(table);
        if (_lastScore.Length < _contacts.Count)
        {
            _lastScore = new int[_contacts.Count];
            _lastScore.AsSpan().Fill(-1);
        }

        int contact = ContactOf(table, line, pathwayId, careContactId);
        if (contact >= 0 && TryScore(toolType, score, out int measure, out int total))
        {
            _scores.Add(new ScoreLink(_lastScore[contact], total, (short)measure));
            _lastScore[contact] = _scores.Count - 1;
        }
    }

    /// <summary>Adds one row of <c>IDS606CodedScoreAssessmentRefer</c>: a score of the referral on its own date.</summary>
    /// <param name="line">The row's line, named in rejections.</param>
    /// <param name="pathwayId"><c>PathwayID</c>.</param>
    /// <param name="toolType"><c>CodedAssToolType</c>.</param>
    /// <param name="score"><c>PersScore</c>.</param>
    /// <param name="date"><c>AssToolCompDate</c>, ISO <c>yyyy-MM-dd</c>.</param>
    /// <exception cref="InvalidOperationException">A later table's rows were added already, or the result was built.</exception>
    public void AddReferralScore(long line, ReadOnlySpan<char> pathwayId, ReadOnlySpan<char> toolType, ReadOnlySpan<char> score, ReadOnlySpan<char> date)
    {
        const DatasetTable table = DatasetTable.ReferralScores;
        Begin(table);
        pathwayId = pathwayId.Trim();
        if (pathwayId.IsEmpty) { Reject(table, line, DatasetTables.PathwayId, DatasetRecordRules.EmptyKey); return; }
        if (!TryDate(date, out var scoreDate)) { Reject(table, line, DatasetTables.ToolCompletedDate, RecordFields.DateExpected); return; }
        int referral = ReferralOf(pathwayId);
        if (referral < 0) { Reject(table, line, DatasetTables.PathwayId, DatasetRecordRules.UnknownReferral); return; }
        if (RecordRules.CheckSession(_referrals[referral].ReferralDate, scoreDate) is { } fault)
        {
            Reject(table, line, DatasetTables.ToolCompletedDate, fault.Reason);
            return;
        }

        if (TryScore(toolType, score, out int measure, out int total))
        {
            if (_lastReferralScore.Length < _referrals.Count)
            {
                _lastReferralScore = new int[_referrals.Count];
                _lastReferralScore.AsSpan().Fill(-1);
            }

            _referralScores.Add(new ReferralScore(referral, _lastReferralScore[referral], scoreDate, total, (short)measure));
            _lastReferralScore[referral] = _referralScores.Count - 1;
        }
    }

    /// <summary>
    /// The translation of every row added: the referrals and their sessions (each contact used that was attended or
    /// missed, then each <c>IDS606</c> score), and what became of every row. Ends the translation.
    /// </summary>
    /// <returns>The translation.</returns>
    /// <exception cref="InvalidOperationException">The result was built already.</exception>
    public DatasetTranslation Translate()
    {
        var translation = Finish();
        var sessions = ImmutableArray.CreateBuilder<ReferralSession>();
        ForEachSession((referral, date, type, attended, intensity, scores) =>
            sessions.Add(new ReferralSession(_referrals[referral].Id, new SessionRecord(date, type, attended)
            {
                Intensity = intensity,
                Scores = scores.IsEmpty ? [] : [.. scores],
            })));
        return translation with { Sessions = sessions.ToImmutable() };
    }

    /// <summary>
    /// The report of every row added, and its reconciliation with NHS Digital's flags when present: what
    /// <see cref="NationalDataset.Report"/> gives (its translation holds no sessions), on every core. Ends the
    /// translation.
    /// </summary>
    /// <param name="options">The period, breakdowns (each referral row's attributes) and threads.</param>
    /// <returns>The report, the translation and the reconciliation.</returns>
    /// <exception cref="InvalidOperationException">The result was built already.</exception>
    /// <exception cref="ArgumentException">A referral row's number of attributes differs from the number of breakdowns.</exception>
    public DatasetReport Report(ServiceReportBatchOptions? options = null) =>
        NationalDataset.ReportOf(_rules, this, Finish(), options ?? new ServiceReportBatchOptions());

    /// <summary>
    /// Gives every session, after <see cref="Finish"/>, in the order of <see cref="DatasetTranslation.Sessions"/>: each
    /// contact used that was attended or missed, with its intensity and <c>IDS607</c> scores in reading order (a span
    /// valid during the call only), then each <c>IDS606</c> score's session.
    /// </summary>
    internal void ForEachSession(SessionSink sink)
    {
        var buffer = new Score[8];
        var one = new Score[1];
        for (int i = 0; i < _contacts.Count; i++)
        {
            ref var c = ref _contacts[i];
            if ((AttendanceKind)c.Attendance == AttendanceKind.Cancelled)
            {
                continue;
            }

            int count = ScoresOf(i, ref buffer);
            sink(c.Referral, c.Date, (SessionType)c.Type, (AttendanceKind)c.Attendance == AttendanceKind.Attended, (Intensity)c.Intensity, buffer.AsSpan(0, count));
        }

        for (int i = 0; i < _referralScores.Count; i++)
        {
            ref var r = ref _referralScores[i];
            _ = _measures[r.Measure].TryScoreTotal(r.Total, out one[0]);
            sink(r.Referral, r.Date, SessionType.ReferralScores, true, Intensity.Unknown, one);
        }
    }

    /// <summary>
    /// A feed of each referral's sessions to its accumulator (<see cref="ShareAssessment.Run(ServiceReportBuilder, int, IReadOnlyList{ReferralRecord}, Func{ShareAssessment.ReferralFeed}, Action{int, int, ReferralAssessment}?)"/>),
    /// after <see cref="Finish"/>: the referral's contacts used that were attended or missed, in the order
    /// <see cref="ForEachSession"/> gives them, then its <c>IDS606</c> scores in reading order. Each feed has buffers of
    /// its own, so feeds made for several threads may run at once (they only read the translator).
    /// </summary>
    internal ShareAssessment.ReferralFeed SessionFeed()
    {
        var scores = new Score[8];
        var one = new Score[1];
        var contacts = new List<int>();
        var referralScores = new List<int>();
        return (int referral, ref ReferralAccumulator accumulator, List<SteppedSession> treatment) =>
        {
            contacts.Clear();
            for (int c = _firstContact[referral]; c >= 0; c = _contacts[c].Next)
            {
                contacts.Add(c);
            }

            for (int k = contacts.Count - 1; k >= 0; k--)
            {
                ref var c = ref _contacts[contacts[k]];
                if ((AttendanceKind)c.Attendance == AttendanceKind.Cancelled)
                {
                    continue;
                }

                int count = ScoresOf(contacts[k], ref scores);
                var intensity = (Intensity)c.Intensity;
                if (accumulator.Add(c.Date, (SessionType)c.Type, (AttendanceKind)c.Attendance == AttendanceKind.Attended, intensity, scores.AsSpan(0, count)))
                {
                    treatment.Add(new SteppedSession(c.Date, intensity, default));
                }
            }

            if (referral < _lastReferralScore.Length)
            {
                referralScores.Clear();
                for (int r = _lastReferralScore[referral]; r >= 0; r = _referralScores[r].Previous)
                {
                    referralScores.Add(r);
                }

                for (int k = referralScores.Count - 1; k >= 0; k--)
                {
                    ref var r = ref _referralScores[referralScores[k]];
                    _ = _measures[r.Measure].TryScoreTotal(r.Total, out one[0]);
                    if (accumulator.Add(r.Date, SessionType.ReferralScores, true, Intensity.Unknown, one))
                    {
                        treatment.Add(new SteppedSession(r.Date, Intensity.Unknown, default));
                    }
                }
            }
        };
    }

    /// <summary>The usable <c>IDS607</c> scores of a contact, in reading order, into <paramref name="buffer"/> (grown when short); gives their number.</summary>
    private int ScoresOf(int contact, ref Score[] buffer)
    {
        int count = 0;
        for (int link = contact < _lastScore.Length ? _lastScore[contact] : -1; link >= 0; link = _scores[link].Previous)
        {
            ref var s = ref _scores[link];
            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, count * 2);
            }

            _ = _measures[s.Measure].TryScoreTotal(s.Total, out buffer[count++]);
        }

        // The chain is newest first; the episode reads a contact's scores in reading order.
        buffer.AsSpan(0, count).Reverse();
        return count;
    }

    /// <summary>Ends the translation: the referrals (descriptors resolved) and the counts; no sessions (see <see cref="ForEachSession"/>).</summary>
    private DatasetTranslation Finish()
    {
        if (_finished)
        {
            throw new InvalidOperationException("The translation was built already: a translator is used once.");
        }

        _finished = true;
        _contactRanks = null;
        _contactKeys = new();
        _contactIds = new();
        var referrals = ImmutableArray.CreateBuilder<ReferralRecord>(_referrals.Count);
        var flags = ImmutableArray.CreateBuilder<NhsdValues>(_referrals.Count);
        for (int i = 0; i < _referrals.Count; i++)
        {
            ref var r = ref _referrals[i];
            var resolved = _rules.Descriptors.Resolve(i < _complaints.Length ? _complaints[i].Code : null);
            referrals.Add(ReferralRecord.Resolved(r.Id, r.ReferralDate, resolved, r.DischargeDate) with
            {
                Attributes = r.Attributes.IsDefault ? [] : r.Attributes,
            });
            flags.Add(r.Flags);
        }

        _complaints = [];
        return new DatasetTranslation
        {
            Referrals = referrals.MoveToImmutable(),
            Flags = flags.MoveToImmutable(),
            Sessions = [],
            Counts = [.. DatasetTables.All.Select(t => new DatasetTableCount(
                t, _read[(int)t], _read[(int)t] - _superseded[(int)t] - _rejected[(int)t], _superseded[(int)t], _rejected[(int)t]))],
            Rejections = _rejections.ToImmutable(),
            UnusableScores = [.. _unusable.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => new MeasureCount(u.Key, u.Value))],
            UnmappedToolTypes = _unmapped,
        };
    }

    /// <summary>Counts a row of <paramref name="table"/> read, after checking the tables' order.</summary>
    private void Begin(DatasetTable table)
    {
        if (_finished)
        {
            throw new InvalidOperationException("The translation was built already: no row can be added after it.");
        }

        int position = Position(table);
        if (position != _table)
        {
            if (position < _table)
            {
                throw new InvalidOperationException(
                    $"A row of {DatasetTables.NameOf(table)} after rows of {DatasetTables.NameOf(DatasetTables.All[_table])}: tables are added in the order of DatasetTables.All.");
            }

            if (_table == Position(DatasetTable.CareContact))
            {
                _contactRanks = null;
            }

            _table = position;
            _lastContact = -1;
        }

        _read[(int)table]++;
    }

    private static int Position(DatasetTable table) => table switch
    {
        DatasetTable.Referral => 0,
        DatasetTable.CareContact => 1,
        DatasetTable.CareActivity => 2,
        DatasetTable.PresentingComplaints => 3,
        DatasetTable.ContactScores => 4,
        DatasetTable.ReferralScores => 5,
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "not a data set table"),
    };

    /// <summary>The contact used of an <c>IDS202</c> or <c>IDS607</c> row, or -1 with the row rejected.</summary>
    private int ContactOf(DatasetTable table, long line, ReadOnlySpan<char> pathwayId, ReadOnlySpan<char> careContactId)
    {
        pathwayId = pathwayId.Trim();
        careContactId = careContactId.Trim();
        if (pathwayId.IsEmpty) { Reject(table, line, DatasetTables.PathwayId, DatasetRecordRules.EmptyKey); return -1; }
        if (careContactId.IsEmpty) { Reject(table, line, DatasetTables.CareContactId, DatasetRecordRules.EmptyKey); return -1; }
        int referral = ReferralOf(pathwayId);
        int contact = -1;
        if (referral >= 0)
        {
            // An extract sorted by contact gives a contact's rows one after another, and then the next contact's:
            // the contact of the row before is tried first, then the contact added after it.
            contact = IsContact(_lastContact, referral, careContactId) ? _lastContact
                : IsContact(_lastContact + 1, referral, careContactId) ? _lastContact + 1
                : FindContact(referral, careContactId);
        }

        if (contact < 0)
        {
            Reject(table, line, DatasetTables.CareContactId, DatasetRecordRules.UnknownContact);
            return -1;
        }

        return _lastContact = contact;
    }

    /// <summary>
    /// The referral used of a (trimmed) <c>PathwayID</c>, or -1: the referral of the row before first (an extract
    /// sorted by <c>PathwayID</c> repeats it), then the referral added after it, then one lookup.
    /// </summary>
    private int ReferralOf(ReadOnlySpan<char> id)
    {
        if (_lastReferral >= 0 && id.SequenceEqual(_referrals[_lastReferral].Id.AsSpan()))
        {
            return _lastReferral;
        }

        // A table sorted as IDS101 was goes on to the referral used next after the one before.
        int next = _lastReferral + 1;
        int referral = next < _referrals.Count && id.SequenceEqual(_referrals[next].Id.AsSpan()) ? next : _ids.IndexOf(id);
        if (referral >= 0)
        {
            _lastReferral = referral;
        }

        return referral;
    }

    /// <summary>Whether contact <paramref name="contact"/> (any number) is the one of <paramref name="referral"/> with <paramref name="id"/>.</summary>
    private bool IsContact(int contact, int referral, ReadOnlySpan<char> id) =>
        contact >= 0 && contact < _contacts.Count && _contacts[contact].Referral == referral && _contacts[contact].IdHash == IdHash(id)
        && _contactIds.Equals(_contactKeys[contact], id);

    /// <summary>
    /// The contact of <paramref name="referral"/> with <paramref name="id"/>, or -1: a walk of the referral's own
    /// contacts, comparing the id's characters only where its one-byte hash matches.
    /// </summary>
    private int FindContact(int referral, ReadOnlySpan<char> id)
    {
        byte hash = IdHash(id);
        for (int c = _firstContact[referral]; c >= 0;)
        {
            ref var contact = ref _contacts[c];
            if (contact.IdHash == hash && _contactIds.Equals(_contactKeys[c], id))
            {
                return c;
            }

            c = contact.Next;
        }

        return -1;
    }

    /// <summary>A one-byte hash of a care contact id (its characters' sum, mixed), to skip most comparisons of a walk.</summary>
    private static byte IdHash(ReadOnlySpan<char> id)
    {
        uint hash = (uint)id.Length;
        foreach (char c in id)
        {
            hash = (hash * 31) + c;
        }

        return (byte)(hash ^ (hash >> 8) ^ (hash >> 16));
    }

    /// <summary>A usable score (its measure, an index of <see cref="_measures"/>, and total), or counts the row as unusable (by measure) or unmapped.</summary>
    private bool TryScore(ReadOnlySpan<char> toolType, ReadOnlySpan<char> text, out int measure, out int total)
    {
        total = 0;
        toolType = toolType.Trim();
        measure = MeasureOf(toolType);
        if (measure < 0)
        {
            _unmapped++;
            return false;
        }

        var definition = _measures[measure];
        if (DatasetRules.TryReadCode(text, out total) && definition.TryScoreTotal(total, out _))
        {
            return true;
        }

        _unusable[definition.Key] = _unusable.TryGetValue(definition.Key, out long n) ? n + 1 : 1;
        return false;
    }

    /// <summary>
    /// The measure a tool type maps to (an index of <see cref="_measures"/>, added when new), or -1: from the tool
    /// types met before, searched in order (an extract has a few), or from the rule set, then remembered. At most 64
    /// are remembered, so that an extract of many distinct (unmapped) values costs a lookup each, not a longer search.
    /// </summary>
    private int MeasureOf(ReadOnlySpan<char> toolType)
    {
        for (int i = 0; i < _toolTypes.Count; i++)
        {
            if (toolType.SequenceEqual(_toolTypes[i].ToolType.AsSpan()))
            {
                return _toolTypes[i].Measure;
            }
        }

        int measure = -1;
        if (_codes.TryMeasureOf(toolType, out string? key) && _rules.Measures.TryGet(key, out var definition))
        {
            measure = _measures.IndexOf(definition);
            if (measure < 0)
            {
                measure = _measures.Count;
                _measures.Add(definition);
            }
        }

        if (_toolTypes.Count < 64)
        {
            _toolTypes.Add((toolType.ToString(), measure));
        }

        return measure;
    }

    /// <summary>
    /// Latest submission wins (reference §9): a row with the key of a row already used; one of the two is
    /// superseded (counted). Whether <paramref name="candidate"/> is the later submission, to be used instead: the
    /// larger month, then the later line; on a tie the candidate, the later row.
    /// </summary>
    private bool Supersedes(DatasetTable table, Rank used, Rank candidate)
    {
        _superseded[(int)table]++;
        return candidate.CompareTo(used) >= 0;
    }

    private void Reject(DatasetTable table, long line, string field, string reason)
    {
        _rejections.Add(new DatasetRejection(table, line, field, reason));
        _rejected[(int)table]++;
    }

    private static bool TryDate(ReadOnlySpan<char> text, out LocalDate date) => RecordFields.TryParseDate(text.Trim(), out date);

    private static bool TryMonth(ReadOnlySpan<char> text, out long month)
    {
        month = long.MinValue;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return true;
        }

#if NET
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out month);
#else
        return long.TryParse(text.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out month);
#endif
    }

    private static int SignificanceRank(ReadOnlySpan<char> text)
    {
        var s = text.Trim();
        return s.Equals("P".AsSpan(), StringComparison.OrdinalIgnoreCase) ? 0 : s.Equals("S".AsSpan(), StringComparison.OrdinalIgnoreCase) ? 1 : 2;
    }

    /// <summary>
    /// A row's submission rank, in 16 bytes: its month, then its line. Rows come in reading order, so between two rows
    /// that tie on both the later row is the one being added (no sequence number is kept).
    /// </summary>
    private readonly record struct Rank(long Month, long Line) : IComparable<Rank>
    {
        public int CompareTo(Rank other)
        {
            int c = Month.CompareTo(other.Month);
            return c != 0 ? c : Line.CompareTo(other.Line);
        }
    }

    /// <summary>A referral used: its row's id, dates, rank, attributes and flags.</summary>
    private readonly record struct Referral(string Id, LocalDate ReferralDate, LocalDate? DischargeDate, Rank Rank, ImmutableArray<string> Attributes, NhsdValues Flags);

    /// <summary>
    /// One care contact used, in 16 bytes: its referral, the contact added before it to that referral (-1 for none;
    /// the referral's chain, newest first), date, attendance, appointment type, the intensity its activities give it
    /// and a one-byte hash of its <c>CareContactId</c>.
    /// </summary>
    private readonly record struct Contact(int Referral, int Next, LocalDate Date, byte Attendance, byte Type, byte Intensity, byte IdHash);

    /// <summary>A usable <c>IDS607</c> score: the one before it of its contact (-1 for none), its total and its measure (an index of the translator's measures).</summary>
    private readonly record struct ScoreLink(int Previous, int Total, short Measure);

    /// <summary>A usable <c>IDS606</c> score: its referral, the one before it of that referral (-1 for none), date, total and measure.</summary>
    private readonly record struct ReferralScore(int Referral, int Previous, LocalDate Date, int Total, short Measure);

    /// <summary>
    /// The first-ranked IDS603 row of a referral as §8 ranks it: a code before none, primary before secondary before
    /// other, the most recent date, the later line, the later row (on a full tie, the row being added, which is
    /// later). Its code's text is kept (the only one kept).
    /// </summary>
    private readonly record struct Complaint(string? Code, bool HasCode, int Significance, LocalDate? Date, long Line)
    {
        public bool Given => Code is not null;

        public bool RanksBefore(in Complaint other)
        {
            if (HasCode != other.HasCode) { return HasCode; }
            if (Significance != other.Significance) { return Significance < other.Significance; }
            if (Date != other.Date)
            {
                return other.Date is null || (Date is { } d && d > other.Date.Value);
            }

            return Line >= other.Line;
        }
    }
}

using System.Globalization;
using Iapt.Rules.Cli.Csv;
using Iapt.Rules.Episodes;
using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Reporting;
using Iapt.Rules.Reporting.Disclosure;
using Iapt.Rules.Stepping;
using nietras.SeparatedValues;
using NodaTime;

namespace Iapt.Rules.Cli.Reporting;

/// <summary>
/// The service report from two CSV files: <c>referrals.csv</c> and <c>sessions.csv</c> (the input contract of
/// issue 6). Every data row is either used or rejected with file, line, field and reason, so that rows read = rows
/// used + rows rejected. Memory holds one small state per referral and the referral's treatment sessions (for the
/// stepped-care rules), never the rows themselves.
/// </summary>
internal static class ReportPipeline
{
    public const string ReferralsFile = "referrals.csv";
    public const string SessionsFile = "sessions.csv";

    /// <summary>The score columns of <c>sessions.csv</c> (totals; MI is the item mean).</summary>
    public static readonly string[] ScoreColumns = ["phq9", "gad7", "wsas", "spin", "pcl5", "mi", "oci", "pdss", "hai"];

    /// <summary>The number of <see cref="ScoreColumns"/>: the most scores one session row can hold.</summary>
    private const int ScoreColumnCount = 9;

    public static ServiceReport Run(string referralsPath, string sessionsPath, ReportOptions options)
    {
        var state = new State(options);
        state.ReadReferrals(referralsPath);
        state.ReadSessions(sessionsPath);
        var report = state.Build();
        return options.Suppress ? DisclosureControl.Apply(report, options.Rules.Disclosure) : report;
    }

    private sealed class State
    {
        private readonly ReportOptions _options;
        private readonly ServiceReportBuilder _builder;
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<Referral> _referrals = [];

        /// <summary>Each referral's id, by index (the keys of <see cref="_ids"/> in referral order).</summary>
        private readonly List<string> _idOf = [];
        private readonly List<string> _groupValues = [];
        private readonly Dictionary<string, string>[] _interned;
        private readonly List<byte> _owners = [];
        private EpisodeAccumulator[] _episodes = [];
        private readonly int _parallelism;
        private readonly int _rowRun;
        private SessionPart[] _parts = [];
        private byte[] _claims = [];
        private volatile string? _abandoned;
        private long _sessionRowsSeen;
        private long _nextProgress;
        private long _rowsRead;
        private long _rowsRejected;

        public State(ReportOptions options)
        {
            _options = options;
            _parallelism = options.Parallelism is int p ? Math.Clamp(p, 1, byte.MaxValue) : Math.Clamp(Environment.ProcessorCount, 1, MaxParts);
            _rowRun = Math.Max(1, options.OwnershipRun);
            _builder = new ServiceReportBuilder(options.Rules, options.Period, options.By);
            _interned = [.. options.By.Select(_ => new Dictionary<string, string>(StringComparer.Ordinal))];
        }

        public void ReadReferrals(string path)
        {
            // Every part reads the whole file and parses its share of the rows (runs of OwnershipRun rows in turn);
            // then this thread takes the parsed rows back in file order and keeps the first usable row of each id.
            int parts = _parallelism;
            var readers = OpenAll(path, parts, "referral_id", "referral_date", "problem_descriptor", "discharge_date");
            List<ParsedReferral>[] parsed;
            try
            {
                var reader = readers[0];
                int id = Index(reader, "referral_id"), date = Index(reader, "referral_date");
                int descriptor = Index(reader, "problem_descriptor"), discharge = Index(reader, "discharge_date");
                var by = _options.By.Select(column => CsvFiles.TryIndex(reader, column, out int i)
                    ? i
                    : throw new CsvInputException($"'{path}' has no column '{column}' to break the report down by")).ToArray();
                var layout = new ReferralLayout(id, date, descriptor, discharge, by, reader.Header.ColNames, _options.Rules.Descriptors);
                int expected = CsvFiles.EstimateRows(path);
                parsed = new List<ParsedReferral>[parts];
                for (int p = 0; p < parts; p++)
                {
                    parsed[p] = new List<ParsedReferral>((expected / parts) + 16);
                }

                RunParts(parts, p => ParseReferrals(readers[p], layout, p, parts, parsed[p]));
                _ids.EnsureCapacity(expected);
                _referrals.Capacity = expected;
                _idOf.Capacity = expected;
            }
            finally
            {
                DisposeAll(readers);
            }

            // File order: row r was parsed by part (r / run) % parts, each part's rows in order.
            var next = new int[parts];
            int run = _rowRun;
            long rows = parsed.Sum(list => (long)list.Count);
            for (long r = 0; r < rows; r++)
            {
                int p = (int)((r / run) % parts);
                var row = parsed[p][next[p]];
                parsed[p][next[p]++] = default;
                _rowsRead++;
                AddReferral(row);
                Progress(_rowsRead);
            }

            _episodes = new EpisodeAccumulator[_referrals.Count];
            StartEpisodes();
        }

        /// <summary>Sets every referral's accumulator to its start (no session added).</summary>
        private void StartEpisodes()
        {
            int count = _referrals.Count, parts = _parallelism;
            var classifier = _builder.Classifier;
            RunParts(parts, p =>
            {
                // Contiguous shares, so that the threads touch (and fault in) different pages.
                int share = (count + parts - 1) / parts;
                for (int i = p * share, end = Math.Min(count, (p + 1) * share); i < end; i++)
                {
                    var referral = _referrals[i];
                    _episodes[i] = new EpisodeAccumulator(classifier, referral.Descriptor, referral.Discharge);
                }
            });
        }

        /// <summary>Parses part <paramref name="part"/>'s share of the referral rows into <paramref name="parsed"/>, in file order.</summary>
        private void ParseReferrals(SepReader reader, ReferralLayout layout, int part, int parts, List<ParsedReferral> parsed)
        {
            long row = 0;
            int run = _rowRun;
            foreach (var line in reader)
            {
                if ((row++ / run) % parts == part)
                {
                    // One method per row, so that the per-row work is compiled fully optimised rather than as the
                    // on-stack replacement of one long-running loop.
                    parsed.Add(ParseReferral(line, layout, parts));
                }
            }
        }

        /// <summary>Parses one referral row: its values, or the field and reason it is rejected for.</summary>
        private static ParsedReferral ParseReferral(SepReader.Row row, ReferralLayout layout, int parts)
        {
            int line = row.LineNumberFrom;
            if (row.ColCount < layout.Columns.Count)
            {
                return ParsedReferral.Rejected(line, layout.Columns[row.ColCount], MissingFields);
            }

            var idText = row[layout.Id].Span.Trim();
            if (idText.IsEmpty)
            {
                return ParsedReferral.Rejected(line, "referral_id", "empty referral id");
            }

            if (!IsoDate.TryParse(row[layout.Date].Span.Trim(), out var referralDate, out int referralKey))
            {
                return ParsedReferral.Rejected(line, "referral_date", "not a date in the form yyyy-MM-dd");
            }

            var descriptor = layout.Descriptors.Parse(row[layout.Descriptor].Span);
            if (descriptor.TryPickT1(out var descriptorError, out var problem))
            {
                return ParsedReferral.Rejected(line, "problem_descriptor", WithoutField(descriptorError.Field, descriptorError.Message));
            }

            int dischargeKey = int.MaxValue;
            var dischargeText = row[layout.Discharge].Span.Trim();
            if (!dischargeText.IsEmpty)
            {
                if (!IsoDate.TryParse(dischargeText, out var d, out dischargeKey))
                {
                    return ParsedReferral.Rejected(line, "discharge_date", "not a date in the form yyyy-MM-dd");
                }

                if (d < referralDate)
                {
                    return ParsedReferral.Rejected(line, "discharge_date", "before the referral date");
                }
            }

            string[]? groups = null;
            if (layout.By.Length > 0)
            {
                groups = new string[layout.By.Length];
                for (int i = 0; i < groups.Length; i++)
                {
                    groups[i] = row[layout.By[i]].Span.Trim().ToString();
                }
            }

            return new ParsedReferral
            {
                Line = line,
                Id = idText.ToString(),
                Owner = (byte)OwnerOfId(idText, parts),
                Referral = new Referral(referralKey, dischargeKey, problem, line),
                Groups = groups,
            };
        }

        /// <summary>Keeps a parsed referral row, or rejects it (as parsed, or as a later row of an id already kept).</summary>
        private void AddReferral(in ParsedReferral row)
        {
            if (row.Id is not { } key)
            {
                Reject(ReferralsFile, row.Line, row.Field!, row.Reason!);
                return;
            }

            if (!_ids.TryAdd(key, _referrals.Count))
            {
                Reject(ReferralsFile, row.Line, "referral_id", $"duplicate referral id (first at line {_referrals[_ids[key]].Line})");
                return;
            }

            _referrals.Add(row.Referral);
            _idOf.Add(key);
            _owners.Add(row.Owner);
            for (int i = 0; i < _interned.Length; i++)
            {
                _groupValues.Add(Intern(i, row.Groups![i]));
            }
        }

        public void ReadSessions(string path)
        {
            int parts = _parallelism;
            string? whyNot = null;
            if (parts == 1)
            {
                ReadSessionsWhole(path, 1);
                Tell("one thread");
            }
            else if (FileRanges.TrySplit(path, parts, out var ranges) && (whyNot = TryReadSessionRanges(ranges!)) is null)
            {
                Tell($"byte ranges: {ranges!.Count}");
            }
            else
            {
                if (ranges is not null)
                {
                    StartEpisodes();
                }

                ReadSessionsWhole(path, parts);
                Tell($"whole file per thread: {parts} (byte ranges not used: {whyNot ?? "the file has too few lines to split"})");
            }

            _rowsRead += _parts.Sum(part => part.RowsRead);
            WriteSessionRejects();
        }

        private void Tell(string sessionReading)
        {
            if (_options.Diagnostics is { } diagnostics)
            {
                diagnostics.SessionReading = sessionReading;
            }
        }

        /// <summary>
        /// Reads the sessions file with every part reading the whole file (Sep splits rows fast) and taking the rows
        /// of the referrals it owns (by a hash of the id, so that each part looks up only its own ids), in file order:
        /// each referral's sessions are applied by one thread, in the order of the file, whatever the file's order, so
        /// the result does not depend on the number of parts. Short rows belong to part 0, which also counts every row
        /// read. Works for any file; <see cref="TryReadSessionRanges"/> does less work when it applies.
        /// </summary>
        private void ReadSessionsWhole(string path, int parts)
        {
            var readers = OpenAll(path, parts, SessionColumns);
            try
            {
                _parts = new SessionPart[parts];
                for (int i = 0; i < parts; i++)
                {
                    _parts[i] = new SessionPart(this, i, parts, SessionLayout.Of(readers[i], _options.Rules, _ids), byRange: false);
                }

                RunParts(parts, p => _parts[p].Read(readers[p]));
            }
            finally
            {
                DisposeAll(readers);
            }
        }

        private static readonly string[] SessionColumns = ["referral_id", "date", "type", "attended"];

        /// <summary>
        /// Reads the sessions file with each part parsing one byte range of it. A referral's sessions must still be
        /// applied by one thread in file order, so the first part to meet a referral claims it; a later part's rows of
        /// a referral claimed by an earlier part (such as the rows of the referral that runs on from the previous
        /// range) are kept and applied after the parts finish, in range order. Returns null when done, or why the
        /// ranges could not be used (then the caller resets the referrals and reads the whole file): a range that
        /// starts inside quotes, an earlier range's row for a referral a later range claimed (the file is not grouped
        /// by referral), or too many rows kept.
        /// </summary>
        private string? TryReadSessionRanges(FileRanges ranges)
        {
            int parts = ranges.Count;
            var streams = new FileRanges.RangeStream[parts];
            var readers = new SepReader[parts];
            _abandoned = null;
            _sessionRowsSeen = 0;
            _nextProgress = _rowsRead + ProgressEvery - (_rowsRead % ProgressEvery);
            _claims = new byte[_referrals.Count];
            try
            {
                for (int i = 0; i < parts; i++)
                {
                    streams[i] = ranges.Open(i);
                    // Buffered: Sep asks for a few hundred bytes at a time, one system call each if unbuffered.
                    readers[i] = CsvFiles.OpenReader(new BufferedStream(streams[i], 1 << 16), ranges.Path, SessionColumns);
                }

                _parts = new SessionPart[parts];
                for (int i = 0; i < parts; i++)
                {
                    _parts[i] = new SessionPart(this, i, parts, SessionLayout.Of(readers[i], _options.Rules, _ids), byRange: true);
                }

                switch (_options.RangeSchedule)
                {
                    case RangeSchedule.FirstToLast:
                        for (int p = 0; p < parts; p++)
                        {
                            _parts[p].ReadRange(readers[p]);
                        }

                        break;
                    case RangeSchedule.LastToFirst:
                        for (int p = parts - 1; p >= 0; p--)
                        {
                            _parts[p].ReadRange(readers[p]);
                        }

                        break;
                    default:
                        RunParts(parts, p => _parts[p].ReadRange(readers[p]));
                        break;
                }
            }
            finally
            {
                DisposeAll(readers);
                foreach (var stream in streams)
                {
                    stream?.Dispose();
                }
            }

            try
            {
                if (_abandoned is { } why)
                {
                    return why;
                }

                if (!FileRanges.QuotesBalancedAtStarts(streams))
                {
                    return "a quoted field spans the start of a range";
                }

                // The rows kept, in file order: each part's in its range's order, parts in file order.
                for (int p = 0; p < parts; p++)
                {
                    foreach (ref readonly var session in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_parts[p].Kept))
                    {
                        int owner = _claims[session.Referral] - 1;
                        if (owner < 0)
                        {
                            owner = p;
                            _claims[session.Referral] = (byte)(p + 1);
                        }
                        else if (owner > p)
                        {
                            return NotGrouped;
                        }

                        _parts[owner].Apply(session);
                    }

                    _parts[p].Kept.Clear();
                }

                for (int i = 0; i < _owners.Count; i++)
                {
                    _owners[i] = (byte)Math.Max(0, _claims[i] - 1);
                }

                // Each part numbered its lines from its own start (after the header it was given): shift them to the file's.
                int offset = 0;
                foreach (var part in _parts)
                {
                    part.ShiftLines(offset);
                    offset += part.DataLines;
                }

                return null;
            }
            finally
            {
                _claims = [];
            }
        }

        private const string NotGrouped = "a referral's sessions are in more than one range, out of range order";

        /// <summary>Shows progress of the parts reading ranges (called by part 0 only; every part adds to the count).</summary>
        private void SharedProgress()
        {
            if (_options.Progress is { } progress)
            {
                long total = _rowsRead + Volatile.Read(ref _sessionRowsSeen);
                if (total >= _nextProgress)
                {
                    progress.Write($"\riapt report: {total:N0} rows read");
                    _nextProgress = total + ProgressEvery - (total % ProgressEvery);
                }
            }
        }

        /// <summary>Opens <paramref name="count"/> readers of one file (each checks the required columns).</summary>
        private static SepReader[] OpenAll(string path, int count, params string[] required)
        {
            var readers = new SepReader[count];
            try
            {
                for (int i = 0; i < count; i++)
                {
                    readers[i] = CsvFiles.OpenReader(path, required);
                }
            }
            catch
            {
                DisposeAll(readers);
                throw;
            }

            return readers;
        }

        private static void DisposeAll(SepReader[] readers)
        {
            foreach (var reader in readers)
            {
                reader?.Dispose();
            }
        }

        /// <summary>
        /// Runs <paramref name="work"/> for parts 1 and up on threads of their own and for part 0 on this thread;
        /// returns when all are done, rethrowing the first failure as it was thrown.
        /// </summary>
        private static void RunParts(int parts, Action<int> work)
        {
            var others = new Task[parts - 1];
            for (int i = 1; i < parts; i++)
            {
                int part = i;
                others[i - 1] = Task.Factory.StartNew(() => work(part), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }

            try
            {
                work(0);
            }
            finally
            {
                foreach (var other in others)
                {
                    other.Wait();
                }
            }

            foreach (var other in others)
            {
                other.GetAwaiter().GetResult();
            }
        }

        /// <summary>Counts and writes the parts' rejected session rows, merged back into line order.</summary>
        private void WriteSessionRejects()
        {
            var rejected = _parts.Length == 1 ? _parts[0].Rejected : [.. _parts.SelectMany(p => p.Rejected).OrderBy(r => r.Line)];
            foreach (var (line, field, reason) in rejected)
            {
                Reject(SessionsFile, line, field, reason);
            }
        }

        /// <summary>
        /// The most threads by default (when the file is read whole, each thread reads all of it, so more stop paying;
        /// byte ranges would use more, but this machine class has two cores).
        /// </summary>
        private const int MaxParts = 4;

        /// <summary>
        /// Which part applies the sessions of a referral: a hash of its id (FNV-1a over the characters), so that a
        /// part can tell from the id alone whether to look it up.
        /// </summary>
        private static int OwnerOfId(ReadOnlySpan<char> id, int parts)
        {
            if (parts == 1)
            {
                return 0;
            }

            uint hash = 2166136261;
            foreach (char c in id)
            {
                hash = (hash ^ c) * 16777619;
            }

            return (int)(hash % (uint)parts);
        }

        /// <summary>
        /// One thread's share of the sessions file, parsed and applied in file order to the state of the referrals it
        /// owns, which no other part touches: either the rows of the referrals it owns by a hash of their ids (reading
        /// the whole file), or the rows of one byte range of the file (<paramref name="byRange"/>; the referrals it
        /// claims first).
        /// </summary>
        private sealed class SessionPart(State state, int index, int parts, SessionLayout layout, bool byRange)
        {
            private int _firstLine;
            private int _endLine;

            private char[] _lastId = new char[32];
            private int _lastIdLength = -1;
            private int _lastReferral;

            /// <summary>The treatment sessions of the referrals this part owns.</summary>
            public Chain Chain { get; } = new();

            /// <summary>
            /// Per referral, indexed like the referrals (written only for the referrals this part owns, so parts never
            /// share a cache line): attended and missed contacts, and the start of its treatment sessions in
            /// <see cref="Chain"/> plus one (0: none).
            /// </summary>
            public ReferralCounts[] Counts { get; } = new ReferralCounts[state._referrals.Count];

            /// <summary>Rows read: of the range, or of the file by part 0 only (which sees every row).</summary>
            public long RowsRead { get; private set; }

            /// <summary>The rows this part rejected, in line order.</summary>
            public List<(int Line, string Field, string Reason)> Rejected { get; } = [];

            /// <summary>
            /// A range part's usable rows of referrals that an earlier range may have rows of (claimed by an earlier
            /// part, or the referral this range starts with), in line order: applied after every part has read its range.
            /// </summary>
            public List<ParsedSession> Kept { get; } = [];

            /// <summary>The lines a range part's rows span (0 when it has none).</summary>
            public int DataLines => RowsRead == 0 ? 0 : _endLine - _firstLine;

            /// <summary>Adds <paramref name="offset"/> to the line numbers of the rejected rows.</summary>
            public void ShiftLines(int offset)
            {
                var rejected = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Rejected);
                foreach (ref var row in rejected)
                {
                    row.Line += offset;
                }
            }

            /// <summary>
            /// Reads one byte range: applies the rows of referrals this part claims (the first part to meet a referral
            /// claims it), keeps those of referrals an earlier part claimed and those of the referral of the range's
            /// first usable row (its earlier rows may be in the previous range), and gives the ranges up (with the reason in
            /// <see cref="State._abandoned"/>) at a row of a referral a later part claimed, or when it keeps too many.
            /// </summary>
            public void ReadRange(SepReader reader)
            {
                var session = new ParsedSession();
                int leading = UnknownReferral;
                bool used = false;
                foreach (var row in reader)
                {
                    if (RowsRead++ == 0)
                    {
                        _firstLine = row.LineNumberFrom;
                    }

                    _endLine = row.LineNumberToExcl;
                    switch (TryParseSession(row, ref session))
                    {
                        case RowFate.Used:
                            int referral = session.Referral;
                            if (!used)
                            {
                                // The referral of the range's first usable row may have rows at the end of the
                                // previous range: this part never claims it.
                                used = true;
                                leading = index > 0 ? referral : UnknownReferral;
                            }

                            int owner = referral == leading ? -1 : Claim(referral);
                            if (owner == index)
                            {
                                Apply(session);
                            }
                            else if (owner < index)
                            {
                                Kept.Add(session);
                                if (Kept.Count > state._options.RangeKeepLimit)
                                {
                                    state._abandoned = "too many rows of referrals that began in an earlier range";
                                }
                            }
                            else
                            {
                                state._abandoned = NotGrouped;
                            }

                            break;
                        case RowFate.Rejected:
                            Rejected.Add((session.Line, session.Field!, session.Reason!));
                            break;
                    }

                    if ((RowsRead & 4095) == 0)
                    {
                        Interlocked.Add(ref state._sessionRowsSeen, 4096);
                        if (index == 0)
                        {
                            state.SharedProgress();
                        }
                    }

                    if (state._abandoned is not null)
                    {
                        return;
                    }
                }
            }

            /// <summary>The part that owns <paramref name="referral"/>: the first to claim it.</summary>
            private int Claim(int referral)
            {
                ref byte claim = ref state._claims[referral];
                int owner = claim;
                if (owner == 0)
                {
                    owner = Interlocked.CompareExchange(ref claim, (byte)(index + 1), 0);
                    if (owner == 0)
                    {
                        return index;
                    }
                }

                return owner - 1;
            }

            public void Read(SepReader reader)
            {
                var session = new ParsedSession();
                foreach (var row in reader)
                {
                    // One method per row, so that the per-row work is compiled fully optimised rather than as the
                    // on-stack replacement of one long-running loop.
                    switch (TryParseSession(row, ref session))
                    {
                        case RowFate.Used:
                            Apply(session);
                            break;
                        case RowFate.Rejected:
                            Rejected.Add((session.Line, session.Field!, session.Reason!));
                            break;
                    }

                    if (index == 0)
                    {
                        RowsRead++;
                        state.Progress(RowsRead);
                    }
                }
            }

            /// <summary>
            /// Parses one session row into <paramref name="session"/> if this part owns it: used, rejected (field and
            /// reason set) or another part's.
            /// </summary>
            private RowFate TryParseSession(SepReader.Row row, ref ParsedSession session)
            {
                session.Line = row.LineNumberFrom;
                if (row.ColCount < layout.ColumnCount)
                {
                    return index == 0 || byRange ? session.Reject(layout.ColumnNames[row.ColCount], MissingFields) : RowFate.Others;
                }

                int referral = FindReferral(row[layout.Id].Span.Trim());
                if (referral == OthersReferral)
                {
                    return RowFate.Others;
                }

                if (referral == UnknownReferral)
                {
                    return session.Reject("referral_id", "no such referral (unknown, or its referral row was rejected)");
                }

                if (!IsoDate.TryParse(row[layout.Date].Span.Trim(), out var sessionDate, out int sessionKey))
                {
                    return session.Reject("date", "not a date in the form yyyy-MM-dd");
                }

                if (sessionKey < state._referrals[referral].DateKey)
                {
                    // The clock starts at referral (M4 §6.3): such a session would count as treatment but give no wait.
                    return session.Reject("date", "before the referral date");
                }

                if (!TryType(row[layout.Type].Span.Trim(), out var sessionType))
                {
                    return session.Reject("type", "not one of assessment, assessment_and_treatment, treatment, follow_up");
                }

                if (!TryBool(row[layout.Attended].Span.Trim(), out bool wasAttended))
                {
                    return session.Reject("attended", "not true or false");
                }

                var intensity = Intensity.Unknown;
                if (layout.Intensity >= 0 && !TryIntensity(row[layout.Intensity].Span.Trim(), out intensity))
                {
                    return session.Reject("intensity", "not low, high or empty");
                }

                var intervention = Intervention.Unknown;
                if (layout.Intervention >= 0 && !TryIntervention(row[layout.Intervention].Span.Trim(), out intervention))
                {
                    return session.Reject("intervention", "not a known intervention key");
                }

                int scored = 0;
                foreach (var (column, name, measure) in layout.Measures)
                {
                    var text = row[column].Span.Trim();
                    if (text.IsEmpty)
                    {
                        continue;
                    }

                    // The common case, a whole total in range, without building a result that could hold an error.
                    if (measure.Method == ScoringMethod.Sum && TryDigits(text, out int whole) && measure.TryScoreTotal(whole, out var inRange))
                    {
                        session.Scores[scored++] = inRange;
                        continue;
                    }

                    var result = ScoreTotal(measure, text);
                    if (result.TryPickT1(out var error, out var score))
                    {
                        return session.Reject(name, WithoutField(error.Field, error.Message));
                    }

                    session.Scores[scored++] = score;
                }

                session.Referral = referral;
                session.Date = sessionDate;
                session.DateKey = sessionKey;
                session.Type = sessionType;
                session.Attended = wasAttended;
                session.Intensity = intensity;
                session.Intervention = intervention;
                session.Scored = scored;
                return RowFate.Used;
            }

            /// <summary>
            /// Finds a referral by id: its index, <see cref="UnknownReferral"/> when this part owns the id but no
            /// referral has it, or <see cref="OthersReferral"/> when another part owns the id. Extracts usually list a
            /// referral's sessions together, so the previous row's id is checked first; reading a byte range, the id
            /// of the next referral in the referrals file is checked next (extracts of both files are often in the same
            /// order), and the dictionary is searched only when both differ (and, reading the whole file, this part
            /// owns the id).
            /// </summary>
            private int FindReferral(ReadOnlySpan<char> id)
            {
                if (_lastIdLength >= 0 && id.SequenceEqual(_lastId.AsSpan(0, _lastIdLength)))
                {
                    return _lastReferral;
                }

                var idOf = state._idOf;
                int next = _lastReferral + 1;
                int referral = byRange && _lastIdLength >= 0 && next > 0 && next < idOf.Count && id.SequenceEqual(idOf[next]) ? next
                    : !byRange && OwnerOfId(id, parts) != index ? OthersReferral
                    : layout.Ids.TryGetValue(id, out int found) ? found
                    : UnknownReferral;
                if (id.Length > _lastId.Length)
                {
                    _lastId = new char[id.Length * 2];
                }

                id.CopyTo(_lastId);
                _lastIdLength = id.Length;
                _lastReferral = referral;
                return referral;
            }

            private const int UnknownReferral = -1;
            private const int OthersReferral = -2;

            /// <summary>Adds one usable session to its referral, in file order.</summary>
            public void Apply(in ParsedSession session)
            {
                int referral = session.Referral;
                ref var episode = ref state._episodes[referral];
                episode.Add(session.Date, session.Type, session.Attended, session.Intensity,
                    ((ReadOnlySpan<Score>)session.Scores)[..session.Scored]);

                // A contact after discharge counts for nothing, like a session (ReferralAssessment.AttendedContacts).
                bool onOrBeforeDischarge = session.DateKey <= state._referrals[referral].DischargeKey;
                if (session.Type != SessionType.FollowUp && onOrBeforeDischarge)
                {
                    if (session.Attended)
                    {
                        Counts[referral].Attended++;
                    }
                    else
                    {
                        Counts[referral].Missed++;
                    }
                }

                if (session.Attended && session.Type is SessionType.Treatment or SessionType.AssessmentAndTreatment && onOrBeforeDischarge)
                {
                    ref int head = ref Counts[referral].Head;
                    head = Chain.Push(new SteppedSession(session.Date, session.Intensity, session.Intervention), head - 1) + 1;
                }
            }
        }

        public ServiceReport Build()
        {
            // Referrals are assessed (every rule applied: pure, one referral at a time) in chunks by every thread,
            // and counted on this thread in referral order as soon as each chunk is assessed; while the next chunk
            // to count is not ready, this thread assesses one too. Counting thus overlaps assessing.
            var assess = new AssessQueue(this);
            int threads = _parallelism;
            var others = new Task[threads - 1];
            for (int i = 1; i < threads; i++)
            {
                var sessions = new List<SteppedSession>();
                others[i - 1] = Task.Factory.StartNew(() => assess.Work(sessions), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }

            try
            {
                assess.Count(others);
            }
            finally
            {
                assess.Stop();
                foreach (var other in others)
                {
                    // Waited for without throwing here, so that a failure of the count is not hidden by a worker's.
                    ((IAsyncResult)other).AsyncWaitHandle.WaitOne();
                }
            }

            foreach (var other in others)
            {
                other.GetAwaiter().GetResult();
            }

            if (_options.Progress is { } progress && _rowsRead >= ProgressEvery)
            {
                progress.WriteLine();
            }

            return _builder.Build(_rowsRead, _rowsRejected);
        }

        /// <summary>
        /// Referrals in chunks (<see cref="ReportOptions.AssessChunk"/>), assessed by any thread into a ring of
        /// <see cref="AssessRing"/> chunks and counted in order by the thread that calls <see cref="Count"/>, which
        /// frees a chunk's place in the ring once counted: at most <see cref="AssessRing"/> chunks (about 10 MB by
        /// default) are assessed ahead.
        /// </summary>
        private sealed class AssessQueue
        {
            private const int AssessRing = 16;
            private readonly State _state;
            private readonly int _chunk;
            private readonly int _ringChunks;
            private readonly int _count;
            private readonly int _chunks;
            private readonly ReferralAssessment[] _ring;
            private readonly int[] _assessed;
            private int _next;
            private int _counted;
            private volatile bool _stopped;

            public AssessQueue(State state)
            {
                _state = state;
                _chunk = Math.Max(1, state._options.AssessChunk);
                _count = state._referrals.Count;
                _chunks = (int)(((long)_count + _chunk - 1) / _chunk);
                _ringChunks = Math.Max(1, Math.Min(AssessRing, _chunks));
                _ring = new ReferralAssessment[_chunk * _ringChunks];
                _assessed = new int[_chunks];
            }

            /// <summary>Assesses chunks until none is left (or <see cref="Stop"/>), waiting for room in the ring.</summary>
            public void Work(List<SteppedSession> sessions)
            {
                var spin = default(SpinWait);
                while (!_stopped)
                {
                    switch (TryAssessOne(sessions))
                    {
                        case Claim.None:
                            return;
                        case Claim.Full:
                            spin.SpinOnce();
                            break;
                        default:
                            spin.Reset();
                            break;
                    }
                }
            }

            /// <summary>Counts every referral in order, assessing chunks itself while the next one is not ready.</summary>
            public void Count(Task[] others)
            {
                var sessions = new List<SteppedSession>();
                var groups = new string[_state._options.By.Count];
                var spin = default(SpinWait);
                for (int chunk = 0; chunk < _chunks; chunk++)
                {
                    while (Volatile.Read(ref _assessed[chunk]) == 0)
                    {
                        if (TryAssessOne(sessions) != Claim.Done)
                        {
                            // Another thread holds the chunk: wait, unless it failed.
                            if (Array.Find(others, t => t.IsFaulted) is { } failed)
                            {
                                failed.GetAwaiter().GetResult();
                            }

                            spin.SpinOnce();
                        }
                    }

                    int start = chunk * _chunk, end = Math.Min(_count, start + _chunk);
                    int slot = (chunk % _ringChunks) * _chunk;
                    for (int i = start; i < end; i++)
                    {
                        for (int g = 0; g < groups.Length; g++)
                        {
                            groups[g] = _state._groupValues[(i * groups.Length) + g];
                        }

                        _state._builder.Add(_ring[slot + i - start], groups);
                    }

                    Volatile.Write(ref _counted, chunk + 1);
                }
            }

            /// <summary>Makes the other threads stop at their next chunk (after the count, or when it failed).</summary>
            public void Stop() => _stopped = true;

            /// <summary>Claims the next chunk and assesses it, if there is one and it has room in the ring.</summary>
            private Claim TryAssessOne(List<SteppedSession> sessions)
            {
                int chunk = Volatile.Read(ref _next);
                if (chunk >= _chunks)
                {
                    return Claim.None;
                }

                if (chunk >= Volatile.Read(ref _counted) + _ringChunks)
                {
                    return Claim.Full;
                }

                if (Interlocked.CompareExchange(ref _next, chunk + 1, chunk) != chunk)
                {
                    return Claim.Lost;
                }

                int start = chunk * _chunk;
                _state.AssessRange(start, Math.Min(_count, start + _chunk), start - ((chunk % _ringChunks) * _chunk), sessions, _ring);
                Volatile.Write(ref _assessed[chunk], 1);
                return Claim.Done;
            }

            private enum Claim
            {
                /// <summary>A chunk was assessed.</summary>
                Done,

                /// <summary>Another thread claimed the chunk first: try again.</summary>
                Lost,

                /// <summary>The ring is full: wait for the count.</summary>
                Full,

                /// <summary>Every chunk is claimed.</summary>
                None,
            }
        }

        /// <summary>Assesses referrals <paramref name="from"/> to <paramref name="to"/> (excluded) into <paramref name="assessments"/> from <paramref name="offset"/>.</summary>
        private void AssessRange(int from, int to, int offset, List<SteppedSession> sessions, ReferralAssessment[] assessments)
        {
            for (int i = from; i < to; i++)
            {
                // One method per referral, compiled fully optimised (see ReadSessions).
                assessments[i - offset] = AssessReferral(i, sessions);
            }
        }

        /// <summary>Applies every rule to referral <paramref name="i"/>.</summary>
        private ReferralAssessment AssessReferral(int i, List<SteppedSession> sessions)
        {
            sessions.Clear();
            var part = _parts[_owners[i]];
            var chain = part.Chain;
            ref readonly var counts = ref part.Counts[i];
            for (int node = counts.Head - 1; node >= 0; node = chain.NextOf(node))
            {
                sessions.Add(chain.ItemAt(node));
            }

            // The chain holds the latest-added first; restore arrival order, then sort by date (stable).
            sessions.Reverse();
            InsertionSortByDate(sessions);
            var episode = _episodes[i].ToEpisode();
            return _builder.Assess(_referrals[i].Date, episode, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sessions), counts.Attended, counts.Missed);
        }

        private static OneOf.OneOf<Score, ScoringError> ScoreTotal(MeasureDefinition measure, ReadOnlySpan<char> text)
        {
            if (measure.Method == ScoringMethod.Sum && (TryDigits(text, out int whole)
                || int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out whole)))
            {
                return measure.ScoreTotal(whole);
            }

            return measure.ScoreText(default, text);
        }

        /// <summary>
        /// The common case of a recorded total, one to four ASCII digits, read without the general number parser;
        /// anything else (a sign, more digits, a decimal point) is left to the general parsers.
        /// </summary>
        private static bool TryDigits(ReadOnlySpan<char> text, out int value)
        {
            value = 0;
            return text.Length is >= 1 and <= 4 && AsciiDigits.TryRead(text, out value);
        }

        private static void InsertionSortByDate(List<SteppedSession> sessions)
        {
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sessions);
            for (int i = 1; i < span.Length; i++)
            {
                var item = span[i];
                int j = i - 1;
                while (j >= 0 && span[j].Date > item.Date)
                {
                    span[j + 1] = span[j];
                    j--;
                }

                span[j + 1] = item;
            }
        }

        private string Intern(int column, ReadOnlySpan<char> value)
        {
            var table = _interned[column];
            var lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(value, out var existing))
            {
                return existing;
            }

            string text = value.ToString();
            table.Add(text, text);
            return text;
        }

        private void Reject(string file, long line, string field, string reason)
        {
            _rowsRejected++;
            if (_options.Rejects is { } rejects)
            {
                rejects.Write(file);
                rejects.Write(',');
                rejects.Write(line.ToString(CultureInfo.InvariantCulture));
                rejects.Write(',');
                rejects.Write(Quote(field));
                rejects.Write(',');
                rejects.Write(Quote(reason));
                rejects.Write('\n');
            }
        }

        private const string MissingFields = "missing: the row has fewer fields than the header";

        private const long ProgressEvery = 1_000_000;

        /// <summary>
        /// Shows progress every million rows: <paramref name="rowsRead"/> counts every row while referrals are read,
        /// then the session rows read so far.
        /// </summary>
        private void Progress(long rowsRead)
        {
            if (_options.Progress is { } progress && rowsRead % ProgressEvery == 0)
            {
                long total = _parts.Length == 0 ? rowsRead : _rowsRead + rowsRead;
                progress.Write($"\riapt report: {total:N0} rows read");
            }
        }

        private static string Quote(string text) =>
            text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static int Index(SepReader reader, string column) =>
        CsvFiles.TryIndex(reader, column, out int index) ? index : throw new CsvInputException($"no column '{column}'");

    /// <summary>
    /// A library error message without its leading <c>field: </c> (the field of the library's own input, such as
    /// <c>total</c>), since the rejects file names the column in its own <c>field</c> column.
    /// </summary>
    private static string WithoutField(string field, string message) =>
        message.StartsWith(field + ": ", StringComparison.Ordinal) ? message[(field.Length + 2)..] : message;

    /// <summary>Writes the header of the rejects file.</summary>
    public static void WriteRejectsHeader(TextWriter rejects) => rejects.Write("file,line,field,reason\n");

    private static bool TryType(ReadOnlySpan<char> text, out SessionType type)
    {
        type = default;
        if (text.Equals("treatment", StringComparison.OrdinalIgnoreCase)) { type = SessionType.Treatment; return true; }
        if (text.Equals("assessment", StringComparison.OrdinalIgnoreCase)) { type = SessionType.Assessment; return true; }
        if (text.Equals("assessment_and_treatment", StringComparison.OrdinalIgnoreCase)) { type = SessionType.AssessmentAndTreatment; return true; }
        if (text.Equals("follow_up", StringComparison.OrdinalIgnoreCase)) { type = SessionType.FollowUp; return true; }
        return false;
    }

    private static bool TryBool(ReadOnlySpan<char> text, out bool value)
    {
        value = text.Equals("true", StringComparison.OrdinalIgnoreCase);
        return value || text.Equals("false", StringComparison.OrdinalIgnoreCase);
    }

    private static bool TryIntensity(ReadOnlySpan<char> text, out Intensity intensity)
    {
        intensity = text.IsEmpty ? Intensity.Unknown
            : text.Equals("low", StringComparison.OrdinalIgnoreCase) ? Intensity.Low
            : text.Equals("high", StringComparison.OrdinalIgnoreCase) ? Intensity.High
            : (Intensity)(-1);
        return intensity != (Intensity)(-1);
    }

    /// <summary>Every intervention by its key, case-insensitive, searched by span.</summary>
    private static readonly System.Collections.Frozen.FrozenDictionary<string, Intervention>.AlternateLookup<ReadOnlySpan<char>> InterventionKeys =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(Interventions.All, i => i.Key(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool TryIntervention(ReadOnlySpan<char> text, out Intervention intervention)
    {
        intervention = Intervention.Unknown;
        if (text.IsEmpty)
        {
            return true;
        }

        return InterventionKeys.TryGetValue(text, out intervention);
    }

    /// <summary>One referral's contacts and treatment sessions, as one part counts them.</summary>
    private struct ReferralCounts
    {
        public int Attended;
        public int Missed;
        public int Head;
    }

    /// <summary>One referral row, parsed: its id and values when usable, or the field and reason it is rejected for (no id).</summary>
    private readonly struct ParsedReferral
    {
        public int Line { get; init; }

        public string? Id { get; init; }

        public byte Owner { get; init; }

        public Referral Referral { get; init; }

        public string[]? Groups { get; init; }

        public string? Field { get; init; }

        public string? Reason { get; init; }

        public static ParsedReferral Rejected(int line, string field, string reason) => new() { Line = line, Field = field, Reason = reason };
    }

    /// <summary>
    /// A usable referral row, its dates as <see cref="IsoDate.KeyOf"/> keys (<paramref name="DischargeKey"/>
    /// <see cref="int.MaxValue"/> while open): compared as integers, and a third smaller than two <c>LocalDate?</c>s.
    /// </summary>
    private readonly record struct Referral(int DateKey, int DischargeKey, ProblemDescriptor Descriptor, int Line)
    {
        public LocalDate Date => IsoDate.FromKey(DateKey);

        public LocalDate? Discharge => DischargeKey == int.MaxValue ? null : IsoDate.FromKey(DischargeKey);
    }

    /// <summary>Where the referral columns are, read once from the header.</summary>
    private sealed record ReferralLayout(
        int Id, int Date, int Descriptor, int Discharge, int[] By, IReadOnlyList<string> Columns, DescriptorTable Descriptors);

    /// <summary>Where the session columns are, read once from the header.</summary>
    private sealed record SessionLayout(
        int Id, int Date, int Type, int Attended, int Intensity, int Intervention,
        (int Column, string Name, MeasureDefinition Measure)[] Measures,
        IReadOnlyList<string> ColumnNames,
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Ids)
    {
        public int ColumnCount => ColumnNames.Count;

        public static SessionLayout Of(SepReader reader, Rules.RuleSets.RuleSet rules, Dictionary<string, int> ids)
        {
            System.Diagnostics.Debug.Assert(ScoreColumns.Length == ScoreColumnCount, "SessionScores holds one score per score column");
            var measures = new List<(int Column, string Name, MeasureDefinition Measure)>();
            foreach (var key in ScoreColumns)
            {
                if (CsvFiles.TryIndex(reader, key, out int column) && rules.Measures.TryGet(key, out var measure))
                {
                    measures.Add((column, key, measure));
                }
            }

            return new SessionLayout(
                Index(reader, "referral_id"), Index(reader, "date"), Index(reader, "type"), Index(reader, "attended"),
                CsvFiles.TryIndex(reader, "intensity", out int intensity) ? intensity : -1,
                CsvFiles.TryIndex(reader, "intervention", out int intervention) ? intervention : -1,
                [.. measures],
                reader.Header.ColNames,
                ids.GetAlternateLookup<ReadOnlySpan<char>>());
        }
    }

    /// <summary>The scores of one session row: at most one per score column.</summary>
    [System.Runtime.CompilerServices.InlineArray(ScoreColumnCount)]
    private struct SessionScores
    {
        private Score _first;
    }

    /// <summary>What became of a session row in one part.</summary>
    private enum RowFate
    {
        /// <summary>Parsed and applied.</summary>
        Used,

        /// <summary>Rejected with its field and reason.</summary>
        Rejected,

        /// <summary>Another part's row.</summary>
        Others,
    }

    /// <summary>One session row, parsed: its values when usable, or the field and reason it was rejected for.</summary>
    private struct ParsedSession
    {
        public int Line;
        public int Referral;
        public LocalDate Date;
        public int DateKey;
        public SessionType Type;
        public bool Attended;
        public Intensity Intensity;
        public Intervention Intervention;
        public int Scored;
        public SessionScores Scores;
        public string? Field;
        public string? Reason;

        public RowFate Reject(string field, string reason)
        {
            Field = field;
            Reason = reason;
            return RowFate.Rejected;
        }
    }

    /// <summary>
    /// Singly linked lists of sessions in fixed-size chunks: one list per referral, no object per session, and growth
    /// without copying (a national year holds about seven million treatment sessions; doubling one array would hold
    /// the old and the new copy at once).
    /// </summary>
    private sealed class Chain
    {
        private const int ChunkBits = 16;
        private const int ChunkSize = 1 << ChunkBits;
        private const int ChunkMask = ChunkSize - 1;
        private readonly List<SteppedSession[]> _items = [];
        private readonly List<int[]> _next = [];
        private int _count;

        public SteppedSession ItemAt(int node) => _items[node >> ChunkBits][node & ChunkMask];

        public int NextOf(int node) => _next[node >> ChunkBits][node & ChunkMask];

        /// <summary>Adds an item in front of the list that starts at <paramref name="next"/>; returns the new start.</summary>
        public int Push(SteppedSession item, int next)
        {
            if ((_count & ChunkMask) == 0)
            {
                _items.Add(new SteppedSession[ChunkSize]);
                _next.Add(new int[ChunkSize]);
            }

            _items[^1][_count & ChunkMask] = item;
            _next[^1][_count & ChunkMask] = next;
            return _count++;
        }
    }
}

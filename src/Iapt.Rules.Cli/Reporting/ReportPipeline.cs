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
        private readonly List<string> _groupValues = [];
        private readonly Dictionary<string, string>[] _interned;
        private EpisodeAccumulator[] _episodes = [];
        private int[] _attended = [];
        private int[] _missed = [];
        private int[] _head = [];
        private readonly Chain _chain = new();
        private long _rowsRead;
        private long _rowsRejected;
        private char[] _lastId = new char[32];
        private int _lastIdLength = -1;
        private int _lastReferral;

        public State(ReportOptions options)
        {
            _options = options;
            _builder = new ServiceReportBuilder(options.Rules, options.Period, options.By);
            _interned = [.. options.By.Select(_ => new Dictionary<string, string>(StringComparer.Ordinal))];
        }

        public void ReadReferrals(string path)
        {
            using var reader = CsvFiles.OpenReader(path, "referral_id", "referral_date", "problem_descriptor", "discharge_date");
            int id = Index(reader, "referral_id"), date = Index(reader, "referral_date");
            int descriptor = Index(reader, "problem_descriptor"), discharge = Index(reader, "discharge_date");
            var by = _options.By.Select(column => CsvFiles.TryIndex(reader, column, out int i)
                ? i
                : throw new CsvInputException($"'{path}' has no column '{column}' to break the report down by")).ToArray();
            var layout = new ReferralLayout(id, date, descriptor, discharge, by, reader.Header.ColNames, _options.Rules.Descriptors);
            foreach (var row in reader)
            {
                // One method per row, so that the per-row work is compiled fully optimised rather than as the
                // on-stack replacement of one long-running loop.
                _rowsRead++;
                ReadReferral(row, layout);
                Progress();
            }

            int count = _referrals.Count;
            _episodes = new EpisodeAccumulator[count];
            _attended = new int[count];
            _missed = new int[count];
            _head = new int[count];
            Array.Fill(_head, -1);
            var classifier = _builder.Classifier;
            for (int i = 0; i < count; i++)
            {
                var referral = _referrals[i];
                _episodes[i] = new EpisodeAccumulator(classifier, referral.Descriptor, referral.Discharge);
            }
        }

        /// <summary>Reads one referral row: used, or rejected with its field and reason.</summary>
        private void ReadReferral(SepReader.Row row, ReferralLayout layout)
        {
            int line = row.LineNumberFrom;
            if (row.ColCount < layout.Columns.Count)
            {
                Reject(ReferralsFile, line, layout.Columns[row.ColCount], MissingFields);
                return;
            }

            var idText = row[layout.Id].Span.Trim();
            if (idText.IsEmpty)
            {
                Reject(ReferralsFile, line, "referral_id", "empty referral id");
                return;
            }

            if (!IsoDate.TryParse(row[layout.Date].Span.Trim(), out var referralDate))
            {
                Reject(ReferralsFile, line, "referral_date", "not a date in the form yyyy-MM-dd");
                return;
            }

            var parsed = layout.Descriptors.Parse(row[layout.Descriptor].Span);
            if (parsed.TryPickT1(out var descriptorError, out var problem))
            {
                Reject(ReferralsFile, line, "problem_descriptor", WithoutField(descriptorError.Field, descriptorError.Message));
                return;
            }

            LocalDate? dischargeDate = null;
            var dischargeText = row[layout.Discharge].Span.Trim();
            if (!dischargeText.IsEmpty)
            {
                if (!IsoDate.TryParse(dischargeText, out var d))
                {
                    Reject(ReferralsFile, line, "discharge_date", "not a date in the form yyyy-MM-dd");
                    return;
                }

                if (d < referralDate)
                {
                    Reject(ReferralsFile, line, "discharge_date", "before the referral date");
                    return;
                }

                dischargeDate = d;
            }

            string key = idText.ToString();
            if (!_ids.TryAdd(key, _referrals.Count))
            {
                Reject(ReferralsFile, line, "referral_id", $"duplicate referral id (first at line {_referrals[_ids[key]].Line})");
                return;
            }

            _referrals.Add(new Referral(referralDate, dischargeDate, problem, line));
            for (int i = 0; i < layout.By.Length; i++)
            {
                _groupValues.Add(Intern(i, row[layout.By[i]].Span.Trim()));
            }
        }

        public void ReadSessions(string path)
        {
            using var reader = CsvFiles.OpenReader(path, "referral_id", "date", "type", "attended");
            var layout = SessionLayout.Of(reader, _options.Rules, _ids);

            var session = new ParsedSession();
            foreach (var row in reader)
            {
                // One method per row, so that the per-row work is compiled fully optimised rather than as the
                // on-stack replacement of one long-running loop.
                _rowsRead++;
                if (!TryParseSession(row, layout, ref session))
                {
                    Reject(SessionsFile, session.Line, session.Field!, session.Reason!);
                    continue;
                }

                Apply(session);
                Progress();
            }
        }

        /// <summary>Parses one session row into <paramref name="session"/>; false when the row is rejected (field and reason set).</summary>
        private bool TryParseSession(SepReader.Row row, SessionLayout layout, ref ParsedSession session)
        {
            session.Line = row.LineNumberFrom;
            if (row.ColCount < layout.ColumnCount)
            {
                return session.Reject(layout.ColumnNames[row.ColCount], MissingFields);
            }

            if (!TryFindReferral(row[layout.Id].Span.Trim(), layout, out int referral))
            {
                return session.Reject("referral_id", "no such referral (unknown, or its referral row was rejected)");
            }

            if (!IsoDate.TryParse(row[layout.Date].Span.Trim(), out var sessionDate))
            {
                return session.Reject("date", "not a date in the form yyyy-MM-dd");
            }

            if (sessionDate < _referrals[referral].Date)
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

                var result = ScoreTotal(measure, text);
                if (result.TryPickT1(out var error, out var score))
                {
                    return session.Reject(name, WithoutField(error.Field, error.Message));
                }

                session.Scores[scored++] = score;
            }

            session.Referral = referral;
            session.Date = sessionDate;
            session.Type = sessionType;
            session.Attended = wasAttended;
            session.Intensity = intensity;
            session.Intervention = intervention;
            session.Scored = scored;
            return true;
        }

        /// <summary>
        /// Finds a referral by id. Extracts usually list a referral's sessions together, so the previous row's id is
        /// checked first and the dictionary is searched only when the id changes.
        /// </summary>
        private bool TryFindReferral(ReadOnlySpan<char> id, SessionLayout layout, out int referral)
        {
            if (_lastIdLength >= 0 && id.SequenceEqual(_lastId.AsSpan(0, _lastIdLength)))
            {
                referral = _lastReferral;
                return true;
            }

            if (!layout.Ids.TryGetValue(id, out referral))
            {
                return false;
            }

            if (id.Length > _lastId.Length)
            {
                _lastId = new char[id.Length * 2];
            }

            id.CopyTo(_lastId);
            _lastIdLength = id.Length;
            _lastReferral = referral;
            return true;
        }

        /// <summary>Adds one usable session to its referral, in file order.</summary>
        private void Apply(in ParsedSession session)
        {
            int referral = session.Referral;
            ref var episode = ref _episodes[referral];
            episode.Add(session.Date, session.Type, session.Attended, session.Intensity,
                ((ReadOnlySpan<Score>)session.Scores)[..session.Scored]);

            // A contact after discharge counts for nothing, like a session (ReferralAssessment.AttendedContacts).
            var discharge = _referrals[referral].Discharge;
            bool onOrBeforeDischarge = discharge is not { } d || session.Date <= d;
            if (session.Type != SessionType.FollowUp && onOrBeforeDischarge)
            {
                if (session.Attended)
                {
                    _attended[referral]++;
                }
                else
                {
                    _missed[referral]++;
                }
            }

            if (session.Attended && session.Type is SessionType.Treatment or SessionType.AssessmentAndTreatment && onOrBeforeDischarge)
            {
                _head[referral] = _chain.Push(new SteppedSession(session.Date, session.Intensity, session.Intervention), _head[referral]);
            }
        }

        public ServiceReport Build()
        {
            int by = _options.By.Count;
            var groups = new string[by];
            var sessions = new List<SteppedSession>();
            for (int i = 0; i < _referrals.Count; i++)
            {
                // One method per referral, compiled fully optimised (see ReadSessions).
                AssessReferral(i, sessions, groups);
            }

            if (_options.Progress is { } progress && _rowsRead >= ProgressEvery)
            {
                progress.WriteLine();
            }

            return _builder.Build(_rowsRead, _rowsRejected);
        }

        /// <summary>Applies every rule to referral <paramref name="i"/> and counts it.</summary>
        private void AssessReferral(int i, List<SteppedSession> sessions, string[] groups)
        {
            sessions.Clear();
            for (int node = _head[i]; node >= 0; node = _chain.NextOf(node))
            {
                sessions.Add(_chain.ItemAt(node));
            }

            // The chain holds the latest-added first; restore arrival order, then sort by date (stable).
            sessions.Reverse();
            InsertionSortByDate(sessions);
            for (int g = 0; g < groups.Length; g++)
            {
                groups[g] = _groupValues[(i * groups.Length) + g];
            }

            var episode = _episodes[i].ToEpisode();
            var assessment = _builder.Assess(_referrals[i].Date, episode, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sessions), _attended[i], _missed[i]);
            _builder.Add(assessment, groups);
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
            if (text.IsEmpty || text.Length > 4)
            {
                return false;
            }

            foreach (char c in text)
            {
                uint digit = (uint)(c - '0');
                if (digit > 9)
                {
                    return false;
                }

                value = (value * 10) + (int)digit;
            }

            return true;
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

        private void Progress()
        {
            if (_options.Progress is { } progress && _rowsRead % ProgressEvery == 0)
            {
                progress.Write($"\riapt report: {_rowsRead:N0} rows read, {_rowsRejected:N0} rejected");
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

    private readonly record struct Referral(LocalDate Date, LocalDate? Discharge, ProblemDescriptor Descriptor, int Line);

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

    /// <summary>One session row, parsed: its values when usable, or the field and reason it was rejected for.</summary>
    private struct ParsedSession
    {
        public int Line;
        public int Referral;
        public LocalDate Date;
        public SessionType Type;
        public bool Attended;
        public Intensity Intensity;
        public Intervention Intervention;
        public int Scored;
        public SessionScores Scores;
        public string? Field;
        public string? Reason;

        public bool Reject(string field, string reason)
        {
            Field = field;
            Reason = reason;
            return false;
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

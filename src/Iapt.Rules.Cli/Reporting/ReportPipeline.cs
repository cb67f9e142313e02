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
        private Chain _chain = new(1024);
        private long _rowsRead;
        private long _rowsRejected;

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
            var descriptors = _options.Rules.Descriptors;

            foreach (var row in reader)
            {
                _rowsRead++;
                int line = row.LineNumberFrom;
                var idText = row[id].Span.Trim();
                if (idText.IsEmpty)
                {
                    Reject(ReferralsFile, line, "referral_id", "empty referral id");
                    continue;
                }

                if (!IsoDate.TryParse(row[date].Span.Trim(), out var referralDate))
                {
                    Reject(ReferralsFile, line, "referral_date", "not a date in the form yyyy-MM-dd");
                    continue;
                }

                var parsed = descriptors.Parse(row[descriptor].Span);
                if (parsed.TryPickT1(out var descriptorError, out var problem))
                {
                    Reject(ReferralsFile, line, "problem_descriptor", descriptorError.ToString());
                    continue;
                }

                LocalDate? dischargeDate = null;
                var dischargeText = row[discharge].Span.Trim();
                if (!dischargeText.IsEmpty)
                {
                    if (!IsoDate.TryParse(dischargeText, out var d))
                    {
                        Reject(ReferralsFile, line, "discharge_date", "not a date in the form yyyy-MM-dd");
                        continue;
                    }

                    if (d < referralDate)
                    {
                        Reject(ReferralsFile, line, "discharge_date", "before the referral date");
                        continue;
                    }

                    dischargeDate = d;
                }

                string key = idText.ToString();
                if (!_ids.TryAdd(key, _referrals.Count))
                {
                    Reject(ReferralsFile, line, "referral_id", $"duplicate referral id (first at line {_referrals[_ids[key]].Line})");
                    continue;
                }

                _referrals.Add(new Referral(referralDate, dischargeDate, problem, line));
                for (int i = 0; i < by.Length; i++)
                {
                    _groupValues.Add(Intern(i, row[by[i]].Span.Trim()));
                }

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

        public void ReadSessions(string path)
        {
            using var reader = CsvFiles.OpenReader(path, "referral_id", "date", "type", "attended");
            int id = Index(reader, "referral_id"), date = Index(reader, "date"), type = Index(reader, "type"), attended = Index(reader, "attended");
            bool hasIntensity = CsvFiles.TryIndex(reader, "intensity", out int intensityIndex);
            bool hasIntervention = CsvFiles.TryIndex(reader, "intervention", out int interventionIndex);
            var measures = new List<(int Column, string Name, MeasureDefinition Measure)>();
            foreach (var key in ScoreColumns)
            {
                if (CsvFiles.TryIndex(reader, key, out int column) && _options.Rules.Measures.TryGet(key, out var measure))
                {
                    measures.Add((column, key, measure));
                }
            }

            var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            var scores = new Score[measures.Count];
            foreach (var row in reader)
            {
                _rowsRead++;
                int line = row.LineNumberFrom;
                if (!lookup.TryGetValue(row[id].Span.Trim(), out int referral))
                {
                    Reject(SessionsFile, line, "referral_id", "no such referral (unknown, or its referral row was rejected)");
                    continue;
                }

                if (!IsoDate.TryParse(row[date].Span.Trim(), out var sessionDate))
                {
                    Reject(SessionsFile, line, "date", "not a date in the form yyyy-MM-dd");
                    continue;
                }

                if (!TryType(row[type].Span.Trim(), out var sessionType))
                {
                    Reject(SessionsFile, line, "type", "not one of assessment, assessment_and_treatment, treatment, follow_up");
                    continue;
                }

                if (!TryBool(row[attended].Span.Trim(), out bool wasAttended))
                {
                    Reject(SessionsFile, line, "attended", "not true or false");
                    continue;
                }

                var intensity = Intensity.Unknown;
                if (hasIntensity && !TryIntensity(row[intensityIndex].Span.Trim(), out intensity))
                {
                    Reject(SessionsFile, line, "intensity", "not low, high or empty");
                    continue;
                }

                var intervention = Intervention.Unknown;
                if (hasIntervention && !TryIntervention(row[interventionIndex].Span.Trim(), out intervention))
                {
                    Reject(SessionsFile, line, "intervention", "not a known intervention key");
                    continue;
                }

                int scored = 0;
                string? badField = null;
                string? badReason = null;
                foreach (var (column, name, measure) in measures)
                {
                    var text = row[column].Span.Trim();
                    if (text.IsEmpty)
                    {
                        continue;
                    }

                    var result = ScoreTotal(measure, text);
                    if (result.TryPickT1(out var error, out var score))
                    {
                        badField = name;
                        badReason = error.Message;
                        break;
                    }

                    scores[scored++] = score;
                }

                if (badField is not null)
                {
                    Reject(SessionsFile, line, badField, badReason!);
                    continue;
                }

                ref var episode = ref _episodes[referral];
                episode.Add(sessionDate, sessionType, wasAttended, intensity, scores.AsSpan(0, scored));
                if (sessionType != SessionType.FollowUp)
                {
                    if (wasAttended)
                    {
                        _attended[referral]++;
                    }
                    else
                    {
                        _missed[referral]++;
                    }
                }

                var discharge = _referrals[referral].Discharge;
                if (wasAttended && sessionType is SessionType.Treatment or SessionType.AssessmentAndTreatment
                    && (discharge is not { } d || sessionDate <= d))
                {
                    _head[referral] = _chain.Push(new SteppedSession(sessionDate, intensity, intervention), _head[referral]);
                }

                Progress();
            }
        }

        public ServiceReport Build()
        {
            int by = _options.By.Count;
            var groups = new string[by];
            var sessions = new List<SteppedSession>();
            for (int i = 0; i < _referrals.Count; i++)
            {
                sessions.Clear();
                for (int node = _head[i]; node >= 0; node = _chain.Next[node])
                {
                    sessions.Add(_chain.Items[node]);
                }

                // The chain holds the latest-added first; restore arrival order, then sort by date (stable).
                sessions.Reverse();
                InsertionSortByDate(sessions);
                for (int g = 0; g < by; g++)
                {
                    groups[g] = _groupValues[(i * by) + g];
                }

                var episode = _episodes[i].ToEpisode();
                var assessment = _builder.Assess(_referrals[i].Date, episode, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sessions), _attended[i], _missed[i]);
                _builder.Add(assessment, groups);
            }

            if (_options.Progress is { } progress && _rowsRead >= ProgressEvery)
            {
                progress.WriteLine();
            }

            return _builder.Build(_rowsRead, _rowsRejected);
        }

        private static OneOf.OneOf<Score, ScoringError> ScoreTotal(MeasureDefinition measure, ReadOnlySpan<char> text)
        {
            if (measure.Method == ScoringMethod.Sum && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int whole))
            {
                return measure.ScoreTotal(whole);
            }

            return measure.ScoreText(default, text);
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
                rejects.Write(field);
                rejects.Write(',');
                rejects.Write(Quote(reason));
                rejects.Write('\n');
            }
        }

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

        private static int Index(SepReader reader, string column) =>
            CsvFiles.TryIndex(reader, column, out int index) ? index : throw new CsvInputException($"no column '{column}'");
    }

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

    private static bool TryIntervention(ReadOnlySpan<char> text, out Intervention intervention)
    {
        intervention = Intervention.Unknown;
        if (text.IsEmpty)
        {
            return true;
        }

        foreach (var candidate in Interventions.All)
        {
            if (text.Equals(candidate.Key(), StringComparison.OrdinalIgnoreCase))
            {
                intervention = candidate;
                return true;
            }
        }

        return false;
    }

    private readonly record struct Referral(LocalDate Date, LocalDate? Discharge, ProblemDescriptor Descriptor, int Line);

    /// <summary>Singly linked lists of sessions in flat arrays: one list per referral, no object per session.</summary>
    private struct Chain(int capacity)
    {
        public SteppedSession[] Items = new SteppedSession[capacity];
        public int[] Next = new int[capacity];
        private int _count;

        public int Push(SteppedSession item, int next)
        {
            if (_count == Items.Length)
            {
                Array.Resize(ref Items, Items.Length * 2);
                Array.Resize(ref Next, Next.Length * 2);
            }

            Items[_count] = item;
            Next[_count] = next;
            return _count++;
        }
    }
}

using System.Globalization;
using Iapt.Rules.Episodes;
using Iapt.Rules.Reporting;
using Iapt.Rules.Reporting.Disclosure;

namespace Iapt.Rules.Csv;

/// <summary>
/// The service report from <c>referrals.csv</c> and <c>sessions.csv</c> (<see cref="ServiceReportFiles"/>). Every
/// data row is either used or rejected with file, line, field and reason, so that rows read = rows used + rows
/// rejected. Every rule is the library's: the fields are read by <see cref="RecordFields"/>, the rows checked by
/// <see cref="RecordRules"/>, the sessions counted by <see cref="ReferralAccumulator"/>, the treatment sessions
/// ordered by <see cref="Stepping.SteppedCare.OrderSessions"/> and the referrals assessed, counted and merged by
/// <see cref="ServiceReportBuilder"/>, as <see cref="ServiceReportBatch"/> does; this class only reads the files
/// fast, on every core. Memory holds one small state per referral and the referral's treatment sessions, never the
/// rows themselves.
/// </summary>
internal sealed partial class ReportPipeline
{
    /// <summary>The most scores one session row can hold (<see cref="ServiceReportFiles.ScoreColumns"/>).</summary>
    private const int ScoreColumnCount = 9;

    /// <summary>
    /// The most threads by default (when the file is read whole, each thread reads all of it, so more stop paying;
    /// byte ranges would use more, but this machine class has two cores).
    /// </summary>
    private const int MaxParts = 4;

    private readonly CsvReportOptions _options;
    private readonly List<Referral> _referrals = [];

    /// <summary>Each referral's id, numbered like <see cref="_referrals"/>.</summary>
    private ReferralIds _ids = new(0);
    private readonly List<string> _groupValues = [];
    private readonly Dictionary<string, string>[] _interned;
    private readonly List<byte> _owners = [];
    private readonly int _parallelism;
    private readonly int _rowRun;
    private readonly Rules.Outcomes.OutcomeClassifier _classifier;
    private ReferralAccumulator[] _accumulators = [];
    private SessionPart[] _parts = [];
    private int[] _claims = [];

    /// <summary>The session parts' <see cref="SessionPart.Heads"/>, one array for all of them (new for each reading).</summary>
    private int[] _heads = [];
    private volatile string? _abandoned;
    private long _sessionRowsSeen;
    private long _nextProgress;
    private long _rowsRead;
    private long _rowsRejected;
    private string _referralsName = ServiceReportFiles.ReferralsFile;
    private string _sessionsName = ServiceReportFiles.SessionsFile;

    private ReportPipeline(CsvReportOptions options)
    {
        _options = options;
        _parallelism = options.Parallelism is int p ? Math.Clamp(p, 1, byte.MaxValue) : Math.Clamp(Environment.ProcessorCount, 1, MaxParts);
        _rowRun = Math.Max(1, options.OwnershipRun);
        _classifier = new Rules.Outcomes.OutcomeClassifier(options.Rules);
        _interned = [.. options.By.Select(_ => new Dictionary<string, string>(StringComparer.Ordinal))];
    }

    /// <summary>Reads both files and builds the report.</summary>
    /// <exception cref="CsvInputException">A file is missing or unreadable, or a required or <c>--by</c> column is absent.</exception>
    public static ServiceReport Run(string referralsPath, string sessionsPath, CsvReportOptions options)
    {
        if (options.Rejects is { } rejects)
        {
            ServiceReportFiles.WriteRejectsHeader(rejects);
        }

        var pipeline = new ReportPipeline(options);
        pipeline.ReadReferrals(referralsPath);
        pipeline.ReadSessions(sessionsPath);
        var report = pipeline.Build();
        return options.Suppress ? DisclosureControl.Apply(report, options.Rules.Disclosure) : report;
    }

    private void ReadReferrals(string path)
    {
        _referralsName = RejectsName(path);
        if (_options.By.FirstOrDefault(column => string.Equals(column.Trim(), "referral_id", StringComparison.OrdinalIgnoreCase)) is { } byId)
        {
            throw new CsvInputException(
                $"'{byId}' cannot break a report down: it would give one group per referral (one row per patient, every count under the disclosure threshold)");
        }

        // Every part reads the whole file and parses its share of the rows (runs of OwnershipRun rows in turn);
        // then this thread takes the parsed rows back in file order and keeps the first usable row of each id.
        int parts = _parallelism;
        var readers = OpenAll(path, parts, "referral_id", "referral_date", "problem_descriptor", "discharge_date");
        List<ParsedReferral>[] parsed;
        IdText[] idTexts;
        try
        {
            var reader = readers[0];
            int id = reader.Index("referral_id"), date = reader.Index("referral_date");
            int descriptor = reader.Index("problem_descriptor"), discharge = reader.Index("discharge_date");
            var by = _options.By.Select(column => reader.TryIndex(column, out int i)
                ? i
                : throw new CsvInputException($"'{path}' has no column '{column}' to break the report down by")).ToArray();
            var layout = new ReferralLayout(id, date, descriptor, discharge, by, reader.ColumnNames, _options.Rules.Descriptors);
            int expected = CsvFiles.EstimateRows(path);
            parsed = new List<ParsedReferral>[parts];
            idTexts = new IdText[parts];
            for (int p = 0; p < parts; p++)
            {
                parsed[p] = new List<ParsedReferral>((expected / parts) + 16);
                idTexts[p] = new IdText((expected / parts) + 16);
            }

            RunParts(parts, p => ParseReferrals(readers[p], layout, p, parts, parsed[p], idTexts[p]));
            _ids = new ReferralIds(expected);
            _referrals.Capacity = expected;
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
            AddReferral(row, idTexts[p]);
            Progress(_rowsRead);
        }

        _accumulators = new ReferralAccumulator[_referrals.Count];
        StartReferrals();
    }

    /// <summary>Sets every referral's accumulator to its start (no session added).</summary>
    private void StartReferrals()
    {
        int count = _referrals.Count, parts = _parallelism;
        RunParts(parts, p =>
        {
            // Contiguous shares, so that the threads touch (and fault in) different pages.
            int share = (count + parts - 1) / parts;
            for (int i = p * share, end = Math.Min(count, (p + 1) * share); i < end; i++)
            {
                var referral = _referrals[i];
                _accumulators[i] = new ReferralAccumulator(_classifier, referral.Descriptor, referral.Discharge);
            }
        });
    }

    /// <summary>Parses part <paramref name="part"/>'s share of the referral rows into <paramref name="parsed"/>, in file order.</summary>
    private void ParseReferrals(CsvRecordReader reader, ReferralLayout layout, int part, int parts, List<ParsedReferral> parsed, IdText ids)
    {
        long row = 0;
        int run = _rowRun;
        foreach (var line in reader)
        {
            if ((row++ / run) % parts == part)
            {
                // One method per row, so that the per-row work is compiled fully optimised rather than as the
                // on-stack replacement of one long-running loop.
                parsed.Add(ParseReferral(line, layout, parts, ids));
            }
        }
    }

    /// <summary>Parses one referral row: its values, or the field and reason it is rejected for (the library's rules).</summary>
    private static ParsedReferral ParseReferral(CsvRecord row, ReferralLayout layout, int parts, IdText ids)
    {
        int line = row.Line;
        if (!row.IsWellFormed)
        {
            return ParsedReferral.Rejected(line, row.FaultField!, row.FaultReason!);
        }

        var idText = row[layout.Id];
        if (idText.IsEmpty)
        {
            return Rejected(line, RecordRules.EmptyReferralId);
        }

        if (!RecordFields.TryParseDate(row[layout.Date], out var referralDate))
        {
            return ParsedReferral.Rejected(line, "referral_date", RecordFields.DateExpected);
        }

        // Never a reason to reject: a code outside the table, or a malformed one, resolves to a national group (§8).
        var descriptor = layout.Descriptors.Resolve(row[layout.Descriptor]);

        NodaTime.LocalDate? discharge = null;
        var dischargeText = row[layout.Discharge];
        if (!dischargeText.IsEmpty)
        {
            if (!RecordFields.TryParseDate(dischargeText, out var d))
            {
                return ParsedReferral.Rejected(line, "discharge_date", RecordFields.DateExpected);
            }

            discharge = d;
        }

        if (RecordRules.CheckReferral(idText, referralDate, discharge) is { } fault)
        {
            return Rejected(line, fault);
        }

        string[]? groups = null;
        if (layout.By.Length > 0)
        {
            groups = new string[layout.By.Length];
            for (int i = 0; i < groups.Length; i++)
            {
                groups[i] = row[layout.By[i]].ToString();
            }
        }

        return new ParsedReferral
        {
            Line = line,
            IdStart = ids.Append(idText),
            IdLength = idText.Length,
            Owner = (byte)OwnerOfId(idText, parts),
            Referral = new Referral(referralDate, discharge, descriptor.Group, line),
            Groups = groups,
        };
    }

    private static ParsedReferral Rejected(int line, in RecordFault fault) => ParsedReferral.Rejected(line, fault.Field, fault.Reason);

    /// <summary>Keeps a parsed referral row, or rejects it (as parsed, or as a later row of an id already kept).</summary>
    private void AddReferral(in ParsedReferral row, IdText ids)
    {
        if (row.Fault is { } rejected)
        {
            Reject(_referralsName, row.Line, rejected.Field, rejected.Reason);
            return;
        }

        if (!_ids.TryAdd(ids.Span(row.IdStart, row.IdLength), out int first))
        {
            var fault = RecordRules.DuplicateReferral(FormattableString.Invariant($"line {_referrals[first].Line}"));
            Reject(_referralsName, row.Line, fault.Field, fault.Reason);
            return;
        }

        _referrals.Add(row.Referral);
        _owners.Add(row.Owner);
        for (int i = 0; i < _interned.Length; i++)
        {
            _groupValues.Add(Intern(i, row.Groups![i]));
        }
    }

    private string Intern(int column, ReadOnlySpan<char> value)
    {
        var table = _interned[column];
        if (new SpanLookup<string>(table).TryGetValue(value, out var existing))
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
            ServiceReportFiles.WriteReject(rejects, file, line, field, reason);
        }
    }

    /// <summary>
    /// Shows progress every million rows: <paramref name="rowsRead"/> counts every row while referrals are read,
    /// then the session rows read so far.
    /// </summary>
    private void Progress(long rowsRead)
    {
        if (_options.Progress is { } progress && rowsRead % _options.ProgressEvery == 0)
        {
            progress.Report(_parts.Length == 0 ? rowsRead : _rowsRead + rowsRead);
        }
    }

    /// <summary>
    /// Which part applies the sessions of a referral when every part reads the whole file: a hash of its id (FNV-1a
    /// over the characters), so that a part can tell from the id alone whether to look it up.
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

    /// <summary>The name a rejects file gives a file: its own name, without the folder (<c>stdin</c> for <c>-</c>).</summary>
    private static string RejectsName(string path) =>
        path == CsvRecordReader.StandardInput ? "stdin" : Path.GetFileName(path);

    /// <summary>
    /// A library error message without its leading <c>field: </c> (the field of the library's own input, such as
    /// <c>total</c>), since the rejects file names the column in its own <c>field</c> column.
    /// </summary>
    private static string WithoutField(string field, string message) =>
        message.StartsWith(field + ": ", StringComparison.Ordinal) ? message[(field.Length + 2)..] : message;

    /// <summary>Opens <paramref name="count"/> readers of one file (each checks the required columns).</summary>
    private static CsvRecordReader[] OpenAll(string path, int count, params string[] required)
    {
        var readers = new CsvRecordReader[count];
        try
        {
            for (int i = 0; i < count; i++)
            {
                readers[i] = CsvRecordReader.Open(path, required);
            }
        }
        catch
        {
            DisposeAll(readers);
            throw;
        }

        return readers;
    }

    private static void DisposeAll(CsvRecordReader[] readers)
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
                ((IAsyncResult)other).AsyncWaitHandle.WaitOne();
            }
        }

        foreach (var other in others)
        {
            other.GetAwaiter().GetResult();
        }
    }
}

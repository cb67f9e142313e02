using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Iapt.Rules.Dataset;
using Iapt.Rules.Reporting;
using Iapt.Rules.Reporting.Disclosure;
using nietras.SeparatedValues;

namespace Iapt.Rules.Csv;

/// <summary>
/// A service's report from CSV extracts of the national data set's tables in one folder (the contract of
/// <c>iapt report --dataset DIR</c>), through <see cref="NationalDataset.Report"/>: the same rules and the same
/// report code as the two-file report.
/// </summary>
/// <remarks>
/// <para><b>Files.</b> One file per table, named after it (<c>IDS101Referral.csv</c>, <c>IDS201CareContact.csv</c>,
/// <c>IDS202CareActivity.csv</c>, <c>IDS603PresentingComplaints.csv</c>, <c>IDS606CodedScoreAssessmentRefer.csv</c>,
/// <c>IDS607CodedScoreAssessmentAct.csv</c>), file names case-insensitive. <c>IDS101</c> and <c>IDS201</c> are
/// required, the others optional.</para>
/// <para><b>Columns</b> (<see cref="DatasetTables"/>): names case-insensitive, any order, extra columns ignored; cells
/// trimmed; dates ISO <c>yyyy-MM-dd</c>. IDS101: <c>PathwayID</c>, <c>ReferralRequestReceivedDate</c>,
/// <c>ServDischDate</c>, optional <c>UniqMonthID</c> and NHS Digital's flag columns. IDS201: <c>PathwayID</c>,
/// <c>CareContactId</c>, <c>CareContDate</c>, <c>AttendOrDNACode</c>, <c>AppType</c>, optional <c>UniqMonthID</c>.
/// IDS202: <c>PathwayID</c>, <c>CareContactId</c>, <c>CodeProcAndProcStatus</c>. IDS603: <c>PathwayID</c>,
/// <c>PresComp</c> (or <c>Validated_PresentingComplaint</c>), <c>PresCompCodSig</c>, <c>PresCompDate</c>. IDS606:
/// <c>PathwayID</c>, <c>CodedAssToolType</c>, <c>PersScore</c>, <c>AssToolCompDate</c>. IDS607: <c>PathwayID</c>,
/// <c>CareContactId</c>, <c>CodedAssToolType</c>, <c>PersScore</c>. Any IDS101 column may be a breakdown
/// (<see cref="DatasetReadOptions.By"/>).</para>
/// <para><b>What streams, what buffers.</b> Each table is read while it is translated, by a reader thread of its own
/// some thousands of rows ahead (so reading and translating use a core each); no table's rows are held. Cells that
/// repeat (codes, dates, months, contact ids, breakdown values) are one string each, up to a bound per column.
/// What the translation and the report hold is in <see cref="NationalDataset"/>'s remarks: per referral and per
/// contact used, a few tens of bytes; per usable score, twelve; never a session.</para>
/// </remarks>
public static class NationalDatasetFiles
{
    /// <summary>
    /// Rows per batch handed from a table's reader thread to the translation: few enough that a batch (at most about
    /// 64 bytes a row) stays under the large object heap's 85,000 bytes, so batches are young garbage, cheap to collect.
    /// </summary>
    private const int BatchRows = 1024;

    /// <summary>Batches a table's reader thread may be ahead of the translation (the only rows buffered).</summary>
    private const int BatchesAhead = 32;

    /// <summary>The file name of each table (matched case-insensitively), for example <c>IDS101Referral.csv</c>.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The file name.</returns>
    public static string FileNameOf(DatasetTable table) => DatasetTables.NameOf(table) + ".csv";

    /// <summary>Reads the tables in <paramref name="directory"/> and builds the report.</summary>
    /// <param name="directory">The folder holding the tables' files.</param>
    /// <param name="options">The period, breakdowns, rule set, suppression and rejects; <see langword="null"/> for the defaults.</param>
    /// <returns>The report (disclosure control applied when <see cref="DatasetReadOptions.Suppress"/>), the translation and the reconciliation.</returns>
    /// <exception cref="CsvInputException">
    /// The folder or a required table is missing, a file is unreadable, or a required column or a
    /// <see cref="DatasetReadOptions.By"/> column is absent (a bad row never throws; it is rejected).
    /// </exception>
    public static DatasetReport Read(string directory, DatasetReadOptions? options = null)
    {
        Guard.Against.Null(directory);
        options ??= new DatasetReadOptions();
        if (!Directory.Exists(directory))
        {
            throw new CsvInputException($"'{directory}' is not a folder");
        }

        var files = FindFiles(directory);

        // Every header is checked before any row is read: a missing column fails at once, not after the tables before it.
        foreach (var (table, path) in files)
        {
            if (path is not null)
            {
                CheckHeader(table, path, options.By);
            }
        }

        // Each table is read as it is translated (DatasetInput's sequences are enumerated once, in table order), so
        // that only the translation's records are held, never the tables' rows. Contact ids are shared by IDS201,
        // IDS202 and IDS607, which are read one after another.
        var contactIds = new CellPool();
        var by = options.By;
        var input = new DatasetInput
        {
            Referrals = Rows(files[DatasetTable.Referral]!, DatasetTable.Referral, r => ReferralLayout(r, by)),
            CareContacts = Rows(files[DatasetTable.CareContact]!, DatasetTable.CareContact, r => ContactLayout(r, contactIds)),
            CareActivities = files[DatasetTable.CareActivity] is { } activities
                ? Rows(activities, DatasetTable.CareActivity, r => ActivityLayout(r, contactIds)) : [],
            PresentingComplaints = files[DatasetTable.PresentingComplaints] is { } complaints
                ? Rows(complaints, DatasetTable.PresentingComplaints, ComplaintLayout) : [],
            ReferralScores = files[DatasetTable.ReferralScores] is { } referralScores
                ? Rows(referralScores, DatasetTable.ReferralScores, ReferralScoreLayout) : [],
            ContactScores = files[DatasetTable.ContactScores] is { } contactScores
                ? Rows(contactScores, DatasetTable.ContactScores, r => ContactScoreLayout(r, contactIds)) : [],
        };

        DatasetReport result;
        try
        {
            result = NationalDataset.Report(options.Rules, input, new ServiceReportBatchOptions
            {
                Period = options.Period,
                Breakdowns = options.By,
                MaxDegreeOfParallelism = options.Parallelism,
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CsvInputException($"cannot read the tables in '{directory}': {ex.Message}", ex);
        }

        if (options.Rejects is { } rejects)
        {
            ServiceReportFiles.WriteRejectsHeader(rejects);
            foreach (var r in result.Translation.Rejections)
            {
                ServiceReportFiles.WriteReject(rejects, Path.GetFileName(files[r.Table]!), r.Line, r.Field, r.Reason);
            }
        }

        return options.Suppress ? result with { Report = DisclosureControl.Apply(result.Report, options.Rules.Disclosure) } : result;
    }

    /// <summary>
    /// Writes the disagreements with NHS Digital's flags as CSV: the header
    /// <c>PathwayID,flag,nhs_digital,engine,explanation</c>, then one row per disagreement (the flag by its column
    /// name, the values <c>true</c> or <c>false</c>, the explanation's lines joined by <c>; </c>).
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write; left open.</param>
    public static void WriteReconciliation(DatasetReport report, TextWriter output)
    {
        Guard.Against.Null(report);
        Guard.Against.Null(output);
        using var writer = CsvFiles.OpenWriter(output);
        foreach (var d in report.Disagreements)
        {
            using var row = writer.NewRow();
            row["PathwayID"].Set(d.PathwayId);
            row["flag"].Set(NhsdValues.ColumnOf(d.Flag));
            row["nhs_digital"].Set(d.NhsDigital ? "true" : "false");
            row["engine"].Set(d.Engine ? "true" : "false");
            row["explanation"].Set(string.Join("; ", d.Explanation.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim())));
        }

        if (report.Disagreements.IsEmpty)
        {
            output.Write("PathwayID,flag,nhs_digital,engine,explanation\n");
        }
    }

    private static Dictionary<DatasetTable, string?> FindFiles(string directory)
    {
        var found = new Dictionary<DatasetTable, string?>();
        string[] present;
        try
        {
            present = Directory.GetFiles(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CsvInputException($"cannot read the folder '{directory}': {ex.Message}", ex);
        }

        foreach (var table in DatasetTables.All)
        {
            string name = FileNameOf(table);
            string? path = present.Where(p => string.Equals(Path.GetFileName(p), name, StringComparison.OrdinalIgnoreCase))
                .OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault();
            if (path is null && DatasetTables.IsRequired(table))
            {
                throw new CsvInputException($"'{directory}' has no {name} (required)");
            }

            found[table] = path;
        }

        return found;
    }

    private static string[] RequiredColumns(DatasetTable table) => table switch
    {
        DatasetTable.Referral => [DatasetTables.PathwayId, DatasetTables.ReferralReceivedDate, DatasetTables.DischargeDate],
        DatasetTable.CareContact => [DatasetTables.PathwayId, DatasetTables.CareContactId, DatasetTables.CareContactDate, DatasetTables.AttendOrDnaCode, DatasetTables.AppType],
        DatasetTable.CareActivity => [DatasetTables.PathwayId, DatasetTables.CareContactId, DatasetTables.TherapyType],
        DatasetTable.PresentingComplaints => [DatasetTables.PathwayId, DatasetTables.PresentingComplaintSignificance, DatasetTables.PresentingComplaintDate],
        DatasetTable.ReferralScores => [DatasetTables.PathwayId, DatasetTables.ToolType, DatasetTables.PersonScore, DatasetTables.ToolCompletedDate],
        _ => [DatasetTables.PathwayId, DatasetTables.CareContactId, DatasetTables.ToolType, DatasetTables.PersonScore],
    };

    private static void CheckHeader(DatasetTable table, string path, IReadOnlyList<string> by)
    {
        using var reader = CsvRecordReader.Open(path, RequiredColumns(table));
        if (table == DatasetTable.PresentingComplaints && ComplaintColumn(reader) < 0)
        {
            throw new CsvInputException($"'{path}' has no column '{DatasetTables.PresentingComplaint}' or '{DatasetTables.ValidatedPresentingComplaint}' (required)");
        }

        if (table == DatasetTable.Referral)
        {
            var missing = by.Where(b => !reader.TryIndex(b, out _)).ToArray();
            if (missing.Length > 0)
            {
                throw new CsvInputException($"'{path}' has no column {string.Join(", ", missing.Select(m => $"'{m}'"))} (given to --by)");
            }
        }
    }

    private static int ComplaintColumn(CsvRecordReader reader) =>
        reader.TryIndex(DatasetTables.PresentingComplaint, out int i) || reader.TryIndex(DatasetTables.ValidatedPresentingComplaint, out i) ? i : -1;

    private static int Optional(CsvRecordReader reader, string column) => reader.TryIndex(column, out int i) ? i : -1;

    private static int Index(CsvRecordReader reader, string column) => reader.TryIndex(column, out int i) ? i : throw new CsvInputException($"no column '{column}'");

    /// <summary>A cell, trimmed, through <paramref name="pool"/>; <see langword="null"/> when the column is absent or the row is short.</summary>
    private static string? Cell(in CsvRecord row, int index, CellPool pool) =>
        index < 0 || index >= row.FieldCount ? null : pool.Get(row[index]);

    private static RowReader<ReferralRow> ReferralLayout(CsvRecordReader reader, IReadOnlyList<string> by)
    {
        int id = Index(reader, DatasetTables.PathwayId), received = Index(reader, DatasetTables.ReferralReceivedDate);
        int discharge = Index(reader, DatasetTables.DischargeDate), month = Optional(reader, DatasetTables.UniqMonthId);
        int[] attributes = [.. by.Select(b => Index(reader, b))];
        var flags = NhsdValues.All.Select(f => (Flag: f, Index: Optional(reader, NhsdValues.ColumnOf(f)))).Where(f => f.Index >= 0).ToArray();
        var ids = new CellPool(0);
        var dates = new CellPool();
        var months = new CellPool();
        var attributePools = attributes.Select(_ => new CellPool(int.MaxValue)).ToArray();
        return (in CsvRecord row) =>
        {
            var values = default(NhsdValues);
            foreach (var (flag, index) in flags)
            {
                if (index < row.FieldCount && NhsdValues.TryReadFlag(row[index], out bool value))
                {
                    values = values.With(flag, value);
                }
            }

            var attributeValues = ImmutableArray<string>.Empty;
            if (attributes.Length > 0)
            {
                var builder = ImmutableArray.CreateBuilder<string>(attributes.Length);
                for (int a = 0; a < attributes.Length; a++)
                {
                    builder.Add(Cell(row, attributes[a], attributePools[a]) ?? string.Empty);
                }

                attributeValues = builder.MoveToImmutable();
            }

            return new ReferralRow(row.Line, Cell(row, id, ids), Cell(row, received, dates), Cell(row, discharge, dates))
            {
                UniqMonthId = Cell(row, month, months),
                Attributes = attributeValues,
                Flags = values,
            };
        };
    }

    private static RowReader<CareContactRow> ContactLayout(CsvRecordReader reader, CellPool contactIds)
    {
        int id = Index(reader, DatasetTables.PathwayId), contact = Index(reader, DatasetTables.CareContactId), date = Index(reader, DatasetTables.CareContactDate);
        int attend = Index(reader, DatasetTables.AttendOrDnaCode), type = Index(reader, DatasetTables.AppType), month = Optional(reader, DatasetTables.UniqMonthId);
        var ids = new CellPool(0);
        var codes = new CellPool();
        return (in CsvRecord row) => new CareContactRow(
            row.Line, Cell(row, id, ids), Cell(row, contact, contactIds), Cell(row, date, codes), Cell(row, attend, codes), Cell(row, type, codes))
        {
            UniqMonthId = Cell(row, month, codes),
        };
    }

    private static RowReader<CareActivityRow> ActivityLayout(CsvRecordReader reader, CellPool contactIds)
    {
        int id = Index(reader, DatasetTables.PathwayId), contact = Index(reader, DatasetTables.CareContactId), therapy = Index(reader, DatasetTables.TherapyType);
        var ids = new CellPool(0);
        var codes = new CellPool();
        return (in CsvRecord row) => new CareActivityRow(row.Line, Cell(row, id, ids), Cell(row, contact, contactIds), Cell(row, therapy, codes));
    }

    private static RowReader<PresentingComplaintRow> ComplaintLayout(CsvRecordReader reader)
    {
        int id = Index(reader, DatasetTables.PathwayId), code = ComplaintColumn(reader);
        int significance = Index(reader, DatasetTables.PresentingComplaintSignificance), date = Index(reader, DatasetTables.PresentingComplaintDate);
        var ids = new CellPool(0);
        var codes = new CellPool();
        return (in CsvRecord row) => new PresentingComplaintRow(row.Line, Cell(row, id, ids), Cell(row, code, codes), Cell(row, significance, codes), Cell(row, date, codes));
    }

    private static RowReader<ReferralScoreRow> ReferralScoreLayout(CsvRecordReader reader)
    {
        int id = Index(reader, DatasetTables.PathwayId), tool = Index(reader, DatasetTables.ToolType);
        int score = Index(reader, DatasetTables.PersonScore), date = Index(reader, DatasetTables.ToolCompletedDate);
        var ids = new CellPool(0);
        var codes = new CellPool();
        return (in CsvRecord row) => new ReferralScoreRow(row.Line, Cell(row, id, ids), Cell(row, tool, codes), Cell(row, score, codes), Cell(row, date, codes));
    }

    private static RowReader<ContactScoreRow> ContactScoreLayout(CsvRecordReader reader, CellPool contactIds)
    {
        int id = Index(reader, DatasetTables.PathwayId), contact = Index(reader, DatasetTables.CareContactId);
        int tool = Index(reader, DatasetTables.ToolType), score = Index(reader, DatasetTables.PersonScore);
        var ids = new CellPool(0);
        var codes = new CellPool();
        return (in CsvRecord row) => new ContactScoreRow(row.Line, Cell(row, id, ids), Cell(row, contact, contactIds), Cell(row, tool, codes), Cell(row, score, codes));
    }

    /// <summary>Reads one row of a table from a record: the cells the rules read, as text.</summary>
    private delegate T RowReader<T>(in CsvRecord row);

    /// <summary>
    /// The rows of one table, read when enumerated (once, as <see cref="NationalDataset.Translate"/> does): a reader
    /// thread parses the file into batches of <see cref="BatchRows"/> rows, at most <see cref="BatchesAhead"/> ahead of
    /// the enumerating thread, so that parsing and translating use a core each and only those batches are buffered.
    /// </summary>
    private static IEnumerable<T> Rows<T>(string path, DatasetTable table, Func<CsvRecordReader, RowReader<T>> layout)
    {
        using var cancel = new CancellationTokenSource();
        using var batches = new BlockingCollection<T[]>(BatchesAhead);
        var token = cancel.Token;
        var producer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    using var reader = CsvRecordReader.Open(path, RequiredColumns(table));
                    var read = layout(reader);
                    var batch = new T[BatchRows];
                    int count = 0;
                    foreach (var row in reader)
                    {
                        batch[count++] = read(row);
                        if (count == batch.Length)
                        {
                            batches.Add(batch, token);
                            batch = new T[BatchRows];
                            count = 0;
                        }
                    }

                    if (count > 0)
                    {
                        Array.Resize(ref batch, count);
                        batches.Add(batch, token);
                    }
                }
                finally
                {
                    batches.CompleteAdding();
                }
            },
            token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            foreach (var batch in batches.GetConsumingEnumerable())
            {
                foreach (var row in batch)
                {
                    yield return row;
                }
            }

            // The reader's own failure (an unreadable file), after every row it did read.
            producer.GetAwaiter().GetResult();
        }
        finally
        {
            if (!producer.IsCompleted)
            {
                cancel.Cancel();
                try
                {
                    producer.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // Abandoned by the enumerating thread (its own exception is the one that matters).
                }
            }
        }
    }

    /// <summary>
    /// Text cells that repeat (codes, dates, months, contact ids, breakdown values) kept as one string each, so that a
    /// row costs no string of its own for them: at most a bound of distinct values, past which each cell is a new
    /// string (a column of unique values, such as real contact ids, then costs what it did). Always, a cell equal to
    /// the one before in its column is the same string (an extract sorted by <c>PathwayID</c> repeats its ids).
    /// Used by one thread at a time.
    /// </summary>
    private sealed class CellPool
    {
        private const int DefaultBound = 1 << 16;

        private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
        private readonly SpanLookup<string> _lookup;
        private readonly int _bound;
        private string _last = string.Empty;

        /// <param name="bound">The most distinct values kept; 0 to keep only the last.</param>
        public CellPool(int bound = DefaultBound)
        {
            _bound = bound;
            _lookup = new SpanLookup<string>(_values);
        }

        public string Get(ReadOnlySpan<char> cell)
        {
            if (cell.SequenceEqual(_last.AsSpan()))
            {
                return _last;
            }

            if (_bound > 0 && _lookup.TryGetValue(cell, out string? known))
            {
                return _last = known;
            }

            string value = cell.ToString();
            if (_values.Count < _bound)
            {
                _values.Add(value, value);
            }

            return _last = value;
        }
    }
}

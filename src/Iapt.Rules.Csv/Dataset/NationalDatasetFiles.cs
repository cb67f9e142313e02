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
/// <para><b>What streams, what buffers.</b> Each table is read row by row, in the order of
/// <see cref="DatasetTables.All"/>, into a <see cref="DatasetTranslator"/> (no row is kept and no cell becomes a
/// string, except the breakdown values, one string each per distinct value). What the
/// translation and the report hold is in <see cref="DatasetTranslator"/>'s remarks. Each file is parsed on a thread
/// of its own a few thousand rows ahead of the translating thread (the cells it reads copied into batches that the
/// two threads pass back and forth), so that parsing, translating and the disk overlap; the referrals are then
/// assessed on every core.</para>
/// </remarks>
public static class NationalDatasetFiles
{
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

        // Each table is read and translated row by row from the reader's spans (no row is kept, no cell made a
        // string but the few the translator keeps), in the order the translator takes them.
        var translator = new DatasetTranslator(options.Rules);
        var by = options.By;
        DatasetReport result;
        try
        {
            ReadReferrals(files[DatasetTable.Referral]!, by, translator);
            ReadContacts(files[DatasetTable.CareContact]!, translator);
            ReadActivities(files[DatasetTable.CareActivity], translator);
            ReadComplaints(files[DatasetTable.PresentingComplaints], translator);
            ReadContactScores(files[DatasetTable.ContactScores], translator);
            ReadReferralScores(files[DatasetTable.ReferralScores], translator);
            result = translator.Report(new ServiceReportBatchOptions
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

    private static void ReadReferrals(string path, IReadOnlyList<string> by, DatasetTranslator translator)
    {
        var flags = NhsdValues.All;
        var attributePools = by.Select(_ => new CellPool()).ToArray();
        const int first = 4;
        RowBatches.Read(
            path,
            RequiredColumns(DatasetTable.Referral),
            reader => [
                Index(reader, DatasetTables.PathwayId), Index(reader, DatasetTables.ReferralReceivedDate), Index(reader, DatasetTables.DischargeDate),
                Optional(reader, DatasetTables.UniqMonthId), .. flags.Select(f => Optional(reader, NhsdValues.ColumnOf(f))), .. by.Select(b => Index(reader, b)),
            ],
            (batch, r) =>
            {
                var values = default(NhsdValues);
                for (int f = 0; f < flags.Length; f++)
                {
                    if (NhsdValues.TryReadFlag(batch[r, first + f], out bool value))
                    {
                        values = values.With(flags[f], value);
                    }
                }

                var attributeValues = ImmutableArray<string>.Empty;
                if (attributePools.Length > 0)
                {
                    var builder = ImmutableArray.CreateBuilder<string>(attributePools.Length);
                    for (int a = 0; a < attributePools.Length; a++)
                    {
                        builder.Add(attributePools[a].Get(batch[r, first + flags.Length + a].Trim()));
                    }

                    attributeValues = builder.MoveToImmutable();
                }

                translator.AddReferral(batch.Line(r), batch[r, 0], batch[r, 1], batch[r, 2], batch[r, 3], attributeValues, values);
            });
    }

    private static void ReadContacts(string path, DatasetTranslator translator) => RowBatches.Read(
        path,
        RequiredColumns(DatasetTable.CareContact),
        reader => [
            Index(reader, DatasetTables.PathwayId), Index(reader, DatasetTables.CareContactId), Index(reader, DatasetTables.CareContactDate),
            Index(reader, DatasetTables.AttendOrDnaCode), Index(reader, DatasetTables.AppType), Optional(reader, DatasetTables.UniqMonthId),
        ],
        (b, r) => translator.AddCareContact(b.Line(r), b[r, 0], b[r, 1], b[r, 2], b[r, 3], b[r, 4], b[r, 5]));

    private static void ReadActivities(string? path, DatasetTranslator translator) => ReadOptional(
        path,
        DatasetTable.CareActivity,
        reader => [Index(reader, DatasetTables.PathwayId), Index(reader, DatasetTables.CareContactId), Index(reader, DatasetTables.TherapyType)],
        (b, r) => translator.AddCareActivity(b.Line(r), b[r, 0], b[r, 1], b[r, 2]));

    private static void ReadComplaints(string? path, DatasetTranslator translator) => ReadOptional(
        path,
        DatasetTable.PresentingComplaints,
        reader => [
            Index(reader, DatasetTables.PathwayId), ComplaintColumn(reader),
            Index(reader, DatasetTables.PresentingComplaintSignificance), Index(reader, DatasetTables.PresentingComplaintDate),
        ],
        (b, r) => translator.AddPresentingComplaint(b.Line(r), b[r, 0], b[r, 1], b[r, 2], b[r, 3]));

    private static void ReadContactScores(string? path, DatasetTranslator translator) => ReadOptional(
        path,
        DatasetTable.ContactScores,
        reader => [
            Index(reader, DatasetTables.PathwayId), Index(reader, DatasetTables.CareContactId),
            Index(reader, DatasetTables.ToolType), Index(reader, DatasetTables.PersonScore),
        ],
        (b, r) => translator.AddContactScore(b.Line(r), b[r, 0], b[r, 1], b[r, 2], b[r, 3]));

    private static void ReadReferralScores(string? path, DatasetTranslator translator) => ReadOptional(
        path,
        DatasetTable.ReferralScores,
        reader => [
            Index(reader, DatasetTables.PathwayId), Index(reader, DatasetTables.ToolType),
            Index(reader, DatasetTables.PersonScore), Index(reader, DatasetTables.ToolCompletedDate),
        ],
        (b, r) => translator.AddReferralScore(b.Line(r), b[r, 0], b[r, 1], b[r, 2], b[r, 3]));

    /// <summary>Reads an optional table's file when the folder has one (<see cref="RowBatches.Read"/>).</summary>
    private static void ReadOptional(string? path, DatasetTable table, Func<CsvRecordReader, int[]> columns, Action<RowBatch, int> add)
    {
        if (path is not null)
        {
            RowBatches.Read(path, RequiredColumns(table), columns, add);
        }
    }

    /// <summary>
    /// The breakdown values of one column kept as one string each, so that a referral costs no string of its own for
    /// them; a cell equal to the one before is the same string without a lookup. Used by one thread at a time.
    /// </summary>
    private sealed class CellPool
    {
        private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
        private readonly SpanLookup<string> _lookup;
        private string _last = string.Empty;

        public CellPool() => _lookup = new SpanLookup<string>(_values);

        public string Get(ReadOnlySpan<char> cell)
        {
            if (cell.SequenceEqual(_last.AsSpan()))
            {
                return _last;
            }

            if (_lookup.TryGetValue(cell, out string? known))
            {
                return _last = known;
            }

            string value = cell.ToString();
            _values.Add(value, value);
            return _last = value;
        }
    }
}

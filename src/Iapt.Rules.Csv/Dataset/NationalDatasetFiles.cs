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
/// <see cref="DatasetTables.All"/>, straight from the reader's spans into a <see cref="DatasetTranslator"/> (no row is
/// kept and no cell becomes a string, except the breakdown values, one string each per distinct value). What the
/// translation and the report hold is in <see cref="DatasetTranslator"/>'s remarks; the files are read on one thread,
/// the referrals then assessed on every core.</para>
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
            ReadTable(files[DatasetTable.Referral]!, DatasetTable.Referral, r => ReferralLayout(r, by, translator));
            ReadTable(files[DatasetTable.CareContact]!, DatasetTable.CareContact, r => ContactLayout(r, translator));
            ReadTable(files[DatasetTable.CareActivity], DatasetTable.CareActivity, r => ActivityLayout(r, translator));
            ReadTable(files[DatasetTable.PresentingComplaints], DatasetTable.PresentingComplaints, r => ComplaintLayout(r, translator));
            ReadTable(files[DatasetTable.ContactScores], DatasetTable.ContactScores, r => ContactScoreLayout(r, translator));
            ReadTable(files[DatasetTable.ReferralScores], DatasetTable.ReferralScores, r => ReferralScoreLayout(r, translator));
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

    /// <summary>A cell (the reader trims it), or empty when the column is absent or the row is short.</summary>
    private static ReadOnlySpan<char> Cell(in CsvRecord row, int index) => index < 0 ? default : row[index];

    private static RowAction ReferralLayout(CsvRecordReader reader, IReadOnlyList<string> by, DatasetTranslator translator)
    {
        int id = Index(reader, DatasetTables.PathwayId), received = Index(reader, DatasetTables.ReferralReceivedDate);
        int discharge = Index(reader, DatasetTables.DischargeDate), month = Optional(reader, DatasetTables.UniqMonthId);
        int[] attributes = [.. by.Select(b => Index(reader, b))];
        var flags = NhsdValues.All.Select(f => (Flag: f, Index: Optional(reader, NhsdValues.ColumnOf(f)))).Where(f => f.Index >= 0).ToArray();
        var attributePools = attributes.Select(_ => new CellPool()).ToArray();
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
                    builder.Add(attributePools[a].Get(Cell(row, attributes[a])));
                }

                attributeValues = builder.MoveToImmutable();
            }

            translator.AddReferral(row.Line, Cell(row, id), Cell(row, received), Cell(row, discharge), Cell(row, month), attributeValues, values);
        };
    }

    private static RowAction ContactLayout(CsvRecordReader reader, DatasetTranslator translator)
    {
        int id = Index(reader, DatasetTables.PathwayId), contact = Index(reader, DatasetTables.CareContactId), date = Index(reader, DatasetTables.CareContactDate);
        int attend = Index(reader, DatasetTables.AttendOrDnaCode), type = Index(reader, DatasetTables.AppType), month = Optional(reader, DatasetTables.UniqMonthId);
        return (in CsvRecord row) => translator.AddCareContact(
            row.Line, Cell(row, id), Cell(row, contact), Cell(row, date), Cell(row, attend), Cell(row, type), Cell(row, month));
    }

    private static RowAction ActivityLayout(CsvRecordReader reader, DatasetTranslator translator)
    {
        int id = Index(reader, DatasetTables.PathwayId), contact = Index(reader, DatasetTables.CareContactId), therapy = Index(reader, DatasetTables.TherapyType);
        return (in CsvRecord row) => translator.AddCareActivity(row.Line, Cell(row, id), Cell(row, contact), Cell(row, therapy));
    }

    private static RowAction ComplaintLayout(CsvRecordReader reader, DatasetTranslator translator)
    {
        int id = Index(reader, DatasetTables.PathwayId), code = ComplaintColumn(reader);
        int significance = Index(reader, DatasetTables.PresentingComplaintSignificance), date = Index(reader, DatasetTables.PresentingComplaintDate);
        return (in CsvRecord row) => translator.AddPresentingComplaint(row.Line, Cell(row, id), Cell(row, code), Cell(row, significance), Cell(row, date));
    }

    private static RowAction ReferralScoreLayout(CsvRecordReader reader, DatasetTranslator translator)
    {
        int id = Index(reader, DatasetTables.PathwayId), tool = Index(reader, DatasetTables.ToolType);
        int score = Index(reader, DatasetTables.PersonScore), date = Index(reader, DatasetTables.ToolCompletedDate);
        return (in CsvRecord row) => translator.AddReferralScore(row.Line, Cell(row, id), Cell(row, tool), Cell(row, score), Cell(row, date));
    }

    private static RowAction ContactScoreLayout(CsvRecordReader reader, DatasetTranslator translator)
    {
        int id = Index(reader, DatasetTables.PathwayId), contact = Index(reader, DatasetTables.CareContactId);
        int tool = Index(reader, DatasetTables.ToolType), score = Index(reader, DatasetTables.PersonScore);
        return (in CsvRecord row) => translator.AddContactScore(row.Line, Cell(row, id), Cell(row, contact), Cell(row, tool), Cell(row, score));
    }

    /// <summary>Gives one row of a table, as its reader's record, to the translator.</summary>
    private delegate void RowAction(in CsvRecord row);

    /// <summary>Reads one table's file, if given, row by row into the translator (nothing buffered but the reader's own block).</summary>
    private static void ReadTable(string? path, DatasetTable table, Func<CsvRecordReader, RowAction> layout)
    {
        if (path is null)
        {
            return;
        }

        using var reader = CsvRecordReader.Open(path, RequiredColumns(table));
        var add = layout(reader);
        foreach (var row in reader)
        {
            add(row);
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

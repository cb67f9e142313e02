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
/// <para><b>Memory.</b> The rows are streamed from the files; the translation holds every used record.</para>
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
        var input = new DatasetInput
        {
            Referrals = ReadReferrals(files[DatasetTable.Referral]!, options.By),
            CareContacts = ReadContacts(files[DatasetTable.CareContact]!),
            CareActivities = files[DatasetTable.CareActivity] is { } activities ? ReadActivities(activities) : [],
            PresentingComplaints = files[DatasetTable.PresentingComplaints] is { } complaints ? ReadComplaints(complaints) : [],
            ReferralScores = files[DatasetTable.ReferralScores] is { } referralScores ? ReadReferralScores(referralScores) : [],
            ContactScores = files[DatasetTable.ContactScores] is { } contactScores ? ReadContactScores(contactScores) : [],
        };

        // Each file's header is checked when its rows are first read; check them all now, before any work.
        foreach (var (table, path) in files)
        {
            if (path is not null)
            {
                CheckHeader(table, path, options.By);
            }
        }

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

    /// <summary>A cell, trimmed; <see langword="null"/> when the column is absent or the row is short.</summary>
    private static string? Cell(in CsvRecord row, int index) =>
        index < 0 || index >= row.FieldCount ? null : row[index].ToString();

    private static List<ReferralRow> ReadReferrals(string path, IReadOnlyList<string> by)
    {
        using var reader = CsvRecordReader.Open(path, RequiredColumns(DatasetTable.Referral));
        int id = Index(reader, DatasetTables.PathwayId), received = Index(reader, DatasetTables.ReferralReceivedDate);
        int discharge = Index(reader, DatasetTables.DischargeDate), month = Optional(reader, DatasetTables.UniqMonthId);
        int[] attributes = [.. by.Select(b => Index(reader, b))];
        var flags = NhsdValues.All.Select(f => (Flag: f, Index: Optional(reader, NhsdValues.ColumnOf(f)))).Where(f => f.Index >= 0).ToArray();
        var interned = new Dictionary<string, string>[attributes.Length];
        for (int a = 0; a < interned.Length; a++)
        {
            interned[a] = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var rows = new List<ReferralRow>();
        foreach (var row in reader)
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
                    builder.Add(Intern(interned[a], Cell(row, attributes[a]) ?? string.Empty));
                }

                attributeValues = builder.MoveToImmutable();
            }

            rows.Add(new ReferralRow(row.Line, Cell(row, id), Cell(row, received), Cell(row, discharge))
            {
                UniqMonthId = Cell(row, month),
                Attributes = attributeValues,
                Flags = values,
            });
        }

        return rows;
    }

    private static string Intern(Dictionary<string, string> pool, string value)
    {
        if (pool.TryGetValue(value, out string? known))
        {
            return known;
        }

        pool.Add(value, value);
        return value;
    }

    private static List<CareContactRow> ReadContacts(string path)
    {
        using var reader = CsvRecordReader.Open(path, RequiredColumns(DatasetTable.CareContact));
        int id = Index(reader, DatasetTables.PathwayId), contact = Index(reader, DatasetTables.CareContactId), date = Index(reader, DatasetTables.CareContactDate);
        int attend = Index(reader, DatasetTables.AttendOrDnaCode), type = Index(reader, DatasetTables.AppType), month = Optional(reader, DatasetTables.UniqMonthId);
        var rows = new List<CareContactRow>();
        foreach (var row in reader)
        {
            rows.Add(new CareContactRow(row.Line, Cell(row, id), Cell(row, contact), Cell(row, date), Cell(row, attend), Cell(row, type))
            {
                UniqMonthId = Cell(row, month),
            });
        }

        return rows;
    }

    private static List<CareActivityRow> ReadActivities(string path)
    {
        using var reader = CsvRecordReader.Open(path, RequiredColumns(DatasetTable.CareActivity));
        int id = Index(reader, DatasetTables.PathwayId), contact = Index(reader, DatasetTables.CareContactId), therapy = Index(reader, DatasetTables.TherapyType);
        var rows = new List<CareActivityRow>();
        foreach (var row in reader)
        {
            rows.Add(new CareActivityRow(row.Line, Cell(row, id), Cell(row, contact), Cell(row, therapy)));
        }

        return rows;
    }

    private static List<PresentingComplaintRow> ReadComplaints(string path)
    {
        using var reader = CsvRecordReader.Open(path, RequiredColumns(DatasetTable.PresentingComplaints));
        int id = Index(reader, DatasetTables.PathwayId), code = ComplaintColumn(reader);
        int significance = Index(reader, DatasetTables.PresentingComplaintSignificance), date = Index(reader, DatasetTables.PresentingComplaintDate);
        var rows = new List<PresentingComplaintRow>();
        foreach (var row in reader)
        {
            rows.Add(new PresentingComplaintRow(row.Line, Cell(row, id), Cell(row, code), Cell(row, significance), Cell(row, date)));
        }

        return rows;
    }

    private static List<ReferralScoreRow> ReadReferralScores(string path)
    {
        using var reader = CsvRecordReader.Open(path, RequiredColumns(DatasetTable.ReferralScores));
        int id = Index(reader, DatasetTables.PathwayId), tool = Index(reader, DatasetTables.ToolType);
        int score = Index(reader, DatasetTables.PersonScore), date = Index(reader, DatasetTables.ToolCompletedDate);
        var rows = new List<ReferralScoreRow>();
        foreach (var row in reader)
        {
            rows.Add(new ReferralScoreRow(row.Line, Cell(row, id), Cell(row, tool), Cell(row, score), Cell(row, date)));
        }

        return rows;
    }

    private static List<ContactScoreRow> ReadContactScores(string path)
    {
        using var reader = CsvRecordReader.Open(path, RequiredColumns(DatasetTable.ContactScores));
        int id = Index(reader, DatasetTables.PathwayId), contact = Index(reader, DatasetTables.CareContactId);
        int tool = Index(reader, DatasetTables.ToolType), score = Index(reader, DatasetTables.PersonScore);
        var rows = new List<ContactScoreRow>();
        foreach (var row in reader)
        {
            rows.Add(new ContactScoreRow(row.Line, Cell(row, id), Cell(row, contact), Cell(row, tool), Cell(row, score)));
        }

        return rows;
    }
}

using System.Globalization;
using nietras.SeparatedValues;

namespace Iapt.Rules.Csv;

/// <summary>
/// The one reader of comma-separated extracts, shared by every command (<c>iapt score</c>, <c>outcomes</c>,
/// <c>waits</c>, <c>report</c>): a header row, then records. Enumerating gives every record once, in file order,
/// each either well formed or carrying its fault (<see cref="CsvRecord.FaultField"/>, <see cref="CsvRecord.FaultReason"/>),
/// so that a caller writes one output row per record, always.
/// </summary>
/// <remarks>
/// <para><b>Records.</b> Lines end with <c>\n</c> or <c>\r\n</c>; a field in double quotes may hold commas, line
/// breaks and doubled quotes (<c>""</c>). A blank line (nothing, or only spaces, between two line breaks) is no
/// record: it is skipped, wherever it is, trailing ones included, as spreadsheet exports write them.</para>
/// <para><b>Faults</b>, in the order checked: a field whose quoting is bad (a quote inside an unquoted field, text
/// after a closing quote, or a quote never closed, which runs to the end of the file), named by its column; a row
/// with fewer fields than the header, named by the first missing column; a row with more fields than the header.
/// A fault's reason gives the line and the field counts, never a cell's content.</para>
/// <para><b>Header.</b> Column names are trimmed and matched case-insensitively. Columns a caller does not ask for
/// are ignored, whatever their names: blank, duplicated or unknown. A column the caller asks for that appears more
/// than once is an error naming it (<see cref="TryIndex"/>). Messages never quote the header row, which in a file
/// without one is patient data.</para>
/// <para><b>Fields</b> come back trimmed and unquoted (<see cref="CsvRecord.this[int]"/>); the library's field
/// readers (<see cref="Episodes.RecordFields"/>) then read them, the same way for every command.</para>
/// <para>Reading never throws for the content of a file, only <see cref="CsvInputException"/> when the file as a whole
/// cannot be read (missing, unreadable, no header row, a required column absent or duplicated).</para>
/// </remarks>
public sealed class CsvRecordReader : IDisposable
{
    /// <summary>The path that stands for standard input, as command lines write it.</summary>
    public const string StandardInput = "-";

    /// <summary>The <see cref="CsvRecord.FaultField"/> of a row with more fields than the header (no column is at fault).</summary>
    public const string RowField = "row";

    private readonly SepReader _reader;
    private readonly string[] _names;
    private readonly Stream? _owned;

    private CsvRecordReader(SepReader reader, string path, string[] names, Stream? owned)
    {
        _reader = reader;
        Path = path;
        _names = names;
        _owned = owned;
    }

    /// <summary>The path the file was opened by (<c>-</c> for standard input), as messages name it.</summary>
    public string Path { get; }

    /// <summary>The file's name without its folder (<c>stdin</c> for standard input), as a rejects file names it.</summary>
    public string FileName => Path == StandardInput ? "stdin" : System.IO.Path.GetFileName(Path);

    /// <summary>The header's column names, trimmed, in file order (blank and duplicated names included).</summary>
    public IReadOnlyList<string> ColumnNames => _names;

    /// <summary>The number of fields of the header: every record should have as many.</summary>
    public int ColumnCount => _names.Length;

    /// <summary>
    /// Opens a file (or standard input, for <see cref="StandardInput"/>) and reads its header, checking that every
    /// one of <paramref name="requiredColumns"/> is there exactly once.
    /// </summary>
    /// <param name="path">The file, or <c>-</c> for standard input.</param>
    /// <param name="requiredColumns">The columns the caller cannot do without.</param>
    /// <returns>The reader, positioned before the first record; the caller disposes it.</returns>
    /// <exception cref="CsvInputException">The file is missing, unreadable or empty, or a required column is absent or duplicated.</exception>
    public static CsvRecordReader Open(string path, params string[] requiredColumns)
    {
        Guard.Against.Null(path);
        if (path == StandardInput)
        {
            // Console.In, not the raw stream, so that a host (or a test) can redirect it with Console.SetIn.
            var input = Console.In;
            return Open(path, options => options.From(input), owned: null, requiredColumns);
        }

        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CsvInputException($"cannot read '{path}': {Reason(ex)}", ex);
        }

        return Open(path, options => options.From(stream, leaveOpen: true), stream, requiredColumns);
    }

    /// <summary>
    /// Reads comma-separated text from <paramref name="stream"/> (left open: the caller disposes it) as
    /// <see cref="Open(string, string[])"/> does; <paramref name="path"/> names it in messages.
    /// </summary>
    /// <param name="stream">The text, UTF-8 unless a byte order mark says otherwise.</param>
    /// <param name="path">The name of the file in messages.</param>
    /// <param name="requiredColumns">The columns the caller cannot do without.</param>
    /// <returns>The reader, positioned before the first record.</returns>
    /// <exception cref="CsvInputException">The text is unreadable or empty, or a required column is absent or duplicated.</exception>
    public static CsvRecordReader Open(Stream stream, string path, params string[] requiredColumns)
    {
        Guard.Against.Null(stream);
        return Open(path, options => options.From(stream, leaveOpen: true), owned: null, requiredColumns);
    }

    private static CsvRecordReader Open(string path, Func<SepReaderOptions, SepReader> from, Stream? owned, string[] requiredColumns)
    {
        Guard.Against.Null(path);
        Guard.Against.Null(requiredColumns);
        SepReader? sep = null;
        try
        {
            sep = from(Sep.New(',').Reader(o => o with
            {
                HasHeader = false,
                Unescape = false,
                DisableColCountCheck = true,
                CultureInfo = CultureInfo.InvariantCulture,
            }));
            string[]? names = null;
            while (names is null && sep.MoveNext())
            {
                var row = sep.Current;
                if (!IsBlank(row))
                {
                    names = ReadHeader(row);
                }
            }

            if (names is null)
            {
                throw new CsvInputException($"'{path}' is empty: it has no header row");
            }

            var reader = new CsvRecordReader(sep, path, names, owned);
            var missing = requiredColumns.Where(c => !reader.TryIndex(c, out _)).ToArray();
            if (missing.Length > 0)
            {
                throw new CsvInputException(
                    $"'{path}' has no column {string.Join(", ", missing.Select(m => $"'{m}'"))} (required)");
            }

            return reader;
        }
        catch (Exception ex)
        {
            sep?.Dispose();
            owned?.Dispose();
            if (ex is CsvInputException)
            {
                throw;
            }

            if (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or InvalidDataException)
            {
                throw new CsvInputException($"cannot read '{path}': {Reason(ex)}", ex);
            }

            throw;
        }
    }

    /// <summary>
    /// Whether the header has <paramref name="column"/> (trimmed names, case-insensitive), and its index (-1 when not).
    /// </summary>
    /// <param name="column">The column's name.</param>
    /// <param name="index">Its index; -1 when absent.</param>
    /// <returns>Whether the column is there.</returns>
    /// <exception cref="CsvInputException">The column appears more than once: which one holds the values is unknown.</exception>
    public bool TryIndex(string column, out int index)
    {
        Guard.Against.Null(column);
        index = -1;
        int count = 0;
        for (int i = 0; i < _names.Length; i++)
        {
            if (string.Equals(_names[i], column, StringComparison.OrdinalIgnoreCase))
            {
                index = count++ == 0 ? i : index;
            }
        }

        if (count > 1)
        {
            throw new CsvInputException(
                FormattableString.Invariant($"'{Path}': column '{column}' appears {count} times (a column that is read must appear once)"));
        }

        return count == 1;
    }

    /// <summary>The index of a column that must be there (checked by <see cref="Open(string, string[])"/>).</summary>
    /// <param name="column">The column's name.</param>
    /// <returns>Its index.</returns>
    /// <exception cref="CsvInputException">The column is absent or duplicated.</exception>
    public int Index(string column) =>
        TryIndex(column, out int index) ? index : throw new CsvInputException($"'{Path}' has no column '{column}' (required)");

    /// <summary>The records, in file order, blank lines skipped.</summary>
    /// <returns>The enumerator (one pass: the reader reads the file as it goes).</returns>
    public Enumerator GetEnumerator() => new(this);

    /// <inheritdoc/>
    public void Dispose()
    {
        _reader.Dispose();
        _owned?.Dispose();
    }

    /// <summary>Whether a row is a blank line: one field holding nothing but spaces or tabs.</summary>
    internal static bool IsBlank(SepReader.Row row) => row.ColCount == 1 && row.Span.Trim().IsEmpty;

    private static string[] ReadHeader(SepReader.Row row)
    {
        var names = new string[row.ColCount];
        for (int i = 0; i < names.Length; i++)
        {
            var raw = row[i].Span;
            names[i] = CsvField.IsWellQuoted(raw) ? CsvField.Unquote(raw).ToString() : raw.Trim().ToString();
        }

        return names;
    }

    /// <summary>An exception's message when it cannot carry file content (I/O errors name paths, not cells).</summary>
    private static string Reason(Exception ex) => ex is IOException or UnauthorizedAccessException ? ex.Message : ex.GetType().Name;

    private bool MoveNext()
    {
        try
        {
            return _reader.MoveNext();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new CsvInputException($"cannot read '{Path}': {Reason(ex)}", ex);
        }
    }

    /// <summary>Enumerates the records of a <see cref="CsvRecordReader"/>.</summary>
    public ref struct Enumerator
    {
        private readonly CsvRecordReader _owner;
        private CsvRecord _current;

        internal Enumerator(CsvRecordReader owner)
        {
            _owner = owner;
            _current = default;
        }

        /// <summary>The current record.</summary>
        public readonly CsvRecord Current => _current;

        /// <summary>Moves to the next record, skipping blank lines.</summary>
        /// <returns>Whether there is one.</returns>
        public bool MoveNext()
        {
            while (_owner.MoveNext())
            {
                var row = _owner._reader.Current;
                if (!IsBlank(row))
                {
                    _current = new CsvRecord(row, _owner._names);
                    return true;
                }
            }

            return false;
        }
    }
}

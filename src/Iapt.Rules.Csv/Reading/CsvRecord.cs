using System.Globalization;
using nietras.SeparatedValues;

namespace Iapt.Rules.Csv;

/// <summary>
/// One record of a <see cref="CsvRecordReader"/>: its line, its fields (trimmed and unquoted) and, when it is not
/// well formed, its fault. Valid only until the reader moves on.
/// </summary>
public readonly ref struct CsvRecord
{
    private readonly SepReader.Row _row;
    private readonly string[] _names;

    private const byte None = 0;
    private const byte BadQuoting = 1;
    private const byte Short = 2;
    private const byte Long = 3;

    private readonly byte _fault;
    private readonly bool _quoted;
    private readonly int _faultColumn;

    internal CsvRecord(SepReader.Row row, string[] names)
    {
        _row = row;
        _names = names;
        Line = row.LineNumberFrom;
        LineEnd = row.LineNumberToExcl;
        _quoted = row.Span.IndexOf('"') >= 0;
        (_fault, _faultColumn) = FindFault(row, names.Length, _quoted);
    }

    /// <summary>The line the record starts on (the header is line 1; blank lines count).</summary>
    public int Line { get; }

    /// <summary>The line after the record's last (a quoted field may span lines).</summary>
    public int LineEnd { get; }

    /// <summary>The number of fields the record has.</summary>
    public int FieldCount => _row.ColCount;

    /// <summary>Whether the record is well formed: as many fields as the header, each well quoted.</summary>
    public bool IsWellFormed => _fault == None;

    /// <summary>
    /// The column at fault (the first badly quoted one, or the first missing one; a blank-named column by its
    /// position, <c>column 3</c>), or <see cref="CsvRecordReader.RowField"/> for a row with too many fields;
    /// <see langword="null"/> when well formed.
    /// </summary>
    public string? FaultField => _fault switch
    {
        None => null,
        Long => CsvRecordReader.RowField,
        _ => _faultColumn < _names.Length ? ColumnName(_names, _faultColumn) : CsvRecordReader.RowField,
    };

    /// <summary>
    /// Why the record is not well formed, without the line (a rejects file gives it in a column of its own): field
    /// counts, never a cell; <see langword="null"/> when it is well formed.
    /// </summary>
    public string? FaultReason => _fault switch
    {
        None => null,
        BadQuoting => "bad quoting (a quote inside an unquoted field or after a closing one; or a quote never closed)",
        Short => string.Create(CultureInfo.InvariantCulture, $"missing (the row has {_row.ColCount} fields; the header has {_names.Length})"),
        _ => string.Create(CultureInfo.InvariantCulture, $"the row has more fields than the header ({_row.ColCount}; the header has {_names.Length})"),
    };

    /// <summary>
    /// The fault as one message with its line, <c>field: reason</c> (the reason alone for a row with too many
    /// fields), for an output row's <c>error</c> column; <see langword="null"/> when well formed.
    /// </summary>
    public string? FaultMessage => _fault switch
    {
        None => null,
        BadQuoting => string.Create(CultureInfo.InvariantCulture, $"{FaultField}: bad quoting on line {Line} (a quote inside an unquoted field or after a closing one; or a quote never closed)"),
        Short => string.Create(CultureInfo.InvariantCulture, $"{FaultField}: missing (line {Line} has {_row.ColCount} fields; the header has {_names.Length})"),
        _ => string.Create(CultureInfo.InvariantCulture, $"the row has more fields than the header (line {Line} has {_row.ColCount}; the header has {_names.Length})"),
    };

    /// <summary>
    /// Field <paramref name="index"/>, trimmed of spaces and tabs and, when quoted, unquoted (<c>""</c> read as one
    /// quote); empty when the record has no such field, and for a badly quoted field (what it holds is unknown: a
    /// quote never closed runs to the end of the file).
    /// </summary>
    /// <param name="index">The column index, from <see cref="CsvRecordReader.TryIndex"/>.</param>
    public ReadOnlySpan<char> this[int index]
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)_row.ColCount)
            {
                return default;
            }

            // Most rows hold no quote at all: then no field needs looking at for one.
            var raw = _row[index].Span;
            if (!_quoted || raw.IndexOf('"') < 0)
            {
                return raw.Trim();
            }

            return CsvField.IsWellQuoted(raw) ? CsvField.Unquote(raw) : default;
        }
    }

    /// <summary>The record's text as the file has it (every field, separators and quotes included).</summary>
    internal ReadOnlySpan<char> Text => _row.Span;

    /// <summary>Whether the record holds a quote anywhere (then a field's text may differ from its value).</summary>
    internal bool HasQuotes => _quoted;

    /// <summary>
    /// Where field <paramref name="index"/> lies in <see cref="Text"/>, untrimmed: its start and length (0 and 0 past
    /// the last field). Only for a record without quotes, where the text is the value.
    /// </summary>
    /// <param name="index">The field's position.</param>
    /// <returns>Its start in <see cref="Text"/> and its length.</returns>
    internal (int Start, int Length) RawRange(int index)
    {
        if ((uint)index >= (uint)_row.ColCount)
        {
            return (0, 0);
        }

        var field = _row[index].Span;
        int start = (int)(System.Runtime.CompilerServices.Unsafe.ByteOffset(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(_row.Span),
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(field)) / sizeof(char));
        return (start, field.Length);
    }

    private static (byte Fault, int Column) FindFault(SepReader.Row row, int columns, bool quoted)
    {
        int count = row.ColCount;
        if (quoted)
        {
            for (int i = 0; i < count; i++)
            {
                var raw = row[i].Span;
                if (raw.IndexOf('"') >= 0 && !CsvField.IsWellQuoted(raw))
                {
                    return (BadQuoting, i);
                }
            }
        }

        return count < columns ? (Short, count) : count > columns ? (Long, columns) : (None, -1);
    }

    /// <summary>A column's name for a message: its header name, or its position when the name is blank.</summary>
    private static string ColumnName(string[] names, int index) =>
        names[index].Length > 0 ? names[index] : string.Create(CultureInfo.InvariantCulture, $"column {index + 1}");
}

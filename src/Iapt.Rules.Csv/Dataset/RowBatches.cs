using System.Collections.Concurrent;

namespace Iapt.Rules.Csv;

/// <summary>
/// Some thousands of a table's rows as text: the cells of the columns a reader asked for, copied out of the file's
/// records (so that they outlive the reader's block), with each row's line. Filled by one thread, then read by
/// another, then filled again: a batch is reused, never shared by two threads at once.
/// </summary>
internal sealed class RowBatch(int fields)
{
    /// <summary>Rows per batch: enough that handing a batch over costs little per row.</summary>
    public const int Capacity = 4096;

    private readonly int[] _lines = new int[Capacity];
    private readonly int[] _starts = new int[Capacity * fields];
    private readonly int[] _lengths = new int[Capacity * fields];
    private char[] _chars = new char[Capacity * fields * 12];
    private int _charCount;

    /// <summary>The number of cells per row (the columns asked for).</summary>
    public int Fields { get; } = fields;

    /// <summary>The number of rows held.</summary>
    public int Count { get; private set; }

    /// <summary>Whether the batch is full.</summary>
    public bool IsFull => Count == Capacity;

    /// <summary>The line of row <paramref name="row"/>.</summary>
    /// <param name="row">From 0 to <see cref="Count"/> - 1.</param>
    /// <returns>The line (the header is line 1).</returns>
    public int Line(int row) => _lines[row];

    /// <summary>Cell <paramref name="field"/> of row <paramref name="row"/> (empty for an absent column; untrimmed unless the row was quoted).</summary>
    /// <param name="row">From 0 to <see cref="Count"/> - 1.</param>
    /// <param name="field">From 0 to <see cref="Fields"/> - 1.</param>
    public ReadOnlySpan<char> this[int row, int field]
    {
        get
        {
            int at = (row * Fields) + field;
            return _chars.AsSpan(_starts[at], _lengths[at]);
        }
    }

    /// <summary>Empties the batch for reuse.</summary>
    public void Clear()
    {
        Count = 0;
        _charCount = 0;
    }

    /// <summary>
    /// Adds a row: the record's cells at <paramref name="columns"/> (-1 for an absent column, an empty cell), as the
    /// file has them (untrimmed; the translator trims). A record without quotes is copied whole, once, and its cells
    /// are ranges of that copy; a quoted one cell by cell, unquoted.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="columns">The columns' indexes, <see cref="Fields"/> of them.</param>
    public void Add(in CsvRecord record, int[] columns)
    {
        int at = Count * Fields;
        if (!record.HasQuotes)
        {
            var text = record.Text;
            Reserve(text.Length);
            int origin = _charCount;
            text.CopyTo(_chars.AsSpan(origin));
            _charCount += text.Length;
            for (int f = 0; f < columns.Length; f++)
            {
                var (start, length) = columns[f] < 0 ? (0, 0) : record.RawRange(columns[f]);
                _starts[at + f] = origin + start;
                _lengths[at + f] = length;
            }
        }
        else
        {
            for (int f = 0; f < columns.Length; f++)
            {
                var cell = columns[f] < 0 ? default : record[columns[f]];
                Reserve(cell.Length);
                cell.CopyTo(_chars.AsSpan(_charCount));
                _starts[at + f] = _charCount;
                _lengths[at + f] = cell.Length;
                _charCount += cell.Length;
            }
        }

        _lines[Count++] = record.Line;
    }

    private void Reserve(int length)
    {
        if (_charCount + length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + length));
        }
    }
}

/// <summary>
/// Reads one table's file on a thread of its own into <see cref="RowBatch"/>es while the calling thread gives each
/// row to its consumer, in file order: the parsing (and, on a cold file cache, the disk) then overlaps the
/// translation. A few batches circulate between the two threads, so the rows buffered are bounded and nothing is
/// allocated per row.
/// </summary>
internal static class RowBatches
{
    /// <summary>Batches in circulation: how far the reader thread may be ahead.</summary>
    private const int InFlight = 4;

    /// <summary>Reads <paramref name="path"/> and calls <paramref name="add"/> for each row, in order, on the calling thread.</summary>
    /// <param name="path">The file.</param>
    /// <param name="requiredColumns">The columns the file must have.</param>
    /// <param name="columns">The indexes of the cells to give, from the opened reader (-1 for an absent optional column).</param>
    /// <param name="add">Receives each row: the batch and the row's number in it.</param>
    /// <exception cref="CsvInputException">The file cannot be opened or read (the rows read before are given).</exception>
    public static void Read(string path, string[] requiredColumns, Func<CsvRecordReader, int[]> columns, Action<RowBatch, int> add)
    {
        using var cancel = new CancellationTokenSource();
        using var full = new BlockingCollection<RowBatch>(InFlight);
        using var free = new BlockingCollection<RowBatch>(InFlight);
        var token = cancel.Token;
        var reader = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    using var csv = CsvRecordReader.Open(path, requiredColumns);
                    int[] indexes = columns(csv);
                    for (int i = 0; i < InFlight; i++)
                    {
                        free.Add(new RowBatch(indexes.Length), token);
                    }

                    var batch = free.Take(token);
                    foreach (var record in csv)
                    {
                        batch.Add(record, indexes);
                        if (batch.IsFull)
                        {
                            full.Add(batch, token);
                            batch = free.Take(token);
                            batch.Clear();
                        }
                    }

                    if (batch.Count > 0)
                    {
                        full.Add(batch, token);
                    }
                }
                finally
                {
                    full.CompleteAdding();
                }
            },
            token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            foreach (var batch in full.GetConsumingEnumerable())
            {
                for (int r = 0; r < batch.Count; r++)
                {
                    add(batch, r);
                }

                free.Add(batch);
            }

            // The reader's own failure (an unreadable file), after every row it did read.
            reader.GetAwaiter().GetResult();
        }
        finally
        {
            if (!reader.IsCompleted)
            {
                cancel.Cancel();
                try
                {
                    reader.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // Abandoned by the consuming thread (its own exception is the one that matters).
                }
            }
        }
    }
}

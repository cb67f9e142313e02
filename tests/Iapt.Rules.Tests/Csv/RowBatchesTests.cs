using System.Text;
using Iapt.Rules.Csv;

namespace Iapt.Rules.Tests.Csv;

/// <summary>A table read on a thread of its own in batches: every row once, in file order, with its line and cells, and failures passed on.</summary>
public sealed class RowBatchesTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"rowbatches-{Guid.NewGuid():N}.csv");

    public void Dispose() => File.Delete(_path);

    private void Write(string text) => File.WriteAllText(_path, text, new UTF8Encoding(false));

    private List<(int Line, string[] Cells)> ReadAll(Func<CsvRecordReader, int[]> columns, params string[] required)
    {
        var rows = new List<(int, string[])>();
        RowBatches.Read(_path, required, columns, (batch, r) =>
            rows.Add((batch.Line(r), [.. Enumerable.Range(0, batch.Fields).Select(f => batch[r, f].ToString())])));
        return rows;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData(40_000)]
    public void Every_row_is_given_once_in_file_order_across_batches(int count)
    {
        var text = new StringBuilder("a,b\n");
        for (int i = 0; i < count; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"x{i},{i}\n");
        }

        Write(text.ToString());
        var rows = ReadAll(r => [r.Index("b"), r.Index("a")], "a");
        Assert.Equal(count, rows.Count);
        for (int i = 0; i < count; i++)
        {
            Assert.Equal(i + 2, rows[i].Line);
            Assert.Equal([i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"x{i}"], rows[i].Cells);
        }
    }

    [Fact]
    public void An_absent_column_and_a_short_row_give_empty_cells_blank_lines_are_skipped_and_cells_are_as_written()
    {
        Write("a,b\n 1 , 2 \n\n3\n");
        var rows = ReadAll(r => [r.Index("a"), -1, r.Index("b")]);
        Assert.Equal(["2:  1 || 2 ", "4: 3||"], rows.Select(row => $"{row.Line}: {string.Join('|', row.Cells)}"));
    }

    [Fact]
    public void A_quoted_row_gives_its_cells_unquoted_and_trimmed_beside_rows_taken_whole()
    {
        Write("a,b,c\nx1, y1 ,z1\n\"x,2\", \"y\"\"2\" ,z2\nx3,,z3\n");
        var rows = ReadAll(r => [r.Index("c"), r.Index("a"), r.Index("b")]);
        Assert.Equal(["2: z1|x1| y1 ", "3: z2|x,2|y\"2", "4: z3|x3|"], rows.Select(row => $"{row.Line}: {string.Join('|', row.Cells)}"));
    }

    [Fact]
    public void Cells_of_a_row_taken_whole_are_its_own_past_a_batch_s_growth()
    {
        string wide = new('w', 100_000);
        Write($"a,b\nfirst,{wide}\nsecond,{wide}x\n");
        var rows = ReadAll(r => [r.Index("a"), r.Index("b")]);
        Assert.Equal(["first", wide], rows[0].Cells);
        Assert.Equal(["second", wide + "x"], rows[1].Cells);
    }

    [Fact]
    public void A_cell_longer_than_the_batch_s_first_buffer_is_kept_whole()
    {
        string longCell = new('z', 300_000);
        Write($"a,b\n{longCell},1\nq,2\n");
        var rows = ReadAll(r => [r.Index("a"), r.Index("b")]);
        Assert.Equal(longCell, rows[0].Cells[0]);
        Assert.Equal(["q", "2"], rows[1].Cells);
    }

    [Fact]
    public void A_missing_required_column_is_reported_from_the_reading_thread()
    {
        Write("a\n1\n");
        var error = Assert.Throws<CsvInputException>(() => ReadAll(r => [0], "a", "b"));
        Assert.Contains("'b'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_reported()
    {
        Assert.Throws<CsvInputException>(() => ReadAll(r => [0], "a"));
    }

    [Fact]
    public void The_consumer_s_failure_stops_the_reading_thread_and_is_the_one_thrown()
    {
        var text = new StringBuilder("a\n");
        for (int i = 0; i < 100_000; i++)
        {
            text.Append("1\n");
        }

        Write(text.ToString());
        int seen = 0;
        var error = Assert.Throws<InvalidOperationException>(() => RowBatches.Read(_path, ["a"], r => [0], (batch, r) =>
        {
            if (++seen == 5000)
            {
                throw new InvalidOperationException("consumer");
            }
        }));
        Assert.Equal("consumer", error.Message);
        Assert.Equal(5000, seen);
    }

    [Fact]
    public void A_long_quoted_cell_grows_its_batch_and_the_cells_after_it_are_kept()
    {
        string longCell = new('q', 200_000);
        Write($"a,b\n\"{longCell}\",1\n\"{longCell}x\",2\n");
        var rows = ReadAll(r => [r.Index("a"), r.Index("b")]);
        Assert.Equal([longCell, "1"], rows[0].Cells);
        Assert.Equal([longCell + "x", "2"], rows[1].Cells);
    }
}

using System.Text;
using Iapt.Rules.Csv;
using Iapt.Rules.Tests.Cli;

namespace Iapt.Rules.Tests.Csv.Reading;

/// <summary>
/// The one CSV reader of every command (issue 16): blank lines skipped, short and long rows and bad quoting as
/// faults with line and column, fields trimmed and unquoted, columns matched once, no cell in any message.
/// </summary>
[Collection(ConsoleInput.Collection)]
public class CsvRecordReaderTests
{
    private static CsvRecordReader Open(string text, params string[] required) =>
        CsvRecordReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), "test.csv", required);

    /// <summary>Each record as <c>line:field|field</c>, or <c>line!fault</c>.</summary>
    private static List<string> Records(string text)
    {
        using var reader = Open(text);
        var records = new List<string>();
        foreach (var record in reader)
        {
            if (!record.IsWellFormed)
            {
                records.Add($"{record.Line}!{record.FaultMessage}");
                continue;
            }

            var fields = new List<string>();
            for (int i = 0; i < record.FieldCount; i++)
            {
                fields.Add(record[i].ToString());
            }

            records.Add($"{record.Line}:{string.Join("|", fields)}");
        }

        return records;
    }

    [Theory]
    [InlineData("a,b\n1,2\n\n")]
    [InlineData("a,b\n1,2\n\n\n\n")]
    [InlineData("a,b\r\n1,2\r\n\r\n")]
    [InlineData("a,b\n1,2\n   \n")]
    [InlineData("a,b\n1,2")]
    public void Blank_lines_are_no_records(string text) => Assert.Equal(["2:1|2"], Records(text));

    [Fact]
    public void Lines_count_blank_lines_and_the_header()
    {
        Assert.Equal(["3:1|2", "5:3|4"], Records("a,b\n\n1,2\n\n3,4\n"));
        Assert.Equal(["3:1|2"], Records("\na,b\n1,2\n"));
    }

    [Fact]
    public void Fields_are_trimmed_and_unquoted()
    {
        Assert.Equal(["2:x|y, z|say \"hi\"|"], Records("a,b,c,d\n  x , \"y, z\" ,\"say \"\"hi\"\"\",\"\"\n"));
    }

    [Fact]
    public void A_quoted_field_may_span_lines()
    {
        Assert.Equal(["2:one\ntwo|b", "4:3|4"], Records("a,b\n\"one\ntwo\",b\n3,4\n"));
    }

    [Fact]
    public void A_short_row_names_the_first_missing_column()
    {
        Assert.Equal(["2!b: missing (line 2 has 1 fields; the header has 3)", "3:1|2|3"], Records("a,b,c\nsecret\n1,2,3\n"));
    }

    [Fact]
    public void A_long_row_is_a_fault_of_the_row()
    {
        using var reader = Open("a,b\n1,2,secret\n");
        foreach (var record in reader)
        {
            Assert.Equal(CsvRecordReader.RowField, record.FaultField);
            Assert.Equal("the row has more fields than the header (line 2 has 3; the header has 2)", record.FaultMessage);
        }
    }

    [Theory]
    [InlineData("a,b\n1,\"secret\n", "b")]
    [InlineData("a,b\n1,sec\"ret\"\n", "b")]
    [InlineData("a,b\n\"secret\"x,2\n", "a")]
    [InlineData("a,b\n1,\"a\"\"\n", "b")]
    public void Bad_quoting_names_its_column_and_never_the_cell(string text, string column)
    {
        using var reader = Open(text);
        int records = 0;
        foreach (var record in reader)
        {
            records++;
            Assert.Equal(column, record.FaultField);
            Assert.StartsWith("bad quoting (", record.FaultReason, StringComparison.Ordinal);
            Assert.StartsWith(column + ": bad quoting on line 2 (", record.FaultMessage, StringComparison.Ordinal);
            Assert.DoesNotContain("secret", record.FaultMessage, StringComparison.Ordinal);
            Assert.True(record[column == "a" ? 0 : 1].IsEmpty);
        }

        Assert.Equal(1, records);
    }

    [Fact]
    public void Columns_match_trimmed_and_in_any_case()
    {
        using var reader = Open(" Referral_ID ,\"Date\"\n1,2\n", "referral_id", "date");
        Assert.Equal(0, reader.Index("referral_id"));
        Assert.Equal(1, reader.Index("DATE"));
        Assert.False(reader.TryIndex("type", out int absent));
        Assert.Equal(-1, absent);
    }

    [Fact]
    public void Blank_and_duplicated_columns_that_are_not_asked_for_are_ignored()
    {
        using var reader = Open("id,,x,x,\n1,2,3,4,5\n", "id");
        Assert.Equal(0, reader.Index("id"));
        Assert.Equal(5, reader.ColumnCount);
    }

    [Fact]
    public void A_duplicated_column_that_is_asked_for_is_an_error_naming_it()
    {
        var error = Assert.Throws<CsvInputException>(() => Open("id,ID,x\n1,2,3\n", "id"));
        Assert.Equal("'test.csv': column 'id' appears 2 times (a column that is read must appear once)", error.Message);
    }

    [Fact]
    public void A_missing_column_is_an_error_that_quotes_no_header_cell()
    {
        var error = Assert.Throws<CsvInputException>(() => Open("4711,secret,4711\n", "id", "measure"));
        Assert.Equal("'test.csv' has no column 'id', 'measure' (required)", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public void An_empty_file_is_an_error(string text)
    {
        var error = Assert.Throws<CsvInputException>(() => Open(text, "id"));
        Assert.Equal("'test.csv' is empty: it has no header row", error.Message);
    }

    [Fact]
    public void A_missing_file_is_an_error()
    {
        var error = Assert.Throws<CsvInputException>(() => CsvRecordReader.Open(Path.Combine(Path.GetTempPath(), "no-such-file-i16.csv"), "id"));
        Assert.StartsWith("cannot read '", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_column_name()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("id,measure\n1,phq9\n")).ToArray();
        using var reader = CsvRecordReader.Open(new MemoryStream(bytes), "bom.csv", "id");
        Assert.Equal(0, reader.Index("id"));
    }

    [Fact]
    public void A_dash_reads_standard_input()
    {
        var saved = Console.In;
        try
        {
            Console.SetIn(new StringReader("id,measure\n7,phq9\n"));
            using var reader = CsvRecordReader.Open(CsvRecordReader.StandardInput, "id");
            Assert.Equal("stdin", reader.FileName);
            foreach (var record in reader)
            {
                Assert.Equal("7", record[reader.Index("id")].ToString());
            }
        }
        finally
        {
            Console.SetIn(saved);
        }
    }

    /// <summary>A blank header name gives the column by its position in a fault (never an empty field name).</summary>
    [Fact]
    public void A_missing_column_without_a_name_is_named_by_its_position()
    {
        Assert.Equal(["2!column 2: missing (line 2 has 1 fields; the header has 3)"], Records("a,,c\n1\n"));
    }

    /// <summary>Bad quoting in a field the header has no column for is a fault of the row, as a long row is.</summary>
    [Fact]
    public void Bad_quoting_past_the_last_column_is_a_fault_of_the_row()
    {
        using var reader = Open("a,b\n1,2,x\"y\n");
        int records = 0;
        foreach (var record in reader)
        {
            records++;
            Assert.Equal(CsvRecordReader.RowField, record.FaultField);
            Assert.StartsWith("row: bad quoting on line 2 (", record.FaultMessage, StringComparison.Ordinal);
        }

        Assert.Equal(1, records);
    }

    /// <summary>A short row's missing fields read as empty, from the first missing one on.</summary>
    [Fact]
    public void A_field_the_row_does_not_have_reads_as_empty()
    {
        using var reader = Open("a,b,c\n1,2\n");
        foreach (var record in reader)
        {
            Assert.Equal(2, record.FieldCount);
            Assert.Equal("2", record[1].ToString());
            Assert.True(record[2].IsEmpty);
        }
    }

    [Fact]
    public void A_file_is_named_without_its_folder()
    {
        using var file = new TempCsv("id\n1\n", "referrals.csv");
        using var reader = CsvRecordReader.Open(file.Path, "id");
        Assert.Equal(file.Path, reader.Path);
        Assert.Equal("referrals.csv", reader.FileName);
    }

    /// <summary>A stream the caller passes stays the caller's: disposing the reader leaves it open.</summary>
    [Fact]
    public void Disposing_the_reader_leaves_the_caller_s_stream_open()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes("id\n1\n"));
        CsvRecordReader.Open(stream, "test.csv", "id").Dispose();
        Assert.True(stream.CanRead);
    }

    /// <summary>
    /// A file the reader opened is closed when it is disposed: afterwards the file opens for exclusive use (on Unix
    /// .NET takes an advisory lock for each open file, so a file left open refuses it).
    /// </summary>
    [Fact]
    public void Disposing_the_reader_closes_the_file_it_opened()
    {
        using var file = new TempCsv("id\n1\n");
        CsvRecordReader.Open(file.Path, "id").Dispose();
        using var exclusive = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.None);
        Assert.True(exclusive.CanRead);
    }

    /// <summary>
    /// A file whose header lacks a required column is refused, and the file the reader opened is closed before the
    /// error reaches the caller (who never gets a reader to dispose).
    /// </summary>
    [Fact]
    public void A_file_refused_for_its_header_is_closed()
    {
        using var file = new TempCsv("name\n1\n");
        Assert.Throws<CsvInputException>(() => CsvRecordReader.Open(file.Path, "id"));
        using var exclusive = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.None);
        Assert.True(exclusive.CanRead);
    }

    /// <summary>An input/output error while the header is read is the file's error, with the system's reason.</summary>
    [Fact]
    public void An_io_error_reading_the_header_is_an_input_error_with_its_reason()
    {
        var error = Assert.Throws<CsvInputException>(() => CsvRecordReader.Open(new FailingStream([], new IOException("device gone")), "test.csv"));
        Assert.Equal("cannot read 'test.csv': device gone", error.Message);
        Assert.IsType<IOException>(error.InnerException);
    }

    /// <summary>Text that is not valid for its encoding is named by the error's kind alone (its message could quote the text).</summary>
    [Fact]
    public void Undecodable_text_in_the_header_is_an_input_error_naming_only_its_kind()
    {
        var error = Assert.Throws<CsvInputException>(() => CsvRecordReader.Open(new FailingStream([], new InvalidDataException("secret")), "test.csv"));
        Assert.Equal("cannot read 'test.csv': InvalidDataException", error.Message);
    }

    /// <summary>An error of another kind is a programming error, not the file's: it is not turned into an input error.</summary>
    [Fact]
    public void An_unexpected_error_reading_the_header_is_not_an_input_error()
    {
        Assert.Throws<InvalidOperationException>(() => CsvRecordReader.Open(new FailingStream([], new InvalidOperationException("bug")), "test.csv"));
    }

    /// <summary>An error after the header, while records are read, is the file's error too.</summary>
    [Fact]
    public void An_io_error_reading_the_records_is_an_input_error_with_its_reason()
    {
        // The header and enough records to fill the parser's buffer come before the failure.
        var text = Encoding.UTF8.GetBytes("id\n" + string.Concat(Enumerable.Repeat("1\n", 100_000)));
        using var reader = CsvRecordReader.Open(new FailingStream(text, new IOException("device gone")), "test.csv", "id");
        var error = Assert.Throws<CsvInputException>(() =>
        {
            foreach (var record in reader)
            {
                Assert.True(record.IsWellFormed);
            }
        });
        Assert.Equal("cannot read 'test.csv': device gone", error.Message);
    }

    /// <summary>A stream that gives <c>bytes</c>, then throws <c>failure</c> on the next read.</summary>
    private sealed class FailingStream(byte[] bytes, Exception failure) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position >= bytes.Length)
            {
                throw failure;
            }

            int n = Math.Min(buffer.Length, bytes.Length - _position);
            bytes.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

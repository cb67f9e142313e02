using System.Text;
using Iapt.Rules.Csv;

using Iapt.Rules.Tests.Cli;

namespace Iapt.Rules.Tests.Csv;

/// <summary>Splitting a CSV file into byte ranges at line starts, and reading one range behind the header.</summary>
public class FileRangesTests
{
    private const string Header = "id,value\n";

    private static string Rows(int count) => string.Concat(Enumerable.Range(0, count).Select(i => $"r{i:000},{i % 10}\n"));

    private static FileRanges Split(TempCsv file, int parts)
    {
        Assert.True(FileRanges.TrySplit(file.Path, parts, out var ranges));
        return ranges!;
    }

    private static string ReadAll(FileRanges.RangeStream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        return reader.ReadToEnd();
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Every_range_after_the_first_starts_just_after_a_line_feed_past_the_header(int parts)
    {
        string text = Header + Rows(100);
        using var file = new TempCsv(text);
        var ranges = Split(file, parts);

        Assert.Equal(parts, ranges.Count);
        Assert.Equal(0, ranges.Starts[0]);
        Assert.Equal(text.Length, ranges.Length);
        for (int i = 1; i < ranges.Count; i++)
        {
            Assert.True(ranges.Starts[i] > ranges.Starts[i - 1]);
            Assert.True(ranges.Starts[i] >= Header.Length);
            Assert.Equal('\n', text[(int)ranges.Starts[i] - 1]);
        }
    }

    [Fact]
    public void The_ranges_read_behind_the_header_give_back_the_file()
    {
        string text = Header + Rows(50);
        using var file = new TempCsv(text);
        var ranges = Split(file, 3);

        var rows = new StringBuilder();
        for (int i = 0; i < ranges.Count; i++)
        {
            using var stream = ranges.Open(i);
            string range = ReadAll(stream);
            Assert.True(stream.ReadToEnd);
            Assert.StartsWith(Header, range, StringComparison.Ordinal);
            rows.Append(range[Header.Length..]);
        }

        Assert.Equal(text[Header.Length..], rows.ToString());
    }

    /// <summary>With more parts than rows, a range starts at each row at most: fewer ranges, never an empty one after the first.</summary>
    [Fact]
    public void More_parts_than_rows_give_fewer_ranges()
    {
        using var file = new TempCsv(Header + Rows(2));
        var ranges = Split(file, 4);
        Assert.InRange(ranges.Count, 2, 3);
        Assert.Equal(ranges.Starts.Distinct().Count(), ranges.Count);
        Assert.True(ranges.Starts[^1] < ranges.Length);
    }

    /// <summary>One row: the first range is the header alone, the second the row.</summary>
    [Fact]
    public void A_single_row_is_a_range_of_its_own()
    {
        using var file = new TempCsv(Header + "r1,1");
        var ranges = Split(file, 2);
        Assert.Equal([0L, Header.Length], ranges.Starts);
    }

    [Theory]
    [InlineData("id,value\n", 2)]           // a header and no rows
    [InlineData("id,value", 2)]             // no line feed at all
    [InlineData("\"id,value\nr1,1\n", 2)]   // a header with an odd number of quotes
    [InlineData("id,value\nr1,1\nr2,2\n", 1)] // one part asked for
    public void A_file_that_cannot_be_split_in_two_is_not_split(string text, int parts)
    {
        using var file = new TempCsv(text);
        Assert.False(FileRanges.TrySplit(file.Path, parts, out var ranges));
        Assert.Null(ranges);
    }

    [Fact]
    public void A_missing_file_is_not_split()
    {
        Assert.False(FileRanges.TrySplit(Path.Combine(Path.GetTempPath(), $"iapt-missing-{Guid.NewGuid():N}.csv"), 2, out _));
    }

    /// <summary>
    /// The split is checked after reading: quotes counted in each range (not in the header read in front) must be even
    /// from the file's start to every range start, else a range may start inside a quoted field.
    /// </summary>
    [Fact]
    public void Quotes_closed_before_a_range_start_pass_the_check()
    {
        using var file = new TempCsv(Header + Rows(20) + "r1,\"a\"\n" + Rows(40));
        Assert.True(Counted(Split(file, 2)));
    }

    [Fact]
    public void A_quoted_field_spanning_a_range_start_fails_the_check()
    {
        string before = Header + Rows(20) + "r1,\"";
        string text = before + string.Concat(Enumerable.Repeat("x\n", 400)) + "\"\n" + Rows(5);
        using var file = new TempCsv(text);
        var ranges = Split(file, 2);
        Assert.InRange(ranges.Starts[1], before.Length, text.Length - Rows(5).Length);
        Assert.False(Counted(ranges));
    }

    private static bool Counted(FileRanges ranges)
    {
        var streams = Enumerable.Range(0, ranges.Count).Select(ranges.Open).ToArray();
        try
        {
            long quotes = 0;
            foreach (var stream in streams)
            {
                ReadAll(stream);
                quotes += stream.Quotes;
            }

            Assert.Equal(2, quotes); // the header read in front of later ranges is not counted
            return FileRanges.QuotesBalancedAtStarts(streams);
        }
        finally
        {
            foreach (var stream in streams)
            {
                stream.Dispose();
            }
        }
    }

    /// <summary>A range not read to its end cannot vouch for the quotes before the next range.</summary>
    [Fact]
    public void A_range_not_read_to_its_end_fails_the_check()
    {
        using var file = new TempCsv(Header + Rows(100));
        var ranges = Split(file, 2);
        using var first = ranges.Open(0);
        using var second = ranges.Open(1);
        first.ReadExactly(new byte[10]);
        ReadAll(second);
        Assert.False(first.ReadToEnd);
        Assert.False(FileRanges.QuotesBalancedAtStarts([first, second]));
    }

    /// <summary>An even number of quotes in the header (quoted column names) leaves it closed: the file still splits.</summary>
    [Fact]
    public void A_header_with_quoted_names_is_split()
    {
        const string quotedHeader = "\"id\",\"value\"\n";
        using var file = new TempCsv(quotedHeader + Rows(100));
        var ranges = Split(file, 2);
        Assert.Equal(quotedHeader, Encoding.UTF8.GetString(ranges.Header.Span));
    }

    /// <summary>
    /// The last range has no range start after it to vouch for: a last range not read to its end (or with an odd
    /// number of quotes, which its own reader reports as an unclosed quote) does not fail the check.
    /// </summary>
    [Fact]
    public void The_last_range_is_not_checked()
    {
        using var file = new TempCsv(Header + Rows(100));
        var ranges = Split(file, 2);
        using var first = ranges.Open(0);
        using var second = ranges.Open(1);
        ReadAll(first);
        second.ReadExactly(new byte[10]);
        Assert.False(second.ReadToEnd);
        Assert.True(FileRanges.QuotesBalancedAtStarts([first, second]));
    }

    /// <summary>A reader's buffer may be smaller than the header: the header comes through in pieces, then the range.</summary>
    [Fact]
    public void A_range_read_a_few_bytes_at_a_time_gives_the_header_then_its_bytes()
    {
        string text = Header + Rows(100);
        using var file = new TempCsv(text);
        var ranges = Split(file, 2);
        using var second = ranges.Open(1);

        var bytes = new List<byte>();
        var buffer = new byte[4];
        int read;
        while ((read = second.Read(buffer, 0, buffer.Length)) > 0)
        {
            bytes.AddRange(buffer.AsSpan(0, read).ToArray());
        }

        Assert.Equal(Header + text[(int)ranges.Starts[1]..], Encoding.UTF8.GetString([.. bytes]));
    }

    [Fact]
    public void A_range_is_read_only_and_not_seekable()
    {
        using var file = new TempCsv(Header + Rows(10));
        using var stream = Split(file, 2).Open(0);
        Assert.True(stream.CanRead);
        Assert.False(stream.CanWrite);
        Assert.False(stream.CanSeek);
    }

    /// <summary>Disposing a range's stream closes its handle: the file then opens for exclusive use (see the reader's test).</summary>
    [Fact]
    public void Disposing_a_range_closes_the_file()
    {
        using var file = new TempCsv(Header + Rows(10));
        var ranges = Split(file, 2);
        ranges.Open(0).Dispose();
        ranges.Open(1).Dispose();
        using var exclusive = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.None);
        Assert.True(exclusive.CanRead);
    }
}

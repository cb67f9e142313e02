using Iapt.Rules.Csv;
using Iapt.Rules.Tests.Cli;

namespace Iapt.Rules.Tests.Csv;

/// <summary>
/// The package's shared CSV helpers: the row estimate that sizes the report's tables (a capacity hint from the file's
/// length and its first 64 KiB) and the writer every CSV output uses.
/// </summary>
public class CsvFilesTests
{
    /// <summary><paramref name="count"/> lines of exactly 16 bytes each (15 characters and a line feed).</summary>
    private static string Lines(int count) => string.Concat(Enumerable.Range(0, count).Select(i => $"{i,14:D14},\n"));

    /// <summary>
    /// A file shorter than the 64 KiB sample: 1,000 lines of 16 bytes, so 16 bytes a line, 16,000 / 16 = 1,000 lines,
    /// and 5% over that is 1,050.
    /// </summary>
    [Fact]
    public void A_file_read_whole_is_estimated_at_its_lines_and_five_per_cent_more()
    {
        using var file = new TempCsv(Lines(1000));
        Assert.Equal(1050, CsvFiles.EstimateRows(file.Path));
    }

    /// <summary>
    /// A file of 8,192 lines of 16 bytes (128 KiB): the first 64 KiB hold 4,096 lines, 16 bytes a line, so the file
    /// holds about 131,072 / 16 = 8,192 lines, and 5% over is 8,601.6, rounded down to 8,601.
    /// </summary>
    [Fact]
    public void A_file_longer_than_the_sample_is_estimated_from_the_sample_s_bytes_a_line()
    {
        using var file = new TempCsv(Lines(8192));
        Assert.Equal(8601, CsvFiles.EstimateRows(file.Path));
    }

    /// <summary>No line feed in the sample: no bytes-a-line to go by, so no estimate (0), not a division by zero.</summary>
    [Fact]
    public void A_file_without_a_line_feed_is_estimated_at_zero()
    {
        using var file = new TempCsv("referral_id,referral_date");
        Assert.Equal(0, CsvFiles.EstimateRows(file.Path));
    }

    /// <summary>A file that cannot be opened gives 0: the estimate is a hint, and the reader reports the file's error.</summary>
    [Fact]
    public void A_missing_file_is_estimated_at_zero()
    {
        string path = Path.Combine(Path.GetTempPath(), $"iapt-test-{Guid.NewGuid():N}", "referrals.csv");
        Assert.Equal(0, CsvFiles.EstimateRows(path));
    }

    [Fact]
    public void The_writer_writes_a_header_and_quotes_only_fields_that_need_it()
    {
        var output = new StringWriter();
        using (var writer = CsvFiles.OpenWriter(output))
        {
            using var row = writer.NewRow();
            row["id"].Set("r1");
            row["reason"].Set("a, b");
        }

        Assert.Equal("id,reason\nr1,\"a, b\"\n", output.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>
    /// Disposing the writer flushes it and leaves the caller's output open: a command writes the rejects after the
    /// results to the same output, and the caller closes it (a closed <see cref="StringWriter"/> refuses writes).
    /// </summary>
    [Fact]
    public void Disposing_the_writer_leaves_the_caller_s_output_open()
    {
        var output = new StringWriter();
        using (var writer = CsvFiles.OpenWriter(output))
        {
            using var row = writer.NewRow();
            row["id"].Set("r1");
        }

        output.Write("after");
        Assert.Equal("id\nr1\nafter", output.ToString().ReplaceLineEndings("\n"));
    }
}

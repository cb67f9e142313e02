using nietras.SeparatedValues;

namespace Iapt.Rules.Csv;

/// <summary>Opening CSV inputs and outputs the same way for every command.</summary>
public static class CsvFiles
{
    /// <summary>
    /// Opens a comma-separated file with a header whose column names match case-insensitively, after checking that
    /// every required column is present.
    /// </summary>
    /// <exception cref="CsvInputException">The file is missing or unreadable, or a required column is absent.</exception>
    public static SepReader OpenReader(string path, params string[] requiredColumns) =>
        Open(path, options => options.FromFile(path), requiredColumns);

    /// <summary>
    /// Opens comma-separated text read from <paramref name="stream"/> (left open: the caller disposes it) the same way as
    /// <see cref="OpenReader(string, string[])"/>; <paramref name="path"/> names the file in messages.
    /// </summary>
    /// <exception cref="CsvInputException">The stream is unreadable, or a required column is absent.</exception>
    public static SepReader OpenReader(Stream stream, string path, params string[] requiredColumns) =>
        Open(path, options => options.From(stream, leaveOpen: true), requiredColumns);

    private static SepReader Open(string path, Func<SepReaderOptions, SepReader> from, string[] requiredColumns)
    {
        SepReader reader;
        try
        {
            reader = from(Sep.New(',').Reader(o => o with
            {
                HasHeader = true,
                ColNameComparer = StringComparer.OrdinalIgnoreCase,
                Unescape = true,
                DisableColCountCheck = true,
                CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
            }));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CsvInputException($"cannot read '{path}': {ex.Message}", ex);
        }

        var header = reader.Header;
        var missing = requiredColumns.Where(c => !header.TryIndexOf(c, out _)).ToArray();
        if (missing.Length > 0)
        {
            reader.Dispose();
            throw new CsvInputException(
                $"'{path}' has no column {string.Join(", ", missing.Select(m => $"'{m}'"))} (required)");
        }

        return reader;
    }

    /// <summary>
    /// About how many rows a file holds, from its length and the rows in its first 64 KiB (a little over, so that
    /// collections sized by it rarely grow); 0 when the file cannot be read. Only a capacity hint: never a count.
    /// </summary>
    internal static int EstimateRows(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            var sample = new byte[64 * 1024];
            int read = stream.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
            int lines = sample.AsSpan(0, read).Count((byte)'\n');
            if (lines == 0)
            {
                return 0;
            }

            double estimate = stream.Length / ((double)read / lines) * 1.05;
            return (int)Math.Min(estimate, Array.MaxLength / 2);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>Whether the header has a column (case-insensitive), and its index.</summary>
    public static bool TryIndex(SepReader reader, string column, out int index) =>
        reader.Header.TryIndexOf(column, out index);

    /// <summary>A comma-separated writer with a header, quoting fields only when needed.</summary>
    public static SepWriter OpenWriter(TextWriter output) =>
        Sep.New(',').Writer(o => o with { WriteHeader = true, Escape = true }).To(output, leaveOpen: true);
}

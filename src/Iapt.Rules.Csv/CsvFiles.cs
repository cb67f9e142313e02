using nietras.SeparatedValues;

namespace Iapt.Rules.Csv;

/// <summary>
/// Writing CSV outputs the same way for every command (inputs are read by <see cref="CsvRecordReader"/>, the one reader).
/// </summary>
public static class CsvFiles
{
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

    /// <summary>A comma-separated writer with a header, quoting fields only when needed.</summary>
    public static SepWriter OpenWriter(TextWriter output) =>
        Sep.New(',').Writer(o => o with { WriteHeader = true, Escape = true }).To(output, leaveOpen: true);
}

using nietras.SeparatedValues;

namespace Iapt.Rules.Cli.Csv;

/// <summary>Opening CSV inputs and outputs the same way for every command.</summary>
internal static class CsvFiles
{
    /// <summary>
    /// Opens a comma-separated file with a header whose column names match case-insensitively, after checking that
    /// every required column is present.
    /// </summary>
    /// <exception cref="CsvInputException">The file is missing or unreadable, or a required column is absent.</exception>
    public static SepReader OpenReader(string path, params string[] requiredColumns)
    {
        SepReader reader;
        try
        {
            reader = Sep.New(',').Reader(o => o with
            {
                HasHeader = true,
                ColNameComparer = StringComparer.OrdinalIgnoreCase,
                Unescape = true,
                DisableColCountCheck = true,
                CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
            }).FromFile(path);
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

    /// <summary>Whether the header has a column (case-insensitive), and its index.</summary>
    public static bool TryIndex(SepReader reader, string column, out int index) =>
        reader.Header.TryIndexOf(column, out index);

    /// <summary>A comma-separated writer with a header, quoting fields only when needed.</summary>
    public static SepWriter OpenWriter(TextWriter output) =>
        Sep.New(',').Writer(o => o with { WriteHeader = true, Escape = true }).To(output, leaveOpen: true);
}

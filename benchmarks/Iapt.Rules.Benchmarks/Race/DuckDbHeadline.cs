using DuckDB.NET.Data;

namespace Iapt.Rules.Benchmarks.Race;

/// <summary>Runs the headline SQL in a fresh in-memory DuckDB connection.</summary>
internal static class DuckDbHeadline
{
    /// <summary>Runs the statements in order and reads the last one's single row as counts by column name.</summary>
    public static IReadOnlyDictionary<string, long> Run(IReadOnlyList<string> statements)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        for (int i = 0; i < statements.Count - 1; i++)
        {
            using var command = connection.CreateCommand();
            command.CommandText = statements[i];
            command.ExecuteNonQuery();
        }

        using var query = connection.CreateCommand();
        query.CommandText = statements[^1];
        using var reader = query.ExecuteReader();
        if (!reader.Read())
        {
            throw new InvalidOperationException("The headline query returned no row.");
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        for (int i = 0; i < reader.FieldCount; i++)
        {
            counts[reader.GetName(i)] = reader.GetInt64(i);
        }

        return counts;
    }

    /// <summary>The DuckDB library version, for the output.</summary>
    public static string Version()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version()";
        return command.ExecuteScalar()?.ToString() ?? "unknown";
    }
}

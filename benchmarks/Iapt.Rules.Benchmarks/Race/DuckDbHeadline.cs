using DuckDB.NET.Data;

namespace Iapt.Rules.Benchmarks.Race;

/// <summary>Runs the headline SQL in a fresh in-memory DuckDB connection.</summary>
internal static class DuckDbHeadline
{
    /// <summary>What a plan gave: the counts by column name, and which statements gave them (and why, when the fallback).</summary>
    public sealed record Result(IReadOnlyDictionary<string, long> Counts, string Path);

    /// <summary>
    /// Runs a plan: its statements, then, when it has a fallback and the statements failed on a value (a DuckDB
    /// conversion error) or counted rows that need the text checks (<c>needs_text</c> not zero), the fallback in a
    /// fresh connection.
    /// </summary>
    public static Result Run(HeadlineSqlPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Fallback is null)
        {
            return new Result(Run(plan.Statements), "one plan");
        }

        string why;
        try
        {
            var counts = Run(plan.Statements);
            long unsure = counts.TryGetValue("needs_text", out long n) ? n : 0;
            if (unsure == 0)
            {
                return new Result(counts, "exact plan");
            }

            why = $"{unsure} session rows need the text checks";
        }
        catch (DuckDBException ex) when (ex.Message.Contains("Conversion Error", StringComparison.Ordinal)
            || ex.Message.Contains("Could not convert", StringComparison.Ordinal))
        {
            // The message names a line and quotes it: say only that a value did not read.
            why = "a value did not read as its type";
        }

        return new Result(Run(plan.Fallback), "lenient plan (" + why + ")");
    }

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

using System.CommandLine;
using Iapt.Rules.Cli.Csv;
using Iapt.Rules.Csv;
using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Cli.Commands;

/// <summary>
/// <c>iapt score FILE</c>: scores every row of a CSV of questionnaire answers. Input columns (case-insensitive, any
/// order, extra columns ignored): <c>id</c>, <c>measure</c> (a key or a name as people write it: <c>PHQ-9</c>,
/// <c>GAD7</c>, <c>pcl-5</c>), <c>items</c> (a missing answer <c>NA</c> or <c>.</c>; an item that does not apply
/// <c>n/a</c>, allowed for WSAS item 1 and PHQ-15 item 4), <c>total</c>. Output on stdout, one row per input row in
/// input order: <c>id,status,measure,total,severity,caseness,risk,error</c>; <c>total</c> is a whole number, or the MI
/// mean to two decimal places; <c>severity</c> is the band of every measure that has bands.
/// </summary>
internal static class ScoreCommand
{
    /// <summary>The output columns, in order (a contract other tools rely on).</summary>
    public static readonly string[] OutputColumns = ["id", "status", "measure", "total", "severity", "caseness", "risk", "error"];

    public static Command Create() =>
        CommandRunner.FileCommand("score", "Score questionnaire answers: total, severity, caseness and the PHQ-9 risk item", "CSV with columns id, measure, items and/or total", Run);

    public static int Run(string path, RuleSet rules, TextWriter stdout, TextWriter stderr) =>
        CommandRunner.Run("score", stdout, stderr, output =>
        {
            using var reader = CsvFiles.OpenReader(path, "id", "measure");
            bool hasItems = CsvFiles.TryIndex(reader, "items", out int itemsIndex);
            bool hasTotal = CsvFiles.TryIndex(reader, "total", out int totalIndex);
            if (!hasItems && !hasTotal)
            {
                throw new CsvInputException($"'{path}' has neither an 'items' nor a 'total' column (one is required)");
            }

            CsvFiles.TryIndex(reader, "id", out int idIndex);
            CsvFiles.TryIndex(reader, "measure", out int measureIndex);
            using var writer = CsvFiles.OpenWriter(output);

            // The header comes first even when the file has no rows.
            writer.Header.Add(OutputColumns);
            writer.Header.Write();
            foreach (var row in reader)
            {
                using var outRow = writer.NewRow();
                foreach (var column in OutputColumns)
                {
                    outRow[column].Set(string.Empty);
                }

                outRow["id"].Set(row[idIndex].Span);
                var found = rules.Measures.Find(row[measureIndex].ToString());
                if (found.TryPickT1(out var unknown, out var measure))
                {
                    Invalid(outRow, unknown);
                    continue;
                }

                outRow["measure"].Set(measure.Key);
                var items = hasItems ? row[itemsIndex].Span : default;
                var total = hasTotal ? row[totalIndex].Span : default;
                var result = measure.ScoreText(items, total);
                if (result.TryPickT1(out var error, out var score))
                {
                    Invalid(outRow, error);
                    continue;
                }

                outRow["status"].Set("scored");
                outRow["total"].Set(score.FormatValue());
                if (score.Severity is { } band)
                {
                    outRow["severity"].Set(band.Key);
                }

                if (score.IsCase is bool isCase)
                {
                    outRow["caseness"].Set(Bool(isCase));
                }

                if (score.Risk != RiskSignal.NotAssessed)
                {
                    outRow["risk"].Set(Bool(score.Risk == RiskSignal.Raised));
                }
            }
        });

    private static void Invalid(nietras.SeparatedValues.SepWriter.Row row, ScoringError error)
    {
        row["status"].Set("invalid");
        row["error"].Set(error.Message);
    }

    private static string Bool(bool value) => value ? "true" : "false";
}

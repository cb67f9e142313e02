using System.CommandLine;
using Iapt.Rules.Csv;
using Iapt.Rules.Episodes;
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
        CommandRunner.FileCommand(
            "score",
            CommandRunner.Help(
                "Score questionnaire answers: total, severity, caseness and the PHQ-9 risk item. Output: " + string.Join(',', OutputColumns) + ", one row per input record.",
                "a CSV with a header; columns id, measure (a key or a name: PHQ-9, gad7) and items (answers separated by spaces; NA or . missing, n/a not applicable) and/or total; any order, any case, other columns ignored; cells trimmed.",
                "iapt score answers.csv > scores.csv"),
            "CSV with columns id, measure, items and/or total",
            Run);

    public static int Run(string path, RuleSet rules, TextWriter stdout, TextWriter stderr) =>
        CommandRunner.Run("score", stdout, stderr, output =>
        {
            using var reader = CsvRecordReader.Open(path, "id", "measure");
            bool hasItems = reader.TryIndex("items", out int itemsIndex);
            bool hasTotal = reader.TryIndex("total", out int totalIndex);
            if (!hasItems && !hasTotal)
            {
                throw new CsvInputException($"'{path}' has neither an 'items' nor a 'total' column (one is required)");
            }

            int idIndex = reader.Index("id");
            int measureIndex = reader.Index("measure");
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

                var id = row[idIndex];
                outRow["id"].Set(id);
                if (row.FaultMessage is { } fault)
                {
                    Invalid(outRow, fault);
                    continue;
                }

                if (id.IsEmpty)
                {
                    Invalid(outRow, "id: " + RecordFields.IdExpected);
                    continue;
                }

                var found = rules.Measures.Find(row[measureIndex].ToString());
                if (found.TryPickT1(out var unknown, out var measure))
                {
                    Invalid(outRow, unknown.Message);
                    continue;
                }

                outRow["measure"].Set(measure.Key);
                var items = hasItems ? row[itemsIndex] : default;
                var total = hasTotal ? row[totalIndex] : default;
                var result = measure.ScoreText(items, total);
                if (result.TryPickT1(out var error, out var score))
                {
                    Invalid(outRow, error.Message);
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

    private static void Invalid(nietras.SeparatedValues.SepWriter.Row row, string message)
    {
        row["status"].Set("invalid");
        row["error"].Set(message);
    }

    private static string Bool(bool value) => value ? "true" : "false";
}

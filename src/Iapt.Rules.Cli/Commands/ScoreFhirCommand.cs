using System.CommandLine;
using System.Globalization;
using Iapt.Rules.Cli.Csv;
using Iapt.Rules.Csv;
using Iapt.Rules.Fhir;
using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Cli.Commands;

/// <summary>
/// <c>iapt score-fhir FILE...</c>: scores every FHIR R4 QuestionnaireResponse in JSON files (single resources or
/// Bundles; Questionnaires in any of the files identify the responses' items). Output on stdout, the columns of
/// <c>iapt score</c>, one row per QuestionnaireResponse in file and entry order: <c>id</c> (the response's id),
/// <c>status</c>, <c>measure</c>, <c>total</c>, <c>severity</c>, <c>caseness</c>, <c>risk</c>, <c>error</c>. The reading
/// and the rules live in Iapt.Rules.Fhir; this is the shell.
/// </summary>
internal static class ScoreFhirCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE")
        {
            Description = "FHIR R4 JSON: QuestionnaireResponses, Questionnaires, or Bundles of them",
            Arity = ArgumentArity.OneOrMore,
        };
        var help = "Score FHIR QuestionnaireResponses (PHQ-9, GAD-7 by LOINC): the columns of iapt score, one row per response.\n\n" +
            "Input: FHIR R4 JSON files, each a QuestionnaireResponse, a Questionnaire or a Bundle of them.\n\n" +
            "Example: iapt score-fhir docs/examples/questionnaire-responses.json > scores.csv\n\n" + CommandRunner.ExitCodes;
        var command = new Command("score-fhir", help) { files };
        command.SetAction(parse => StandardStreams.WithOutput(
            parse, (stdout, stderr) => Run([.. parse.GetValue(files)!.Select(f => f.FullName)], RuleSet.ManualV4, stdout, stderr)));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, RuleSet rules, TextWriter stdout, TextWriter stderr) =>
        CommandRunner.Run("score-fhir", stdout, stderr, output =>
        {
            // Every file is read before anything is written: an unusable file stops the command with no rows.
            var resources = FhirResourceSet.Combine(paths.Select(Read).ToList());
            var scorer = new QuestionnaireResponseScorer(rules);
            using var writer = CsvFiles.OpenWriter(output);
            writer.Header.Add(ScoreCommand.OutputColumns);
            writer.Header.Write();
            foreach (var response in resources.Responses)
            {
                using var row = writer.NewRow();
                foreach (var column in ScoreCommand.OutputColumns)
                {
                    row[column].Set(string.Empty);
                }

                row["id"].Set(response.Id ?? string.Empty);
                var result = scorer.Score(response, resources.FindQuestionnaire(response));
                if (result.TryPickT1(out var error, out var scored))
                {
                    row["status"].Set("invalid");
                    row["error"].Set(error.Message);
                    continue;
                }

                var score = scored.Score;
                row["status"].Set("scored");
                row["measure"].Set(score.Measure.Key);
                row["total"].Set(score.Value.ToString(CultureInfo.InvariantCulture));
                if (score.Severity is { } band)
                {
                    row["severity"].Set(band.Key);
                }

                if (score.IsCase is bool isCase)
                {
                    row["caseness"].Set(isCase ? "true" : "false");
                }

                if (score.Risk != RiskSignal.NotAssessed)
                {
                    row["risk"].Set(score.Risk == RiskSignal.Raised ? "true" : "false");
                }
            }
        });

    private static FhirResourceSet Read(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CsvInputException($"cannot read '{path}': {ex.Message}", ex);
        }

        return FhirResourceSet.Read(json).Match(
            set => set,
            error => throw new CsvInputException($"'{path}': {error.Message}"));
    }
}

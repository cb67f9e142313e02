using Hl7.Fhir.Serialization;
using Iapt.Rules.Cli.Commands;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Fhir.Tests;

/// <summary>The <c>iapt score-fhir FILE...</c> contract: the columns of <c>iapt score</c>, one row per response, exit codes.</summary>
public class ScoreFhirCommandTests
{
    private static (int Exit, string[] Lines, string Error) Run(params string[] files)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = ScoreFhirCommand.Run([.. files.Select(f => File.Exists(Fixtures.PathOf(f)) ? Fixtures.PathOf(f) : f)], RuleSet.ManualV4, stdout, stderr);
        return (exit, stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray(), stderr.ToString());
    }

    [Fact]
    public void The_header_is_exactly_the_score_commands()
    {
        var (exit, lines, _) = Run("gad7-integer-canonical.json");
        Assert.Equal(0, exit);
        Assert.Equal("id,status,measure,total,severity,caseness,risk,error", lines[0]);
        Assert.Equal(string.Join(',', ScoreCommand.OutputColumns), lines[0]);
    }

    [Fact]
    public void Every_response_of_every_file_is_one_row_in_file_and_entry_order()
    {
        var (exit, lines, error) = Run("lhc-phq9-nested.json", "uscore-phq9-bundle.json", "gad7-integer-canonical.json", "gad7-ordinal-coding.json", "problems-bundle.json");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
        [
            "id,status,measure,total,severity,caseness,risk,error",
            "lhc-phq9-1,scored,phq9,11,moderate,true,true,",
            "qr-uscore-1,scored,phq9,7,mild,false,false,",
            "qr-uscore-2,invalid,,,,,,\"status: in-progress, not completed or amended, so the response is not scored\"",
            "gad7-int-1,scored,gad7,12,moderate,true,,",
            "gad7-ordinal-1,scored,gad7,4,minimal,false,,",
            "missing-item-5,invalid,,,,,,\"linkId '/44251-7': no answer, so phq9 has no score (no prorating)\"",
            "unknown-code,invalid,,,,,,linkId '/44259-0' (phq9 item 3): the answer coding has no ordinal value and is not a LOINC answer code of phq9",
            "wrong-type,invalid,,,,,,\"linkId '/68509-9' (gad7 item 2): an answer of type string cannot be an item value (valueInteger, valueDecimal or valueCoding)\"",
            "no-measure,invalid,,,,,,\"questionnaire: no measure this package scores could be identified (no LOINC panel in the Questionnaire or the canonical, no LOINC linkId, no mapped linkId)\"",
            "stopped,invalid,,,,,,\"status: stopped, not completed or amended, so the response is not scored\"",
        ],
            lines);
    }

    [Fact]
    public void A_Questionnaire_in_another_file_identifies_the_responses_items()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"iapt-fhir-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var set = Fixtures.Read("uscore-phq9-bundle.json");
            var serializer = new FhirJsonSerializer();
            File.WriteAllText(Path.Combine(dir, "q.json"), serializer.SerializeToString(set.Questionnaires.Single()));
            File.WriteAllText(Path.Combine(dir, "r.json"), serializer.SerializeToString(set.Responses[0]));

            var (exit, lines, _) = Run(Path.Combine(dir, "r.json"), Path.Combine(dir, "q.json"));
            Assert.Equal(0, exit);
            Assert.Equal(["id,status,measure,total,severity,caseness,risk,error", "qr-uscore-1,scored,phq9,7,mild,false,false,"], lines);

            var (_, alone, _) = Run(Path.Combine(dir, "r.json"));
            Assert.StartsWith("qr-uscore-1,invalid,", alone[1], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("not-fhir.json", "holds a Patient, not a QuestionnaireResponse, a Questionnaire or a Bundle")]
    [InlineData("truncated.json", "not JSON (line 1)")]
    public void An_unusable_file_is_exit_2_with_a_message_naming_the_file_and_no_rows(string file, string reason)
    {
        var (exit, lines, error) = Run("lhc-phq9-nested.json", file);
        Assert.Equal(2, exit);
        Assert.Empty(lines);
        Assert.Equal($"iapt score-fhir: '{Fixtures.PathOf(file)}': {reason}", error.TrimEnd());
    }

    [Fact]
    public void A_missing_file_is_exit_2_and_never_a_stack_trace()
    {
        var (exit, _, error) = Run(Path.Combine(Path.GetTempPath(), $"absent-{Guid.NewGuid():N}.json"));
        Assert.Equal(2, exit);
        Assert.StartsWith("iapt score-fhir: cannot read '", error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_messages_never_echo_an_answer()
    {
        string file = Path.Combine(Path.GetTempPath(), $"iapt-fhir-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """
            { "resourceType": "QuestionnaireResponse", "id": "x", "questionnaire": "http://loinc.org/q/44249-1", "status": "completed",
              "item": [ { "linkId": "/44250-9", "answer": [ { "valueString": "I feel secretly awful" } ] },
                        { "linkId": "/44255-8", "answer": [ { "valueCoding": { "system": "http://loinc.org", "code": "LA-SECRET" } } ] } ] }
            """);
        try
        {
            var (exit, lines, _) = Run(file);
            Assert.Equal(0, exit);
            Assert.DoesNotContain("secret", lines[1], StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_READMEs_example_gives_the_rows_the_README_shows()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Iapt.Rules.sln")))
        {
            root = root.Parent!;
        }

        string readme = File.ReadAllText(Path.Combine(root.FullName, "README.md"));
        var (exit, lines, _) = Run(Path.Combine(root.FullName, "docs", "examples", "questionnaire-responses.json"));
        Assert.Equal(0, exit);
        Assert.Contains("```text\n" + string.Join("\n", lines) + "\n```", readme.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}

using Hl7.Fhir.Model;
using Iapt.Rules.Fhir;

namespace Iapt.Rules.Fhir.Tests;

/// <summary>The README's "In an EPR" snippet, as written there, on a fixture: it compiles and does what it says.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void The_EPR_snippet_saves_one_Observation_per_scorable_response_and_logs_the_rest()
    {
        string json = File.ReadAllText(Fixtures.PathOf("uscore-phq9-bundle.json"));
        var saved = new List<Observation>();
        var logged = new List<string>();
        void Save(Observation observation) => saved.Add(observation);
        void Log(string message) => logged.Add(message);

        var read = FhirResourceSet.Read(json);                 // a QuestionnaireResponse, a Questionnaire or a Bundle
        if (read.TryPickT1(out var unreadable, out var resources)) { Log(unreadable.Message); return; }
        foreach (var response in resources.Responses)
        {
            QuestionnaireResponseScorer.ManualV4
                .Score(response, resources.FindQuestionnaire(response))
                .Switch(
                    scored => Save(scored.ToObservation()),      // 44261-6 / 70274-6, severity, caseness, risk
                    error => Log($"{error.LinkId}: {error.Message}"));
        }

        Assert.Equal("44261-6", Assert.Single(saved).Code.Coding[0].Code);
        Assert.StartsWith(": status: in-progress", Assert.Single(logged), StringComparison.Ordinal);
    }
}

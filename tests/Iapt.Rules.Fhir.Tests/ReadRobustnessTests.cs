using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Fhir;

namespace Iapt.Rules.Fhir.Tests;

/// <summary>Reading never throws on bad data: whatever the text, a resource set or a read error.</summary>
public class ReadRobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("123")]
    [InlineData("{}")]
    [InlineData("null")]
    [InlineData("""{ "resourceType": "Bogus" }""")]
    [InlineData("""{ "resourceType": "Bundle", "entry": [ { "resource": { "id": "no-type" } } ] }""")]
    [InlineData("""{ "resourceType": "QuestionnaireResponse", "status": "finished-ish" }""")]
    [InlineData("""{ "resourceType": "QuestionnaireResponse", "item": { "linkId": "not-an-array" } }""")]
    [InlineData("""{ "resourceType": "QuestionnaireResponse", "status": "completed", "item": [ { "linkId": "/44250-9", "answer": [ { "valueDecimal": "1e999999" } ] } ] }""")]
    public void Malformed_or_odd_JSON_is_a_read_error_or_a_set_never_an_exception(string json)
    {
        var read = FhirResourceSet.Read(json);
        if (read.IsT0)
        {
            foreach (var response in read.AsT0.Responses)
            {
                _ = QuestionnaireResponseScorer.ManualV4.Score(response, read.AsT0.FindQuestionnaire(response));
            }
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(read.AsT1.Message));
        }
    }

    [Property(MaxTest = 500)]
    public Property Any_text_reads_without_throwing() =>
        Prop.ForAll(
            Gen.Elements("{", "}", "[", "]", "\"resourceType\"", ":", ",", "\"QuestionnaireResponse\"", "\"Bundle\"",
                    "\"item\"", "\"answer\"", "\"valueInteger\"", "1", "\"x\"", "null", "\"status\"", "\"completed\"")
                .ListOf()
                .Select(tokens => string.Concat(tokens))
                .ToArbitrary(),
            json =>
            {
                var read = FhirResourceSet.Read(json);
                return read.IsT1 || read.AsT0.Responses.All(r => QuestionnaireResponseScorer.ManualV4.Score(r).Index >= 0);
            });

    /// <summary>Any JSON value: numbers (whole, fractional, huge), strings, booleans, null, objects and arrays.</summary>
    private static readonly Gen<string> JsonValue = Gen.Elements(
        "0", "2", "3", "-1", "2.5", "1e400", "\"2\"", "\"LA6569-3\"", "true", "null", "{}", "[]", "[1]",
        "{ \"system\": \"http://loinc.org\", \"code\": \"LA6570-1\" }",
        "{ \"code\": \"LA6571-9\", \"extension\": [ { \"url\": \"http://hl7.org/fhir/StructureDefinition/ordinalValue\", \"valueDecimal\": \"x\" } ] }",
        "{ \"code\": 7 }");

    private static readonly Gen<string> Answer =
        Gen.Elements("valueInteger", "valueDecimal", "valueCoding", "valueString", "valueBoolean", "valueDate", "valueQuantity")
            .SelectMany(_ => JsonValue, (key, value) => $"{{ \"{key}\": {value} }}");

    private static readonly Gen<string> Item =
        Gen.Elements([.. Fixtures.Phq9Items.Select(c => "/" + c), .. Fixtures.Gad7Items.Select(c => "/44249-1/" + c), "q1", "", "/44261-6"])
            .SelectMany(_ => Answer.ListOf(), (linkId, answers) =>
                $"{{ \"linkId\": \"{linkId}\", \"answer\": [ {string.Join(", ", answers)} ] }}");

    [Property(MaxTest = 300)]
    public Property Well_formed_JSON_with_any_answers_reads_and_scores_without_throwing() =>
        Prop.ForAll(
            Gen.Elements("completed", "amended", "in-progress", "done", "")
                .SelectMany(_ => Item.ListOf(), (status, items) =>
                    $"{{ \"resourceType\": \"QuestionnaireResponse\", \"status\": \"{status}\", \"questionnaire\": \"http://loinc.org/q/44249-1\", \"item\": [ {string.Join(", ", items)} ] }}")
                .ToArbitrary(),
            json =>
            {
                var read = FhirResourceSet.Read(json);
                return read.IsT1 || read.AsT0.Responses.All(r => QuestionnaireResponseScorer.ManualV4.Score(r).Match(
                    s => s.ToObservation() is not null, e => e.Message.Length > 0));
            });
}

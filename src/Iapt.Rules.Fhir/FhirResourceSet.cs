using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using OneOf;

namespace Iapt.Rules.Fhir;

/// <summary>
/// The QuestionnaireResponses and Questionnaires read from FHIR R4 JSON: a single resource, or a Bundle of them
/// (other resources of a Bundle, such as the Patient, are skipped). <see cref="Read(string)"/> never throws on bad
/// data; <see cref="FindQuestionnaire"/> pairs a response with the Questionnaire it answers.
/// </summary>
public sealed class FhirResourceSet
{
    private static readonly FhirJsonDeserializer Deserializer =
        new(new DeserializerSettings().UsingMode(DeserializationMode.Recoverable));

    /// <summary>Creates a set from resources already parsed.</summary>
    /// <param name="responses">The responses, in the order they should be scored.</param>
    /// <param name="questionnaires">The Questionnaires the responses may answer.</param>
    public FhirResourceSet(IEnumerable<QuestionnaireResponse> responses, IEnumerable<Questionnaire> questionnaires)
    {
        Responses = [.. Guard.Against.Null(responses)];
        Questionnaires = [.. Guard.Against.Null(questionnaires)];
    }

    /// <summary>The responses, in reading order (a Bundle's entry order).</summary>
    public ImmutableArray<QuestionnaireResponse> Responses { get; }

    /// <summary>The Questionnaires.</summary>
    public ImmutableArray<Questionnaire> Questionnaires { get; }

    /// <summary>Reads JSON holding a QuestionnaireResponse, a Questionnaire, or a Bundle of resources.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The responses and questionnaires found, or why the text is not usable (never the text itself).</returns>
    public static OneOf<FhirResourceSet, FhirReadError> Read(string json)
    {
        Guard.Against.Null(json);
        Resource? resource;
        IEnumerable<Hl7.Fhir.Utility.CodedException> issues;
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            if (!Deserializer.TryDeserializeResource(ref reader, out resource, out issues))
            {
                var codes = issues.Select(i => i.ErrorCode).Distinct().Take(5).ToList();
                return new FhirReadError(
                    $"not valid FHIR R4 JSON (issues {string.Join(", ", codes)})");
            }
        }
        catch (JsonException ex)
        {
            return new FhirReadError($"not JSON (line {ex.LineNumber + 1})");
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException
                                       or Hl7.Fhir.Utility.CodedException)
        {
            // The SDK's deserializer throws these on some structural faults (an array where an object is due ...);
            // their messages may quote the content, so only the kind is said.
            return new FhirReadError("not valid FHIR R4 JSON (its structure is not a FHIR resource's)");
        }

        var responses = new List<QuestionnaireResponse>();
        var questionnaires = new List<Questionnaire>();
        switch (resource)
        {
            case QuestionnaireResponse response:
                responses.Add(response);
                break;
            case Questionnaire questionnaire:
                questionnaires.Add(questionnaire);
                break;
            case Bundle bundle:
                foreach (var entry in bundle.Entry)
                {
                    switch (entry.Resource)
                    {
                        case QuestionnaireResponse response:
                            responses.Add(response);
                            break;
                        case Questionnaire questionnaire:
                            questionnaires.Add(questionnaire);
                            break;
                    }
                }

                break;
            default:
                return new FhirReadError(
                    $"holds a {resource?.TypeName ?? "nothing"}, not a QuestionnaireResponse, a Questionnaire or a Bundle");
        }

        return new FhirResourceSet(responses, questionnaires);
    }

    /// <summary>Combines sets read from several files: all responses in order, all questionnaires.</summary>
    /// <param name="sets">The sets.</param>
    /// <returns>One set.</returns>
    public static FhirResourceSet Combine(IEnumerable<FhirResourceSet> sets)
    {
        var list = Guard.Against.Null(sets).ToList();
        return new FhirResourceSet(list.SelectMany(s => s.Responses), list.SelectMany(s => s.Questionnaires));
    }

    /// <summary>
    /// The Questionnaire a response answers: one contained in the response (<c>#id</c>), else one of this set whose
    /// <c>url</c> is the response's <c>questionnaire</c> canonical (any <c>|version</c> ignored), or whose id it names
    /// (<c>Questionnaire/id</c>).
    /// </summary>
    /// <param name="response">The response.</param>
    /// <returns>The Questionnaire, or <see langword="null"/> when there is none here.</returns>
    public Questionnaire? FindQuestionnaire(QuestionnaireResponse response)
    {
        Guard.Against.Null(response);
        string? canonical = response.Questionnaire;
        if (string.IsNullOrEmpty(canonical))
        {
            return null;
        }

        if (canonical!.StartsWith('#'))
        {
            string id = canonical.Substring(1);
            return response.Contained.OfType<Questionnaire>().FirstOrDefault(q => q.Id == id);
        }

        string url = WithoutVersion(canonical);
        return Questionnaires.FirstOrDefault(q => q.Url is { } u && string.Equals(WithoutVersion(u), url, StringComparison.Ordinal))
            ?? Questionnaires.FirstOrDefault(q => q.Id is { } id
                && (url == $"Questionnaire/{id}" || url.EndsWith($"/Questionnaire/{id}", StringComparison.Ordinal)));
    }

    private static string WithoutVersion(string canonical)
    {
        int bar = canonical.IndexOf('|', StringComparison.Ordinal);
        return bar >= 0 ? canonical.Substring(0, bar) : canonical;
    }
}

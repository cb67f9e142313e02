using Hl7.Fhir.Model;
using Iapt.Rules.Fhir;

namespace Iapt.Rules.Fhir.Tests;

/// <summary>
/// The hand-written JSON fixtures (modelled on the HL7 US Core and LHC-Forms PHQ-9 / GAD-7 examples, written for
/// these tests) and QuestionnaireResponses built with the SDK.
/// </summary>
internal static class Fixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static FhirResourceSet Read(string name) => FhirResourceSet.Read(File.ReadAllText(PathOf(name))).AsT0;

    public static QuestionnaireResponse Response(string name, string? id = null)
    {
        var set = Read(name);
        return id is null ? set.Responses.Single() : set.Responses.Single(r => r.Id == id);
    }

    public static readonly string[] Phq9Items =
        ["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"];

    public static readonly string[] Gad7Items = ["69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"];

    public static readonly string[] LoincAnswers = ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"];

    /// <summary>A completed response with LOINC linkIds (<c>/code</c>) and integer answers, in item order.</summary>
    public static QuestionnaireResponse WithIntegers(string canonical, string[] codes, IReadOnlyList<int> answers) =>
        Build(canonical, codes, answers.Select(a => (DataType)new Integer(a)).ToList());

    /// <summary>A completed response with LOINC linkIds and one answer value per item (null for no answer).</summary>
    public static QuestionnaireResponse Build(string? canonical, string[] codes, IReadOnlyList<DataType?> answers)
    {
        var response = new QuestionnaireResponse
        {
            Id = "built",
            Questionnaire = canonical,
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
        };
        for (int i = 0; i < codes.Length; i++)
        {
            var item = new QuestionnaireResponse.ItemComponent { LinkId = "/" + codes[i] };
            if (answers[i] is { } value)
            {
                item.Answer.Add(new QuestionnaireResponse.AnswerComponent { Value = value });
            }

            response.Item.Add(item);
        }

        return response;
    }
}

using Hl7.Fhir.Model;
using Iapt.Rules.Fhir;
using Iapt.Rules.Measures;

namespace Iapt.Rules.Fhir.Tests;

/// <summary>Scoring the hand-written fixtures: every way of identifying items and reading answers, and each problem.</summary>
public class FixtureScoringTests
{
    private static readonly QuestionnaireResponseScorer Scorer = QuestionnaireResponseScorer.ManualV4;

    private static FhirScore Scored(string file, string? id = null)
    {
        var set = Fixtures.Read(file);
        var response = id is null ? set.Responses.Single() : set.Responses.Single(r => r.Id == id);
        var result = Scorer.Score(response, set.FindQuestionnaire(response));
        Assert.True(result.IsT0, result.IsT1 ? result.AsT1.Message : "");
        return result.AsT0;
    }

    private static FhirScoringError Error(string file, string id)
    {
        var set = Fixtures.Read(file);
        var response = set.Responses.Single(r => r.Id == id);
        var result = Scorer.Score(response, set.FindQuestionnaire(response));
        Assert.True(result.IsT1);
        return result.AsT1;
    }

    [Fact]
    public void An_LHC_Forms_PHQ9_in_a_nested_group_with_LOINC_answer_codes_scores_11_moderate_at_caseness_with_the_risk_raised()
    {
        // Answers 1 2 0 3 1 0 2 1 1 as LA codes under linkIds /44249-1/<item>; the total and difficulty items are ignored.
        var scored = Scored("lhc-phq9-nested.json");
        Assert.Equal("lhc-phq9-1", scored.ResponseId);
        Assert.Equal(MeasureKeys.Phq9, scored.Score.Measure.Key);
        Assert.Equal(11m, scored.Score.Value);
        Assert.Equal("moderate", scored.Score.Severity!.Key);
        Assert.True(scored.Score.IsCase);
        Assert.Equal(RiskSignal.Raised, scored.Score.Risk);
    }

    [Fact]
    public void A_Bundle_with_its_Questionnaire_identifies_local_linkIds_by_the_items_LOINC_codes_and_reads_answer_option_ordinals()
    {
        // q1 'half' = 2 and q2 'some' = 1 through the Questionnaire's ordinalValue options; q3-q9 integers 0 1 0 1 2 0 0.
        var scored = Scored("uscore-phq9-bundle.json", "qr-uscore-1");
        Assert.Equal(7m, scored.Score.Value);
        Assert.Equal("mild", scored.Score.Severity!.Key);
        Assert.False(scored.Score.IsCase);
        Assert.Equal(RiskSignal.NotRaised, scored.Score.Risk);
    }

    [Fact]
    public void The_Bundles_Patient_is_skipped_and_its_Questionnaire_found_by_canonical_with_a_version()
    {
        var set = Fixtures.Read("uscore-phq9-bundle.json");
        Assert.Equal(["qr-uscore-1", "qr-uscore-2"], set.Responses.Select(r => r.Id));
        Assert.Equal("phq-9-local", set.FindQuestionnaire(set.Responses[0])!.Id);
    }

    [Fact]
    public void An_in_progress_response_is_not_scored_and_the_error_says_its_status()
    {
        var error = Error("uscore-phq9-bundle.json", "qr-uscore-2");
        Assert.Equal(FhirScoringErrorKind.NotCompleted, error.Kind);
        Assert.Null(error.LinkId);
        Assert.Contains("in-progress", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_GAD7_with_integer_answers_and_a_versioned_LOINC_canonical_scores_12_moderate_at_caseness()
    {
        var scored = Scored("gad7-integer-canonical.json");
        Assert.Equal(MeasureKeys.Gad7, scored.Score.Measure.Key);
        Assert.Equal(12m, scored.Score.Value);
        Assert.Equal("moderate", scored.Score.Severity!.Key);
        Assert.True(scored.Score.IsCase);
        Assert.Equal(RiskSignal.NotAssessed, scored.Score.Risk);
    }

    [Fact]
    public void Ordinal_value_and_item_weight_extensions_on_codings_and_GAD7_item_2s_LOINC_answer_give_4_minimal()
    {
        // No canonical: the measure comes from the LOINC linkIds. 0 + 2 (LA18938-3) + 1 (itemWeight) + 0 + 0 + 1 + 0.
        var scored = Scored("gad7-ordinal-coding.json");
        Assert.Equal(4m, scored.Score.Value);
        Assert.Equal("minimal", scored.Score.Severity!.Key);
        Assert.False(scored.Score.IsCase);
    }

    [Fact]
    public void A_missing_item_names_its_LOINC_linkId_and_nothing_is_prorated()
    {
        var error = Error("problems-bundle.json", "missing-item-5");
        Assert.Equal(FhirScoringErrorKind.MissingItems, error.Kind);
        Assert.Equal("/44251-7", error.LinkId);
        Assert.Equal(ScoringErrorKind.MissingItems, error.Scoring!.Kind);
        Assert.Equal([5], error.Scoring.Positions.ToArray());
    }

    [Fact]
    public void A_LOINC_answer_code_from_another_answer_list_is_an_unknown_code_at_its_linkId()
    {
        // LA6574-3 (Extremely difficult) belongs to the difficulty question, not to item 3.
        var error = Error("problems-bundle.json", "unknown-code");
        Assert.Equal(FhirScoringErrorKind.UnknownAnswerCode, error.Kind);
        Assert.Equal("/44259-0", error.LinkId);
        Assert.DoesNotContain("LA6574-3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_answer_is_the_wrong_type_and_the_message_never_repeats_it()
    {
        var error = Error("problems-bundle.json", "wrong-type");
        Assert.Equal(FhirScoringErrorKind.WrongAnswerType, error.Kind);
        Assert.Equal("/68509-9", error.LinkId);
        Assert.Equal("linkId '/68509-9' (gad7 item 2): an answer of type string cannot be an item value (valueInteger, valueDecimal or valueCoding)", error.Message);
    }

    [Fact]
    public void A_questionnaire_that_is_no_LOINC_panel_with_unmapped_linkIds_is_an_unknown_measure()
    {
        var error = Error("problems-bundle.json", "no-measure");
        Assert.Equal(FhirScoringErrorKind.UnknownMeasure, error.Kind);
        Assert.Null(error.LinkId);
    }

    [Fact]
    public void A_stopped_response_is_not_scored()
    {
        Assert.Equal(FhirScoringErrorKind.NotCompleted, Error("problems-bundle.json", "stopped").Kind);
    }

    [Theory]
    [InlineData("not-fhir.json", "holds a Patient, not a QuestionnaireResponse, a Questionnaire or a Bundle")]
    [InlineData("truncated.json", "not JSON (line 1)")]
    public void Text_that_is_no_response_questionnaire_or_bundle_is_a_read_error_naming_what_it_is(string file, string message)
    {
        var read = FhirResourceSet.Read(File.ReadAllText(Fixtures.PathOf(file)));
        Assert.True(read.IsT1);
        Assert.Equal(message, read.AsT1.Message);
    }

    [Fact]
    public void A_number_that_is_not_a_number_is_an_error_at_its_linkId_that_never_repeats_it()
    {
        var read = FhirResourceSet.Read("""{ "resourceType": "QuestionnaireResponse", "status": "completed", "item": [ { "linkId": "/44250-9", "answer": [ { "valueInteger": "secret-two" } ] } ] }""");
        var result = read.Match(
            set => Scorer.Score(set.Responses.Single()).Match(_ => "scored", e => $"{e.Kind} {e.LinkId} {e.Message}"),
            e => e.Message);
        Assert.DoesNotContain("secret", result, StringComparison.Ordinal);
        Assert.NotEqual("scored", result);
    }

    [Fact]
    public void An_answer_that_a_tolerant_parse_kept_as_a_list_is_the_wrong_type_at_its_linkId()
    {
        var set = FhirResourceSet.Read("""{ "resourceType": "QuestionnaireResponse", "status": "completed", "item": [ { "linkId": "/44250-9", "answer": [ { "valueCoding": [ { "code": "LA6569-3" } ] } ] } ] }""");
        var error = Scorer.Score(set.AsT0.Responses.Single()).AsT1;
        Assert.Equal(FhirScoringErrorKind.WrongAnswerType, error.Kind);
        Assert.Equal("/44250-9", error.LinkId);
    }
}

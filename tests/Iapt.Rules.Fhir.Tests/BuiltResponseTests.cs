using Hl7.Fhir.Model;
using Iapt.Rules.Fhir;
using Iapt.Rules.Measures;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Fhir.Tests;

/// <summary>Responses built with the SDK: identification in turn, answer types, and each typed error at its boundary.</summary>
public class BuiltResponseTests
{
    private static readonly QuestionnaireResponseScorer Scorer = QuestionnaireResponseScorer.ManualV4;

    private static readonly int[] Phq9Answers = [1, 1, 1, 1, 1, 1, 1, 1, 0];

    private static QuestionnaireResponse Phq9(params DataType?[] answers) =>
        Fixtures.Build(LoincMeasure.Phq9.Canonical, Fixtures.Phq9Items, answers);

    private static DataType?[] Integers(IEnumerable<int> answers) => [.. answers.Select(a => (DataType?)new Integer(a))];

    [Theory]
    [InlineData(QuestionnaireResponse.QuestionnaireResponseStatus.Completed, true)]
    [InlineData(QuestionnaireResponse.QuestionnaireResponseStatus.Amended, true)]
    [InlineData(QuestionnaireResponse.QuestionnaireResponseStatus.InProgress, false)]
    [InlineData(QuestionnaireResponse.QuestionnaireResponseStatus.Stopped, false)]
    [InlineData(QuestionnaireResponse.QuestionnaireResponseStatus.EnteredInError, false)]
    public void Only_completed_and_amended_responses_are_scored(QuestionnaireResponse.QuestionnaireResponseStatus status, bool scored)
    {
        var response = Phq9(Integers(Phq9Answers));
        response.Status = status;
        var result = Scorer.Score(response);
        Assert.Equal(scored, result.IsT0);
        if (!scored)
        {
            Assert.Equal(FhirScoringErrorKind.NotCompleted, result.AsT1.Kind);
        }
    }

    [Fact]
    public void A_response_without_a_status_is_not_scored_and_says_the_status_is_absent()
    {
        var response = Phq9(Integers(Phq9Answers));
        response.Status = null;
        var error = Scorer.Score(response).AsT1;
        Assert.Equal("status: absent, not completed or amended, so the response is not scored", error.Message);
    }

    [Fact]
    public void Integer_answers_at_the_top_and_bottom_of_the_item_range_score()
    {
        Assert.Equal(27m, Scorer.Score(Phq9(Integers(Enumerable.Repeat(3, 9)))).AsT0.Score.Value);
        Assert.Equal(0m, Scorer.Score(Phq9(Integers(Enumerable.Repeat(0, 9)))).AsT0.Score.Value);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(-1)]
    public void An_integer_answer_just_outside_the_item_range_is_out_of_range_at_its_linkId(int answer)
    {
        var answers = Integers(Phq9Answers);
        answers[6] = new Integer(answer);
        var error = Scorer.Score(Phq9(answers)).AsT1;
        Assert.Equal(FhirScoringErrorKind.ItemOutOfRange, error.Kind);
        Assert.Equal("/44252-5", error.LinkId);
        Assert.Equal("linkId '/44252-5': outside the phq9 item range", error.Message);
    }

    [Theory]
    [InlineData("2", true)]
    [InlineData("2.0", true)]
    [InlineData("2.5", false)]
    public void A_decimal_answer_counts_only_when_it_is_whole(string answer, bool scored)
    {
        var answers = Integers(Phq9Answers);
        answers[0] = new FhirDecimal(decimal.Parse(answer, System.Globalization.CultureInfo.InvariantCulture));
        var result = Scorer.Score(Phq9(answers));
        Assert.Equal(scored, result.IsT0);
        if (!scored)
        {
            Assert.Equal(FhirScoringErrorKind.NotWholeNumber, result.AsT1.Kind);
            Assert.Equal("/44250-9", result.AsT1.LinkId);
        }
    }

    [Fact]
    public void Several_missing_items_are_all_named_in_item_order()
    {
        var answers = Integers(Phq9Answers);
        answers[1] = null;
        answers[8] = null;
        var error = Scorer.Score(Phq9(answers)).AsT1;
        Assert.Equal(FhirScoringErrorKind.MissingItems, error.Kind);
        Assert.Equal("/44255-8", error.LinkId);
        Assert.Equal("linkIds '/44255-8', '/44260-8': no answer, so phq9 has no score (no prorating)", error.Message);
    }

    [Fact]
    public void An_item_absent_from_the_response_is_named_by_its_LOINC_linkId()
    {
        var response = Phq9(Integers(Phq9Answers));
        response.Item.RemoveAt(3);
        var error = Scorer.Score(response).AsT1;
        Assert.Equal("/44254-1", error.LinkId);
    }

    [Fact]
    public void Two_answers_on_one_item_are_an_error_at_that_item()
    {
        var response = Phq9(Integers(Phq9Answers));
        response.Item[2].Answer.Add(new QuestionnaireResponse.AnswerComponent { Value = new Integer(0) });
        var error = Scorer.Score(response).AsT1;
        Assert.Equal(FhirScoringErrorKind.MultipleAnswers, error.Kind);
        Assert.Equal("/44259-0", error.LinkId);
    }

    [Fact]
    public void The_same_item_twice_under_different_linkIds_is_a_duplicate()
    {
        var response = Phq9(Integers(Phq9Answers));
        response.Item.Add(new QuestionnaireResponse.ItemComponent
        {
            LinkId = "/44249-1/44250-9",
            Answer = [new QuestionnaireResponse.AnswerComponent { Value = new Integer(1) }],
        });
        var error = Scorer.Score(response).AsT1;
        Assert.Equal(FhirScoringErrorKind.DuplicateItem, error.Kind);
        Assert.Equal("/44249-1/44250-9", error.LinkId);
    }

    [Fact]
    public void Items_nested_under_an_answer_are_read()
    {
        var response = Phq9(Integers(Phq9Answers));
        var nine = response.Item[8];
        response.Item.RemoveAt(8);
        response.Item[0].Answer[0].Item.Add(nine);
        Assert.Equal(8m, Scorer.Score(response).AsT0.Score.Value);
    }

    [Fact]
    public void Items_of_two_measures_without_a_canonical_are_ambiguous()
    {
        var response = Fixtures.Build(null, [.. Fixtures.Phq9Items, Fixtures.Gad7Items[0]], Integers([.. Phq9Answers, 1]));
        Assert.Equal(FhirScoringErrorKind.AmbiguousMeasure, Scorer.Score(response).AsT1.Kind);
    }

    [Fact]
    public void With_a_canonical_the_items_of_another_measure_are_ignored()
    {
        var response = Fixtures.Build(LoincMeasure.Phq9.Canonical, [.. Fixtures.Phq9Items, Fixtures.Gad7Items[0]], Integers([.. Phq9Answers, 3]));
        Assert.Equal(8m, Scorer.Score(response).AsT0.Score.Value);
    }

    [Fact]
    public void A_supplied_Questionnaires_LOINC_codes_identify_local_linkIds_and_its_code_the_measure()
    {
        var questionnaire = new Questionnaire { Code = [new Coding(LoincCodes.System, LoincCodes.Gad7Panel)] };
        var response = new QuestionnaireResponse { Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed };
        for (int i = 0; i < 7; i++)
        {
            questionnaire.Item.Add(new Questionnaire.ItemComponent { LinkId = $"g{i + 1}", Code = [new Coding(LoincCodes.System, Fixtures.Gad7Items[i])] });
            response.Item.Add(new QuestionnaireResponse.ItemComponent
            {
                LinkId = $"g{i + 1}",
                Answer = [new QuestionnaireResponse.AnswerComponent { Value = new Integer(2) }],
            });
        }

        var scored = Scorer.Score(response, questionnaire).AsT0;
        Assert.Equal(MeasureKeys.Gad7, scored.Score.Measure.Key);
        Assert.Equal(14m, scored.Score.Value);
        Assert.Equal(FhirScoringErrorKind.UnknownMeasure, Scorer.Score(response).AsT1.Kind);
    }

    [Fact]
    public void A_callers_linkId_map_identifies_items_that_nothing_else_does()
    {
        var map = Enumerable.Range(1, 7).ToDictionary(i => $"anx-{i}", i => new FhirItemRef(MeasureKeys.Gad7, i));
        var scorer = new QuestionnaireResponseScorer(Iapt.Rules.RuleSets.RuleSet.ManualV4, linkIds: map);
        var response = new QuestionnaireResponse { Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed };
        foreach (var linkId in map.Keys)
        {
            response.Item.Add(new QuestionnaireResponse.ItemComponent
            {
                LinkId = linkId,
                Answer = [new QuestionnaireResponse.AnswerComponent { Value = new Integer(1) }],
            });
        }

        Assert.Equal(7m, scorer.Score(response).AsT0.Score.Value);
    }

    [Fact]
    public void A_coding_in_another_system_with_a_LOINC_answer_code_is_unknown()
    {
        var answers = Integers(Phq9Answers);
        answers[0] = new Coding("http://example.org/cs", "LA6569-3");
        Assert.Equal(FhirScoringErrorKind.UnknownAnswerCode, Scorer.Score(Phq9(answers)).AsT1.Kind);
    }

    [Fact]
    public void A_coding_without_a_system_is_read_as_a_LOINC_answer_code()
    {
        var answers = Integers(Phq9Answers);
        answers[0] = new Coding(null, "LA6571-9");
        Assert.Equal(10m, Scorer.Score(Phq9(answers)).AsT0.Score.Value);
    }

    [Fact]
    public void A_rule_set_without_the_measure_cannot_score_it()
    {
        var rules = Iapt.Rules.RuleSets.RuleSet.ManualV4 with
        {
            Measures = new MeasureCatalogue(Iapt.Rules.RuleSets.RuleSet.ManualV4.Measures.Where(m => m.Key != MeasureKeys.Phq9)),
        };
        var error = new QuestionnaireResponseScorer(rules).Score(Phq9(Integers(Phq9Answers))).AsT1;
        Assert.Equal(FhirScoringErrorKind.NotInRuleSet, error.Kind);
    }

    [Fact]
    public void Layouts_that_share_an_item_code_are_a_programmer_error()
    {
        var copy = new LoincMeasure("gad7copy", "99999-9", "99998-1", "copy", Fixtures.Gad7Items,
            LoincMeasure.Gad7.AnswerValues, LoincMeasure.Gad7.Source);
        Assert.Throws<ArgumentException>(() => new QuestionnaireResponseScorer(
            Iapt.Rules.RuleSets.RuleSet.ManualV4, [LoincMeasure.Gad7, copy]));
    }

    [Fact]
    public void The_LOINC_layouts_match_their_rule_set_measures_item_counts()
    {
        foreach (var layout in LoincMeasure.Default)
        {
            Assert.Equal(Iapt.Rules.RuleSets.RuleSet.ManualV4.Measures[layout.MeasureKey].ItemCount, layout.ItemCodes.Length);
        }

        Assert.Equal(9, LoincMeasure.Phq9.PositionOf("44260-8"));
        Assert.Equal(Iapt.Rules.RuleSets.RuleSet.ManualV4.Measures[MeasureKeys.Phq9].RiskItem, LoincMeasure.Phq9.PositionOf("44260-8"));
        Assert.Null(LoincMeasure.Phq9.PositionOf(LoincCodes.Phq9Total));
    }

    [Fact]
    public void An_item_weight_on_the_Questionnaire_options_coding_gives_the_value_of_a_contained_Questionnaires_answer()
    {
        var questionnaire = new Questionnaire { Id = "phq", Code = [new Coding(LoincCodes.System, LoincCodes.Phq9Panel)] };
        var response = new QuestionnaireResponse
        {
            Questionnaire = "#phq",
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
        };
        for (int i = 0; i < 9; i++)
        {
            var item = new Questionnaire.ItemComponent { LinkId = $"p{i}", Code = [new Coding(LoincCodes.System, Fixtures.Phq9Items[i])] };
            for (int weight = 0; weight <= 3; weight++)
            {
                var offered = new Coding("http://example.org/cs", $"w{weight}")
                {
                    Extension = [new Extension(LoincCodes.ItemWeightExtension, new FhirDecimal(weight))],
                };
                item.AnswerOption.Add(new Questionnaire.AnswerOptionComponent { Value = offered });
            }

            questionnaire.Item.Add(item);
            response.Item.Add(new QuestionnaireResponse.ItemComponent
            {
                LinkId = $"p{i}",
                Answer = [new QuestionnaireResponse.AnswerComponent { Value = new Coding("http://example.org/cs", i < 5 ? "w3" : "w0") }],
            });
        }

        response.Contained.Add(questionnaire);
        var set = new FhirResourceSet([response], []);
        var found = set.FindQuestionnaire(response);
        Assert.Same(questionnaire, found);
        var scored = Scorer.Score(response, found).AsT0;
        Assert.Equal(15m, scored.Score.Value);
        Assert.Equal("moderately_severe", scored.Score.Severity!.Key);
        Assert.Equal(RiskSignal.NotRaised, scored.Score.Risk);
    }

    [Fact]
    public void A_Questionnaire_is_found_by_a_Questionnaire_id_reference()
    {
        var questionnaire = new Questionnaire { Id = "gad-local" };
        var response = new QuestionnaireResponse { Questionnaire = "http://example.org/fhir/Questionnaire/gad-local" };
        Assert.Same(questionnaire, new FhirResourceSet([response], [questionnaire]).FindQuestionnaire(response));
        Assert.Null(new FhirResourceSet([response], []).FindQuestionnaire(response));
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hl7.Fhir.Model;
using Iapt.Rules.Fhir;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Fhir.Tests;

/// <summary>Invariants: the FHIR score is the rule set's score of the same answers, however they are written or ordered.</summary>
public class PropertyTests
{
    private static readonly QuestionnaireResponseScorer Scorer = QuestionnaireResponseScorer.ManualV4;

    /// <summary>A layout (PHQ-9 or GAD-7) and answers for its items, each 0-3 or (one time in eight) missing.</summary>
    private static Arbitrary<(LoincMeasure Layout, int?[] Answers)> Answers() =>
        Gen.Elements(LoincMeasure.Default.ToArray())
            .SelectMany(
                layout => Gen.Frequency((7, Gen.Choose(0, 3).Select(a => (int?)a)), (1, Gen.Constant((int?)null))).ArrayOf(layout.ItemCodes.Length),
                (layout, answers) => (layout, answers))
            .ToArbitrary();

    private static QuestionnaireResponse Written(LoincMeasure layout, int?[] answers, int style) =>
        Fixtures.Build(layout.Canonical, [.. layout.ItemCodes], [.. answers.Select((a, i) => a is int value ? Value(value, (style + i) % 3) : null)]);

    /// <summary>An answer written as an integer, a LOINC answer code, or a local coding with the ordinal-value extension.</summary>
    private static DataType Value(int answer, int style) => style switch
    {
        0 => new Integer(answer),
        1 => new Coding(LoincCodes.System, Fixtures.LoincAnswers[answer]),
        _ => new Coding("http://example.org/cs", $"local-{answer}")
        {
            Extension = [new Extension(LoincCodes.OrdinalValueExtension, new FhirDecimal(answer))],
        },
    };

    private static string Outcome(QuestionnaireResponse response) =>
        Scorer.Score(response).Match(s => $"{s.Score} {s.Score.Risk}", e => $"{e.Kind} {e.LinkId}");

    [Property]
    public Property The_FHIR_score_is_the_rule_sets_ScoreItems_of_the_same_answers() =>
        Prop.ForAll(Answers(), input =>
        {
            var expected = RuleSet.ManualV4.Measures[input.Layout.MeasureKey].ScoreItems((ReadOnlySpan<int?>)input.Answers);
            var actual = Scorer.Score(Written(input.Layout, input.Answers, 0));
            return expected.Match(
                score => actual.IsT0 && actual.AsT0.Score == score,
                error => actual.IsT1 && actual.AsT1.Scoring is { } scoring && scoring.Kind == error.Kind
                    && scoring.Positions.SequenceEqual(error.Positions));
        });

    [Property]
    public Property The_order_of_the_items_in_the_response_never_changes_the_result() =>
        Prop.ForAll(
            Answers().Generator
                .SelectMany(input => Gen.Shuffle(Enumerable.Range(0, input.Answers.Length).ToArray()), (input, order) => (input.Layout, input.Answers, Order: order))
                .ToArbitrary(),
            input =>
            {
                var inOrder = Written(input.Layout, input.Answers, 0);
                var shuffled = Written(input.Layout, input.Answers, 0);
                shuffled.Item = [.. input.Order.Select(i => shuffled.Item[i])];
                return Outcome(inOrder) == Outcome(shuffled);
            });

    [Property]
    public Property Integers_LOINC_answer_codes_and_ordinal_extensions_give_the_same_result() =>
        Prop.ForAll(Answers(), input =>
            Outcome(Written(input.Layout, input.Answers, 0)) == Outcome(Written(input.Layout, input.Answers, 1))
            && Outcome(Written(input.Layout, input.Answers, 1)) == Outcome(Written(input.Layout, input.Answers, 2)));

    [Property]
    public Property Wrapping_the_items_in_nested_groups_never_changes_the_result() =>
        Prop.ForAll(Answers(), input =>
        {
            var flat = Written(input.Layout, input.Answers, 1);
            var nested = Written(input.Layout, input.Answers, 1);
            var outer = new QuestionnaireResponse.ItemComponent { LinkId = "/" + input.Layout.PanelCode };
            var inner = new QuestionnaireResponse.ItemComponent { LinkId = "section" };
            inner.Item.AddRange(nested.Item);
            outer.Item.Add(inner);
            nested.Item = [outer];
            return Outcome(flat) == Outcome(nested);
        });
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using Hl7.Fhir.Model;
using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;
using OneOf;

namespace Iapt.Rules.Fhir;

/// <summary>
/// Scores FHIR R4 QuestionnaireResponses on the measures with LOINC panels (PHQ-9, GAD-7) with the rule set's own
/// scoring (<see cref="MeasureDefinition.ScoreItems(ReadOnlySpan{int?})"/>): this type only finds which item each
/// answer is and what number it carries. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// <para>A response's items carry no codes of their own, so each item is identified, in turn, by: the Questionnaire
/// when one is supplied (the LOINC code of its item with the same <c>linkId</c>); a LOINC-based <c>linkId</c> as
/// LHC-Forms writes them (<c>/44249-1/44250-9</c> or <c>/44250-9</c>: its last segment); or the caller's map of
/// <c>linkId</c>s. The measure is the Questionnaire's LOINC code, else the <c>questionnaire</c> canonical
/// (<c>http://loinc.org/q/44249-1</c>), else the one measure the identified items belong to. Items of nested groups
/// and items nested under answers are read too; items that are no item of the measure (the total, the
/// "how difficult" question, display text) are ignored.</para>
/// <para>An answer's value is its <c>valueInteger</c>; a whole <c>valueDecimal</c>; or for a <c>valueCoding</c>, the
/// ordinal-value or item-weight extension on the coding, else on the Questionnaire's matching answer option, else
/// the value of its LOINC answer code (LA6568-5 = 0 ...). Bad data never throws: it is a <see cref="FhirScoringError"/>
/// naming the <c>linkId</c>.</para>
/// </remarks>
public sealed class QuestionnaireResponseScorer
{
    private readonly ImmutableArray<LoincMeasure> _measures;
    private readonly FrozenDictionary<string, (LoincMeasure Measure, int Position)> _byItemCode;
    private readonly FrozenDictionary<string, LoincMeasure> _byPanelCode;
    private readonly FrozenDictionary<string, FhirItemRef> _linkIds;

    /// <summary>Creates a scorer.</summary>
    /// <param name="rules">The rule set whose measures score the answers.</param>
    /// <param name="measures">The LOINC layouts to recognise; <see cref="LoincMeasure.Default"/> when <see langword="null"/>.</param>
    /// <param name="linkIds">
    /// The caller's own <c>linkId</c>s and the measure item each one is, for forms whose <c>linkId</c>s carry no LOINC
    /// code; tried last, after the Questionnaire and LOINC-based <c>linkId</c>s.
    /// </param>
    /// <exception cref="ArgumentException">Two layouts share an item or panel code (a programmer error).</exception>
    public QuestionnaireResponseScorer(
        RuleSet rules, IEnumerable<LoincMeasure>? measures = null, IReadOnlyDictionary<string, FhirItemRef>? linkIds = null)
    {
        Rules = Guard.Against.Null(rules);
        _measures = measures is null ? LoincMeasure.Default : [.. measures];
        var byItem = new Dictionary<string, (LoincMeasure, int)>(StringComparer.Ordinal);
        var byPanel = new Dictionary<string, LoincMeasure>(StringComparer.Ordinal);
        foreach (var measure in _measures)
        {
            Guard.Against.Null(measure);
            if (!byPanel.TryAdd(measure.PanelCode, measure))
            {
                throw new ArgumentException($"LOINC panel {measure.PanelCode} appears twice.", nameof(measures));
            }

            for (int i = 0; i < measure.ItemCodes.Length; i++)
            {
                if (!byItem.TryAdd(measure.ItemCodes[i], (measure, i + 1)))
                {
                    throw new ArgumentException($"LOINC item {measure.ItemCodes[i]} appears in two layouts.", nameof(measures));
                }
            }
        }

        _byItemCode = byItem.ToFrozenDictionary(StringComparer.Ordinal);
        _byPanelCode = byPanel.ToFrozenDictionary(StringComparer.Ordinal);
        _linkIds = (linkIds ?? FrozenDictionary<string, FhirItemRef>.Empty).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>A scorer on the default rule set (IAPT Manual v4) with the PHQ-9 and GAD-7 layouts.</summary>
    public static QuestionnaireResponseScorer ManualV4 { get; } = new(RuleSet.ManualV4);

    /// <summary>The rule set that scores.</summary>
    public RuleSet Rules { get; }

    /// <summary>The LOINC layouts recognised.</summary>
    public ImmutableArray<LoincMeasure> Measures => _measures;

    /// <summary>Scores one response.</summary>
    /// <param name="response">The response.</param>
    /// <param name="questionnaire">The Questionnaire it answers, when the caller has it; its items' LOINC codes identify the response's items.</param>
    /// <returns>The score, or why there is none (the status, the measure, or the <c>linkId</c> at fault).</returns>
    public OneOf<FhirScore, FhirScoringError> Score(QuestionnaireResponse response, Questionnaire? questionnaire = null)
    {
        Guard.Against.Null(response);
        try
        {
            return ScoreChecked(response, questionnaire);
        }
        catch (Hl7.Fhir.Validation.CodedValidationException)
        {
            // A tolerant parse keeps values of the wrong FHIR type, and the SDK throws on reading them.
            return new FhirScoringError(FhirScoringErrorKind.Malformed, null,
                "response: holds a value the FHIR R4 model cannot read as its type, so it is not scored");
        }
    }

    private OneOf<FhirScore, FhirScoringError> ScoreChecked(QuestionnaireResponse response, Questionnaire? questionnaire)
    {
        var status = StatusOf(response);
        if (status is not (QuestionnaireResponse.QuestionnaireResponseStatus.Completed
            or QuestionnaireResponse.QuestionnaireResponseStatus.Amended))
        {
            string named = status is { } given
                ? Hl7.Fhir.Utility.EnumUtility.GetLiteral(given) ?? "unknown"
                : response.StatusElement is null ? "absent" : "not a QuestionnaireResponse status";
            return new FhirScoringError(FhirScoringErrorKind.NotCompleted, null,
                $"status: {named}, not completed or amended, so the response is not scored");
        }

        var questionnaireItems = questionnaire is null ? null : QuestionnaireItems(questionnaire);
        var items = new List<(QuestionnaireResponse.ItemComponent Item, LoincMeasure Measure, int Position)>();
        foreach (var item in Leaves(response.Item))
        {
            if (Identify(item.LinkId, questionnaireItems) is { } found)
            {
                items.Add((item, found.Measure, found.Position));
            }
        }

        var measureFound = FindMeasure(response, questionnaire, items);
        if (measureFound.TryPickT1(out var measureError, out var layout))
        {
            return measureError;
        }

        if (!Rules.Measures.TryGet(layout.MeasureKey, out var definition) || definition.ItemCount != layout.ItemCodes.Length)
        {
            return new FhirScoringError(FhirScoringErrorKind.NotInRuleSet, null,
                $"questionnaire: the rule set '{Rules.Name}' has no {layout.MeasureKey} with {layout.ItemCodes.Length} items");
        }

        int count = layout.ItemCodes.Length;
        var answers = new int?[count];
        var linkIds = new string?[count];
        foreach (var (item, measure, position) in items)
        {
            if (!ReferenceEquals(measure, layout))
            {
                continue;
            }

            if (linkIds[position - 1] is not null)
            {
                return new FhirScoringError(FhirScoringErrorKind.DuplicateItem, item.LinkId,
                    $"linkId '{item.LinkId}': {layout.MeasureKey} item {position} appears twice in the response (also as '{linkIds[position - 1]}')");
            }

            linkIds[position - 1] = item.LinkId;
            var value = ReadAnswer(item, item.LinkId!, layout, position, questionnaireItems);
            if (value.TryPickT1(out var answerError, out int? answer))
            {
                return answerError;
            }

            answers[position - 1] = answer;
        }

        var scored = definition.ScoreItems((ReadOnlySpan<int?>)answers);
        if (scored.TryPickT1(out var scoringError, out var score))
        {
            return FromScoringError(scoringError, layout, linkIds);
        }

        return new FhirScore(response, layout, score);
    }

    /// <summary>The status, or <see langword="null"/> when absent or not one of the codes (a tolerant parse keeps such text, and the SDK throws on reading it).</summary>
    private static QuestionnaireResponse.QuestionnaireResponseStatus? StatusOf(QuestionnaireResponse response)
    {
        try
        {
            return response.Status;
        }
        catch (Hl7.Fhir.Validation.CodedValidationException)
        {
            return null;
        }
    }

    private (LoincMeasure Measure, int Position)? Identify(
        string? linkId, Dictionary<string, Questionnaire.ItemComponent>? questionnaireItems)
    {
        if (string.IsNullOrEmpty(linkId))
        {
            return null;
        }

        if (questionnaireItems is not null && questionnaireItems.TryGetValue(linkId!, out var definitionItem))
        {
            foreach (var coding in definitionItem.Code)
            {
                if (IsLoinc(coding.System) && coding.Code is { } code && _byItemCode.TryGetValue(code, out var byCode))
                {
                    return byCode;
                }
            }
        }

        int slash = linkId!.LastIndexOf('/');
        string last = slash >= 0 ? linkId.Substring(slash + 1) : linkId;
        if (_byItemCode.TryGetValue(last, out var byLinkId))
        {
            return byLinkId;
        }

        if (_linkIds.TryGetValue(linkId, out var mapped))
        {
            foreach (var measure in _measures)
            {
                if (string.Equals(measure.MeasureKey, MeasureKeys.Normalize(mapped.MeasureKey), StringComparison.Ordinal)
                    && mapped.Position >= 1 && mapped.Position <= measure.ItemCodes.Length)
                {
                    return (measure, mapped.Position);
                }
            }
        }

        return null;
    }

    private OneOf<LoincMeasure, FhirScoringError> FindMeasure(
        QuestionnaireResponse response,
        Questionnaire? questionnaire,
        List<(QuestionnaireResponse.ItemComponent Item, LoincMeasure Measure, int Position)> items)
    {
        if (questionnaire is not null)
        {
            foreach (var coding in questionnaire.Code)
            {
                if (IsLoinc(coding.System) && coding.Code is { } code && _byPanelCode.TryGetValue(code, out var byCode))
                {
                    return byCode;
                }
            }

            if (PanelOfCanonical(questionnaire.Url) is { } byUrl)
            {
                return byUrl;
            }
        }

        if (PanelOfCanonical(response.Questionnaire) is { } byCanonical)
        {
            return byCanonical;
        }

        LoincMeasure? found = null;
        foreach (var (_, measure, _) in items)
        {
            if (found is null)
            {
                found = measure;
            }
            else if (!ReferenceEquals(found, measure))
            {
                return new FhirScoringError(FhirScoringErrorKind.AmbiguousMeasure, null,
                    $"questionnaire: the items belong to both {found.MeasureKey} and {measure.MeasureKey}, and neither the Questionnaire nor the canonical says which is meant");
            }
        }

        return found is null
            ? new FhirScoringError(FhirScoringErrorKind.UnknownMeasure, null,
                "questionnaire: no measure this package scores could be identified (no LOINC panel in the Questionnaire or the canonical, no LOINC linkId, no mapped linkId)")
            : found;
    }

    private LoincMeasure? PanelOfCanonical(string? canonical)
    {
        if (canonical is null || !canonical.StartsWith(LoincCodes.QuestionnairePrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string code = canonical.Substring(LoincCodes.QuestionnairePrefix.Length);
        int bar = code.IndexOf('|', StringComparison.Ordinal);
        code = bar >= 0 ? code.Substring(0, bar) : code;
        return _byPanelCode.TryGetValue(code, out var measure) ? measure : null;
    }

    private static OneOf<int?, FhirScoringError> ReadAnswer(
        QuestionnaireResponse.ItemComponent item,
        string linkId,
        LoincMeasure layout,
        int position,
        Dictionary<string, Questionnaire.ItemComponent>? questionnaireItems)
    {
        List<QuestionnaireResponse.AnswerComponent> answered;
        try
        {
            answered = [.. item.Answer.Where(a => a.Value is not null)];
        }
        catch (Hl7.Fhir.Validation.CodedValidationException)
        {
            return new FhirScoringError(FhirScoringErrorKind.WrongAnswerType, linkId,
                $"linkId '{linkId}' ({layout.MeasureKey} item {position}): the answer is not a FHIR R4 value of any type");
        }

        if (answered.Count == 0)
        {
            return (int?)null;
        }

        string where = $"linkId '{linkId}' ({layout.MeasureKey} item {position})";
        if (answered.Count > 1)
        {
            return new FhirScoringError(FhirScoringErrorKind.MultipleAnswers, linkId, $"{where}: more than one answer");
        }

        var given = answered[0].Value!;
        if (given is Integer or FhirDecimal)
        {
            return NumberOf(given) is decimal number
                ? Whole(number, linkId, where, "the answer")
                : new FhirScoringError(FhirScoringErrorKind.NotWholeNumber, linkId, $"{where}: the answer is not a number");
        }

        switch (given)
        {
            case Coding coding:
                if (OrdinalOf(coding) is decimal onCoding)
                {
                    return Whole(onCoding, linkId, where, "the answer's ordinal value");
                }

                if (questionnaireItems is not null && questionnaireItems.TryGetValue(linkId, out var definitionItem)
                    && OptionOrdinal(definitionItem, coding) is decimal onOption)
                {
                    return Whole(onOption, linkId, where, "the answer option's ordinal value");
                }

                if ((coding.System is null || IsLoinc(coding.System)) && coding.Code is { } code
                    && layout.AnswerValues.TryGetValue(code, out int value))
                {
                    return value;
                }

                return new FhirScoringError(FhirScoringErrorKind.UnknownAnswerCode, linkId,
                    $"{where}: the answer coding has no ordinal value and is not a LOINC answer code of {layout.MeasureKey}");
            default:
                return new FhirScoringError(FhirScoringErrorKind.WrongAnswerType, linkId,
                    $"{where}: an answer of type {given.TypeName} cannot be an item value (valueInteger, valueDecimal or valueCoding)");
        }
    }

    private static OneOf<int?, FhirScoringError> Whole(decimal number, string linkId, string where, string what) =>
        decimal.Truncate(number) == number && number >= int.MinValue && number <= int.MaxValue
            ? (int?)(int)number
            : new FhirScoringError(FhirScoringErrorKind.NotWholeNumber, linkId, $"{where}: {what} is not a whole number");

    private static decimal? OrdinalOf(Element element)
    {
        foreach (var extension in element.Extension)
        {
            if (extension.Url is LoincCodes.OrdinalValueExtension or LoincCodes.ItemWeightExtension
                && NumberOf(extension.Value) is decimal number)
            {
                return number;
            }
        }

        return null;
    }

    /// <summary>
    /// The number an integer or decimal holds; <see langword="null"/> for another type, no value, or a value a
    /// tolerant parse kept as text (the SDK throws on reading that, and bad data must not throw here).
    /// </summary>
    private static decimal? NumberOf(DataType? value)
    {
        try
        {
            return value switch
            {
                Integer { Value: int whole } => whole,
                FhirDecimal { Value: decimal number } => number,
                _ => null,
            };
        }
        catch (Hl7.Fhir.Validation.CodedValidationException)
        {
            return null;
        }
    }

    private static decimal? OptionOrdinal(Questionnaire.ItemComponent definitionItem, Coding answer)
    {
        foreach (var option in definitionItem.AnswerOption)
        {
            if (option.Value is Coding offered && string.Equals(offered.Code, answer.Code, StringComparison.Ordinal)
                && (offered.System is null || answer.System is null || string.Equals(offered.System, answer.System, StringComparison.Ordinal)))
            {
                return OrdinalOf(option) ?? OrdinalOf(offered);
            }
        }

        return null;
    }

    private static FhirScoringError FromScoringError(ScoringError error, LoincMeasure layout, string?[] linkIds)
    {
        var kind = error.Kind switch
        {
            ScoringErrorKind.MissingItems => FhirScoringErrorKind.MissingItems,
            ScoringErrorKind.ItemOutOfRange => FhirScoringErrorKind.ItemOutOfRange,
            _ => FhirScoringErrorKind.NotInRuleSet,
        };
        if (error.Positions.IsDefaultOrEmpty)
        {
            return new FhirScoringError(kind, null, error.Message, error);
        }

        var named = error.Positions.Select(p => $"'{linkIds[p - 1] ?? "/" + layout.ItemCodes[p - 1]}'").ToList();
        string first = linkIds[error.Positions[0] - 1] ?? "/" + layout.ItemCodes[error.Positions[0] - 1];
        string reason = kind == FhirScoringErrorKind.MissingItems
            ? $"no answer, so {layout.MeasureKey} has no score (no prorating)"
            : $"outside the {layout.MeasureKey} item range";
        string subject = named.Count == 1 ? $"linkId {named[0]}" : $"linkIds {string.Join(", ", named)}";
        return new FhirScoringError(kind, first, $"{subject}: {reason}", error);
    }

    private static bool IsLoinc(string? system) =>
        string.Equals(system, LoincCodes.System, StringComparison.OrdinalIgnoreCase)
        || string.Equals(system, "https://loinc.org", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every item of a response that is not a group: nested groups and items nested under answers included.</summary>
    private static IEnumerable<QuestionnaireResponse.ItemComponent> Leaves(IEnumerable<QuestionnaireResponse.ItemComponent> items)
    {
        var stack = new Stack<QuestionnaireResponse.ItemComponent>(items.Reverse());
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            yield return item;
            var children = item.Item.Concat(item.Answer.SelectMany(a => a.Item)).ToList();
            for (int i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }

    private static Dictionary<string, Questionnaire.ItemComponent> QuestionnaireItems(Questionnaire questionnaire)
    {
        var byLinkId = new Dictionary<string, Questionnaire.ItemComponent>(StringComparer.Ordinal);
        var stack = new Stack<Questionnaire.ItemComponent>(questionnaire.Item);
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            if (!string.IsNullOrEmpty(item.LinkId))
            {
                byLinkId.TryAdd(item.LinkId, item);
            }

            foreach (var child in item.Item)
            {
                stack.Push(child);
            }
        }

        return byLinkId;
    }
}

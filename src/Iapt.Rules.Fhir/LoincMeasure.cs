using System.Collections.Frozen;
using System.Collections.Immutable;
using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Fhir;

/// <summary>
/// How a measure of the rule set appears in LOINC: its panel code, the code of each item in item order, the code of
/// its total, and the LOINC answer codes of its items with the value each one scores. Only the layout lives here;
/// how the answers score (ranges, sums, cut-offs, bands, the risk item) is the rule set's
/// <see cref="MeasureDefinition"/>, found by <see cref="MeasureKey"/>.
/// </summary>
/// <remarks>
/// PHQ-9 and GAD-7 are the measures of the default catalogue with published LOINC panels this package could verify.
/// Build another with the constructor (with its <see cref="Source"/>) and pass it to
/// <see cref="QuestionnaireResponseScorer"/>.
/// </remarks>
public sealed class LoincMeasure
{
    private readonly FrozenDictionary<string, int> _positions;

    /// <summary>Creates a layout, checking that item codes are distinct and every answer value is a whole number of 0 or more.</summary>
    /// <param name="measureKey">The key of the measure in the rule set (for example <c>phq9</c>).</param>
    /// <param name="panelCode">The LOINC code of the panel (the questionnaire).</param>
    /// <param name="totalCode">The LOINC code of the total score, the code of the Observation made.</param>
    /// <param name="totalDisplay">The LOINC display of the total score.</param>
    /// <param name="itemCodes">The LOINC code of each item, item 1 first.</param>
    /// <param name="answerValues">The LOINC answer codes (<c>LA...</c>) with the value each scores.</param>
    /// <param name="source">Where the codes come from.</param>
    /// <exception cref="ArgumentException">A code is empty or repeats, or an answer value is negative (a programmer error).</exception>
    public LoincMeasure(
        string measureKey,
        string panelCode,
        string totalCode,
        string totalDisplay,
        IEnumerable<string> itemCodes,
        IReadOnlyDictionary<string, int> answerValues,
        Source source)
    {
        MeasureKey = Guard.Against.NullOrWhiteSpace(measureKey);
        PanelCode = Guard.Against.NullOrWhiteSpace(panelCode);
        TotalCode = Guard.Against.NullOrWhiteSpace(totalCode);
        TotalDisplay = Guard.Against.NullOrWhiteSpace(totalDisplay);
        ItemCodes = [.. Guard.Against.Null(itemCodes)];
        Guard.Against.Null(answerValues);
        Source = Guard.Against.Null(source);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < ItemCodes.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(ItemCodes[i]) || !positions.TryAdd(ItemCodes[i], i + 1))
            {
                throw new ArgumentException($"LOINC layout of '{measureKey}': item codes must be distinct and not empty.", nameof(itemCodes));
            }
        }

        foreach (var answer in answerValues)
        {
            Guard.Against.Negative(answer.Value, nameof(answerValues));
        }

        _positions = positions.ToFrozenDictionary(StringComparer.Ordinal);
        AnswerValues = answerValues.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The key of the measure in the rule set.</summary>
    public string MeasureKey { get; }

    /// <summary>The LOINC panel code (the questionnaire), for example <c>44249-1</c>.</summary>
    public string PanelCode { get; }

    /// <summary>The LOINC code of the total score, for example <c>44261-6</c>.</summary>
    public string TotalCode { get; }

    /// <summary>The LOINC display of the total score.</summary>
    public string TotalDisplay { get; }

    /// <summary>The LOINC code of each item, item 1 first.</summary>
    public ImmutableArray<string> ItemCodes { get; }

    /// <summary>The LOINC answer codes of the items, with the value each scores (for example <c>LA6568-5</c> = 0).</summary>
    public IReadOnlyDictionary<string, int> AnswerValues { get; }

    /// <summary>Where the codes come from.</summary>
    public Source Source { get; }

    /// <summary>The questionnaire canonical of the panel, for example <c>http://loinc.org/q/44249-1</c>.</summary>
    public string Canonical => LoincCodes.QuestionnairePrefix + PanelCode;

    /// <summary>The 1-based position of the item with a LOINC code, or <see langword="null"/> when it is not one of this measure's items.</summary>
    /// <param name="itemCode">The LOINC item code.</param>
    /// <returns>The position, item 1 first.</returns>
    public int? PositionOf(string itemCode) => _positions.TryGetValue(itemCode, out int position) ? position : null;

    /// <summary>The panel code.</summary>
    /// <returns>The measure key and the panel code, for example <c>phq9 (LOINC 44249-1)</c>.</returns>
    public override string ToString() => $"{MeasureKey} (LOINC {PanelCode})";

    /// <summary>
    /// The answers of the PHQ-9 and GAD-7 items in LOINC (answer list of the PHQ panels): Not at all 0, Several days 1,
    /// More than half the days 2, Nearly every day 3; and More days than not 2, the form GAD-7 item 2's LOINC answer
    /// list gives as LHC-Forms renders panel 69737-5.
    /// </summary>
    private static readonly Dictionary<string, int> FrequencyAnswers = new(StringComparer.Ordinal)
    {
        ["LA6568-5"] = 0,
        ["LA6569-3"] = 1,
        ["LA6570-1"] = 2,
        ["LA18938-3"] = 2,
        ["LA6571-9"] = 3,
    };

    /// <summary>
    /// PHQ-9: panel 44249-1, items 44250-9, 44255-8, 44259-0, 44254-1, 44251-7, 44258-2, 44252-5, 44253-3 and
    /// 44260-8 (item 9, the risk item), total 44261-6. Sources: the HL7 US Core guide's PHQ-9 example Questionnaire
    /// (linkIds <c>/44250-9</c> ...), its Observation examples PHQ9-panel-example-44249-1 and
    /// PHQ9-item-example-44260-8, and the LHC-Forms rendering of the LOINC panel.
    /// </summary>
    public static LoincMeasure Phq9 { get; } = new(
        MeasureKeys.Phq9,
        LoincCodes.Phq9Panel,
        LoincCodes.Phq9Total,
        "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]",
        ["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"],
        FrequencyAnswers,
        new Source("LOINC", "panel 44249-1, total 44261-6",
            Note: "as in the HL7 US Core PHQ-9 examples and the LHC-Forms rendering of the panel"));

    /// <summary>
    /// GAD-7: panel 69737-5, items 69725-0, 68509-9, 69733-4, 69734-2, 69735-9, 69689-8 and 69736-7, total 70274-6.
    /// Sources: the LHC-Forms rendering of the LOINC panel (its items' codes and <c>linkId</c>s) and the HL7 PHR
    /// guide's scored assessment codes (70274-6).
    /// </summary>
    public static LoincMeasure Gad7 { get; } = new(
        MeasureKeys.Gad7,
        LoincCodes.Gad7Panel,
        LoincCodes.Gad7Total,
        "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]",
        ["69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"],
        FrequencyAnswers,
        new Source("LOINC", "panel 69737-5, total 70274-6",
            Note: "as in the LHC-Forms rendering of the panel and the HL7 PHR scored assessment codes"));

    /// <summary>The layouts this package ships: PHQ-9 and GAD-7.</summary>
    public static ImmutableArray<LoincMeasure> Default { get; } = [Phq9, Gad7];
}

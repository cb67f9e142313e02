namespace Iapt.Rules.Fhir;

/// <summary>
/// Where a caller's own <c>linkId</c> points: a measure of the rule set (by key, such as <c>phq9</c>) and the 1-based
/// item position on it. A caller-supplied map of these is the last way <see cref="QuestionnaireResponseScorer"/> tries
/// to identify an item, for forms whose <c>linkId</c>s carry no LOINC code and arrive without their Questionnaire.
/// </summary>
/// <param name="MeasureKey">The measure's key in the rule set (see <see cref="Iapt.Rules.Measures.MeasureKeys"/>).</param>
/// <param name="Position">The item's 1-based position on the measure (item 1 first).</param>
public readonly record struct FhirItemRef(string MeasureKey, int Position);

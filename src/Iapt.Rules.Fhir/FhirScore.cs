using System.Globalization;
using Hl7.Fhir.Model;
using Iapt.Rules.Measures;

namespace Iapt.Rules.Fhir;

/// <summary>
/// A QuestionnaireResponse scored: the response, the LOINC layout it was read with and the rule set's
/// <see cref="Measures.Score"/> (total, severity, caseness, risk). <see cref="ToObservation"/> writes it back as FHIR.
/// </summary>
public sealed class FhirScore
{
    internal FhirScore(QuestionnaireResponse response, LoincMeasure layout, Score score)
    {
        Response = response;
        Layout = layout;
        Score = score;
    }

    /// <summary>The response scored (not copied: the caller's object).</summary>
    public QuestionnaireResponse Response { get; }

    /// <summary>The response's id, or <see langword="null"/> when it has none.</summary>
    public string? ResponseId => Response.Id;

    /// <summary>The LOINC layout the items were read with.</summary>
    public LoincMeasure Layout { get; }

    /// <summary>The rule set's score: total, severity band, caseness and (PHQ-9) the item 9 risk signal.</summary>
    public Score Score { get; }

    /// <summary>
    /// The score as an R4 Observation: code the LOINC total (PHQ-9 44261-6, GAD-7 70274-6), value a quantity in
    /// <c>{score}</c>; category <c>survey</c>; subject, encounter and effective time from the response, which it is
    /// <c>derivedFrom</c>; status <c>amended</c> for an amended response, else <c>final</c>. The interpretation is
    /// <c>POS</c> at caseness and <c>NEG</c> below (none for a measure without a cut-off). Components, coded in
    /// <see cref="LoincCodes.IaptRules"/>: <c>severity</c> (the band's key, such as <c>moderate</c>),
    /// <c>caseness</c> (a boolean) and, for PHQ-9, <c>risk</c>: <see langword="true"/> when item 9 was answered
    /// above zero, with the interpretation <c>A</c> (abnormal) so that the flag shows.
    /// </summary>
    /// <returns>A new Observation; it has no id (the server assigns one).</returns>
    public Observation ToObservation()
    {
        var observation = new Observation
        {
            Status = Response.Status == QuestionnaireResponse.QuestionnaireResponseStatus.Amended
                ? ObservationStatus.Amended
                : ObservationStatus.Final,
            Category = [new CodeableConcept(LoincCodes.ObservationCategory, "survey", "Survey")],
            Code = new CodeableConcept(LoincCodes.System, Layout.TotalCode, Layout.TotalDisplay),
            Subject = (ResourceReference?)Response.Subject?.DeepCopy(),
            Encounter = (ResourceReference?)Response.Encounter?.DeepCopy(),
            Effective = (FhirDateTime?)Response.AuthoredElement?.DeepCopy(),
            Value = new Quantity
            {
                Value = Score.Value,
                Unit = LoincCodes.ScoreUnit,
                System = LoincCodes.Ucum,
                Code = LoincCodes.ScoreUnit,
            },
        };
        if (!string.IsNullOrEmpty(Response.Id))
        {
            observation.DerivedFrom.Add(new ResourceReference($"QuestionnaireResponse/{Response.Id}"));
        }

        if (Score.Severity is { } band)
        {
            observation.Component.Add(new Observation.ComponentComponent
            {
                Code = new CodeableConcept(LoincCodes.IaptRules, "severity", "Severity band under the rule set"),
                Value = new CodeableConcept(LoincCodes.IaptRules, band.Key, string.Create(
                    CultureInfo.InvariantCulture, $"{band.Key} ({band.Minimum}-{band.Maximum})")),
            });
        }

        if (Score.IsCase is bool isCase)
        {
            observation.Interpretation.Add(new CodeableConcept(
                LoincCodes.ObservationInterpretation, isCase ? "POS" : "NEG", isCase ? "Positive" : "Negative"));
            observation.Component.Add(new Observation.ComponentComponent
            {
                Code = new CodeableConcept(LoincCodes.IaptRules, "caseness", "At caseness under the rule set"),
                Value = new FhirBoolean(isCase),
            });
        }

        if (Score.Risk != RiskSignal.NotAssessed)
        {
            bool raised = Score.Risk == RiskSignal.Raised;
            var risk = new Observation.ComponentComponent
            {
                Code = new CodeableConcept(LoincCodes.IaptRules, "risk", "Risk item answered above zero (PHQ-9 item 9, LOINC 44260-8)"),
                Value = new FhirBoolean(raised),
            };
            if (raised)
            {
                risk.Interpretation.Add(new CodeableConcept(LoincCodes.ObservationInterpretation, "A", "Abnormal"));
            }

            observation.Component.Add(risk);
        }

        return observation;
    }

    /// <summary>The response id and the score, for example <c>qr-1: phq9 14</c>.</summary>
    /// <returns>The score as text.</returns>
    public override string ToString() => $"{ResponseId}: {Score}";
}

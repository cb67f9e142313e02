namespace Iapt.Rules.Fhir;

/// <summary>
/// The code systems, LOINC codes and extension addresses the FHIR scoring reads and writes. Each LOINC code was
/// checked against a published source, named on the member: the HL7 US Core implementation guide (its PHQ-9
/// Questionnaire, QuestionnaireResponse and Observation examples), the HL7 Personal Health Record guide's value set of
/// scored assessments (PHQ-9 and GAD-7 totals), and the LOINC panels as LHC-Forms renders them (the LOINC panels'
/// own item and answer codes).
/// </summary>
public static class LoincCodes
{
    /// <summary>The LOINC code system, <c>http://loinc.org</c>.</summary>
    public const string System = "http://loinc.org";

    /// <summary>
    /// How a questionnaire canonical names a LOINC panel: <c>http://loinc.org/q/</c> followed by the panel code (the
    /// form LHC-Forms and the LOINC questionnaire service use, for example <c>http://loinc.org/q/44249-1</c>).
    /// </summary>
    public const string QuestionnairePrefix = "http://loinc.org/q/";

    /// <summary>PHQ-9 quick depression assessment panel (US Core, Observation PHQ9-panel-example-44249-1).</summary>
    public const string Phq9Panel = "44249-1";

    /// <summary>Patient Health Questionnaire 9 item (PHQ-9) total score (HL7 PHR guide, scored assessment codes).</summary>
    public const string Phq9Total = "44261-6";

    /// <summary>Generalized anxiety disorder 7 item (GAD-7) panel (LOINC panel as LHC-Forms renders it; HL7 PCO guide Questionnaire 69737-5).</summary>
    public const string Gad7Panel = "69737-5";

    /// <summary>Generalized anxiety disorder 7 item (GAD-7) total score (HL7 PHR guide, scored assessment codes).</summary>
    public const string Gad7Total = "70274-6";

    /// <summary>UCUM, the unit system of the total's quantity.</summary>
    public const string Ucum = "http://unitsofmeasure.org";

    /// <summary>The UCUM unit of a score, <c>{score}</c>.</summary>
    public const string ScoreUnit = "{score}";

    /// <summary>
    /// The R4 ordinal-value extension (<c>http://hl7.org/fhir/StructureDefinition/ordinalValue</c>): a number carried on
    /// an answer coding or answer option, read as the item's value.
    /// </summary>
    public const string OrdinalValueExtension = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    /// <summary>The item-weight extension (<c>http://hl7.org/fhir/StructureDefinition/itemWeight</c>), read like <see cref="OrdinalValueExtension"/>.</summary>
    public const string ItemWeightExtension = "http://hl7.org/fhir/StructureDefinition/itemWeight";

    /// <summary>The HL7 observation category code system (for <c>survey</c>).</summary>
    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";

    /// <summary>The HL7 v3 observation interpretation code system (for <c>POS</c>, <c>NEG</c> and <c>A</c>).</summary>
    public const string ObservationInterpretation = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";

    /// <summary>
    /// This package's own code system, for what LOINC has no code for: the severity band, caseness under the rule set
    /// and the risk signal, as Observation components.
    /// </summary>
    public const string IaptRules = "urn:iapt-rules:fhir:codes";
}

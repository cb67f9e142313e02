using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Iapt.Rules.Fhir;

namespace Iapt.Rules.Fhir.Tests;

/// <summary>The Observation a score becomes: LOINC total, quantity, interpretation, components, links to the response.</summary>
public class ObservationTests
{
    private static Observation ObservationOf(string file, string? id = null)
    {
        var set = Fixtures.Read(file);
        var response = id is null ? set.Responses.Single() : set.Responses.Single(r => r.Id == id);
        return QuestionnaireResponseScorer.ManualV4.Score(response, set.FindQuestionnaire(response)).AsT0.ToObservation();
    }

    private static Observation.ComponentComponent Component(Observation observation, string code) =>
        observation.Component.Single(c => c.Code.Coding[0].Code == code);

    [Fact]
    public void A_PHQ9_score_is_an_Observation_of_LOINC_44261_6_with_the_total_in_score_units()
    {
        var observation = ObservationOf("lhc-phq9-nested.json");
        Assert.Equal(ObservationStatus.Final, observation.Status);
        Assert.Equal(LoincCodes.System, observation.Code.Coding[0].System);
        Assert.Equal("44261-6", observation.Code.Coding[0].Code);
        var quantity = Assert.IsType<Quantity>(observation.Value);
        Assert.Equal(11m, quantity.Value);
        Assert.Equal("{score}", quantity.Code);
        Assert.Equal("survey", observation.Category[0].Coding[0].Code);
    }

    [Fact]
    public void The_Observation_carries_the_responses_subject_time_and_a_link_back_to_it()
    {
        var observation = ObservationOf("lhc-phq9-nested.json");
        Assert.Equal("Patient/pat-17", observation.Subject!.Reference);
        Assert.Equal("2026-11-20T10:15:00+00:00", Assert.IsType<FhirDateTime>(observation.Effective).Value);
        Assert.Equal("QuestionnaireResponse/lhc-phq9-1", observation.DerivedFrom.Single().Reference);
    }

    [Fact]
    public void Caseness_is_the_interpretation_and_severity_caseness_and_the_raised_risk_are_components()
    {
        var observation = ObservationOf("lhc-phq9-nested.json");
        Assert.Equal("POS", observation.Interpretation.Single().Coding[0].Code);
        Assert.Equal("moderate", Assert.IsType<CodeableConcept>(Component(observation, "severity").Value).Coding[0].Code);
        Assert.True(Assert.IsType<FhirBoolean>(Component(observation, "caseness").Value).Value);
        var risk = Component(observation, "risk");
        Assert.True(Assert.IsType<FhirBoolean>(risk.Value).Value);
        Assert.Equal("A", risk.Interpretation.Single().Coding[0].Code);
    }

    [Fact]
    public void An_amended_response_below_caseness_gives_an_amended_Observation_NEG_with_the_risk_not_raised()
    {
        var observation = ObservationOf("uscore-phq9-bundle.json", "qr-uscore-1");
        Assert.Equal(ObservationStatus.Amended, observation.Status);
        Assert.Equal("NEG", observation.Interpretation.Single().Coding[0].Code);
        var risk = Component(observation, "risk");
        Assert.False(Assert.IsType<FhirBoolean>(risk.Value).Value);
        Assert.Empty(risk.Interpretation);
    }

    [Fact]
    public void A_GAD7_Observation_is_LOINC_70274_6_and_has_no_risk_component()
    {
        var observation = ObservationOf("gad7-integer-canonical.json");
        Assert.Equal("70274-6", observation.Code.Coding[0].Code);
        Assert.DoesNotContain(observation.Component, c => c.Code.Coding[0].Code == "risk");
        Assert.Null(observation.Subject);
    }

    [Fact]
    public void The_Observation_serialises_to_R4_JSON_and_reads_back_the_same()
    {
        var observation = ObservationOf("lhc-phq9-nested.json");
        string json = new FhirJsonSerializer().SerializeToString(observation);
        var back = new FhirJsonDeserializer().Deserialize<Observation>(json);
        Assert.True(observation.IsExactly(back));
        Assert.Contains("\"code\":\"44261-6\"", json, StringComparison.Ordinal);
    }
}

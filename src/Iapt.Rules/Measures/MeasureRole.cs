namespace Iapt.Rules.Measures;

/// <summary>What a questionnaire is used for in the programme.</summary>
public enum MeasureRole
{
    /// <summary>A symptom measure used for caseness and outcomes (PHQ-9, GAD-7 and the anxiety disorder specific measures).</summary>
    Outcome,

    /// <summary>A measure of functional impairment (WSAS); it has no caseness and never decides recovery.</summary>
    Disability,

    /// <summary>A case-finding tool (GAD-2, Mini-SPIN, Whooley); "caseness" means a positive screen.</summary>
    Screening,
}

namespace Iapt.Rules.Fhir;

/// <summary>Why a QuestionnaireResponse could not be scored.</summary>
public enum FhirScoringErrorKind
{
    /// <summary>The response's status is neither <c>completed</c> nor <c>amended</c> (or is absent): it is not final.</summary>
    NotCompleted,

    /// <summary>Neither the Questionnaire, the <c>questionnaire</c> canonical, the <c>linkId</c>s nor the caller's map name a measure this package scores.</summary>
    UnknownMeasure,

    /// <summary>The response's items belong to more than one measure and nothing says which is meant.</summary>
    AmbiguousMeasure,

    /// <summary>The measure is known to LOINC but not to the rule set, or the rule set cannot score it.</summary>
    NotInRuleSet,

    /// <summary>Two items of the response are the same item of the measure.</summary>
    DuplicateItem,

    /// <summary>An item carries more than one answer.</summary>
    MultipleAnswers,

    /// <summary>An answer is of a type that cannot be an item value (a string, a date, a boolean ...).</summary>
    WrongAnswerType,

    /// <summary>An answer coding has no ordinal value and is not an answer code of the measure.</summary>
    UnknownAnswerCode,

    /// <summary>An answer's number (a decimal, or an ordinal value) is not a whole number.</summary>
    NotWholeNumber,

    /// <summary>One or more of the measure's items has no answer; nothing is prorated.</summary>
    MissingItems,

    /// <summary>An item's value lies outside the measure's item range.</summary>
    ItemOutOfRange,

    /// <summary>
    /// The response holds a value of the wrong FHIR type outside any answer (a tolerant parse keeps such values and
    /// the SDK cannot read them); an answer of that kind is <see cref="WrongAnswerType"/> at its <c>linkId</c>.
    /// </summary>
    Malformed,
}

using Iapt.Rules.Measures;

namespace Iapt.Rules.Fhir;

/// <summary>
/// Why a QuestionnaireResponse could not be scored: the kind of problem, the <c>linkId</c> of the item at fault (when
/// it is about an item) and a message that names the item but never repeats an answer (answers are patient data).
/// </summary>
public sealed class FhirScoringError
{
    internal FhirScoringError(FhirScoringErrorKind kind, string? linkId, string message, ScoringError? scoring = null)
    {
        Kind = kind;
        LinkId = linkId;
        Message = message;
        Scoring = scoring;
    }

    /// <summary>What is wrong.</summary>
    public FhirScoringErrorKind Kind { get; }

    /// <summary>
    /// The <c>linkId</c> of the (first) item at fault; for an item that is absent from the response, the
    /// <c>linkId</c> it would have in LOINC form (<c>/44260-8</c>). <see langword="null"/> when the error is about the
    /// whole response (its status, its measure).
    /// </summary>
    public string? LinkId { get; }

    /// <summary>A sentence for people: it names the item (<c>linkId</c>) and the reason, never the answer given.</summary>
    public string Message { get; }

    /// <summary>The rule set's own error when the answers were read but the measure's rules refused them (missing, out of range).</summary>
    public ScoringError? Scoring { get; }

    /// <summary>The message.</summary>
    /// <returns><see cref="Message"/>.</returns>
    public override string ToString() => Message;
}

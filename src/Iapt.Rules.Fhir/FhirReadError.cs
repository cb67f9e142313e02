namespace Iapt.Rules.Fhir;

/// <summary>
/// Why a text could not be read as FHIR R4 JSON: a sentence that names what was wrong (not JSON, not a FHIR
/// resource, the parser's issue codes) but never repeats the text's content.
/// </summary>
public sealed class FhirReadError
{
    internal FhirReadError(string message) => Message = message;

    /// <summary>A sentence for people, without any of the content read.</summary>
    public string Message { get; }

    /// <summary>The message.</summary>
    /// <returns><see cref="Message"/>.</returns>
    public override string ToString() => Message;
}

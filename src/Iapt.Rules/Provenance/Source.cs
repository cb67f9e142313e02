namespace Iapt.Rules.Provenance;

/// <summary>
/// Where a rule or a value comes from: a source document and the place in it, so that every threshold the engine
/// uses can be traced back to the text that sets it.
/// </summary>
/// <param name="Document">
/// The short code of the document: <c>M4</c> (IAPT Manual v4, 2020), <c>MQS</c> (Minimum Quality Standards),
/// <c>OSS</c> (Outline Service Specification), <c>RtB</c> (Realising the Benefits, 2010), <c>NHSD</c> (NHS Digital
/// published national definitions), <c>LIT</c> (the instrument's own literature), or any code a custom rule set uses.
/// </param>
/// <param name="Location">The section, table or paragraph within the document, for example <c>Table 6</c>.</param>
/// <param name="Unconfirmed">
/// <see langword="true"/> when the value is widely used but no primary source could be checked (marked
/// [unconfirmed] in the reference fact sheet). Such values are ordinary rule-set parameters: override them in a
/// custom rule set when your service has a confirmed figure.
/// </param>
/// <param name="Note">An optional remark on how the value was chosen; empty when there is nothing to add.</param>
public sealed record Source(string Document, string Location, bool Unconfirmed = false, string Note = "")
{
    /// <summary>The IAPT Manual v4 (NCCMH / NHS England, March 2020) at <paramref name="location"/>.</summary>
    /// <param name="location">The section or table, for example <c>Table 6</c> or <c>§6.4.3</c>.</param>
    /// <returns>A confirmed source.</returns>
    public static Source M4(string location) => new("M4", location);

    /// <summary>NHS Digital / NHS England published national definitions at <paramref name="location"/>.</summary>
    /// <param name="location">What in the national definitions, for example <c>reliable change</c>.</param>
    /// <returns>A confirmed source.</returns>
    public static Source Nhsd(string location) => new("NHSD", location);

    /// <summary>The instrument's own published literature.</summary>
    /// <param name="location">Which instrument or paper.</param>
    /// <returns>A confirmed source.</returns>
    public static Source Literature(string location) => new("LIT", location);

    /// <summary>
    /// A value in wide use whose primary source could not be checked; it stays an overridable rule-set parameter.
    /// </summary>
    /// <param name="document">The document code that is usually cited for it.</param>
    /// <param name="location">What it is.</param>
    /// <param name="note">Why it is unconfirmed or how it was chosen.</param>
    /// <returns>A source marked unconfirmed.</returns>
    public static Source UnconfirmedValue(string document, string location, string note = "") =>
        new(document, location, Unconfirmed: true, Note: note);

    /// <summary>A short citation such as <c>M4 Table 6</c> or <c>LIT HAI [unconfirmed]</c>.</summary>
    /// <returns>The document code, the location and, when unconfirmed, the marker <c>[unconfirmed]</c>.</returns>
    public override string ToString() =>
        Unconfirmed ? $"{Document} {Location} [unconfirmed]" : $"{Document} {Location}";
}

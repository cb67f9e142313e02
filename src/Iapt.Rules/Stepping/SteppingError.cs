namespace Iapt.Rules.Stepping;

/// <summary>
/// Why stepping inputs could not be used: the kind of problem, the field at fault and a message that names the
/// field and the positions but never repeats dates or scores (they are patient data).
/// </summary>
public sealed class SteppingError
{
    private SteppingError(SteppingErrorKind kind, string field, string message)
    {
        Kind = kind;
        Field = field;
        Message = message;
    }

    /// <summary>The name of the field that carries the sessions.</summary>
    public const string SessionsField = "sessions";

    /// <summary>The name of the field that carries the outcome.</summary>
    public const string OutcomeField = "outcome";

    /// <summary>The name of the field that carries the first high-intensity session date.</summary>
    public const string FirstHighIntensityField = "first_high_intensity_session";

    /// <summary>What is wrong.</summary>
    public SteppingErrorKind Kind { get; }

    /// <summary>The field at fault.</summary>
    public string Field { get; }

    /// <summary>A sentence for people: it starts with the field name and contains no patient data.</summary>
    public string Message { get; }

    /// <summary>The message.</summary>
    /// <returns><see cref="Message"/>.</returns>
    public override string ToString() => Message;

    internal static SteppingError SessionsOutOfOrder(int position) =>
        new(SteppingErrorKind.SessionsOutOfOrder, SessionsField,
            $"sessions: session {position} is dated before session {position - 1}; sessions must be in date order");

    internal static SteppingError InconsistentOutcome() =>
        new(SteppingErrorKind.InconsistentOutcome, OutcomeField,
            "outcome: recorded as recovered and still at caseness at the end, which contradict each other");
}

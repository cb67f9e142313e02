namespace Iapt.Rules.Stepping;

/// <summary>Why stepping inputs could not be used.</summary>
public enum SteppingErrorKind
{
    /// <summary>The sessions are not in date order.</summary>
    SessionsOutOfOrder,

    /// <summary>The outcome contradicts itself: recovered, yet still at caseness at the end.</summary>
    InconsistentOutcome,
}

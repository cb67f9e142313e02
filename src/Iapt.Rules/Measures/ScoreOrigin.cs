namespace Iapt.Rules.Measures;

/// <summary>Where a score came from.</summary>
public enum ScoreOrigin
{
    /// <summary>Scored from every item answer.</summary>
    Items,

    /// <summary>A total (or, for the MI, a mean) recorded by the service, as in the national dataset.</summary>
    RecordedTotal,
}

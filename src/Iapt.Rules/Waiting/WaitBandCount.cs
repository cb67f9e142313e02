namespace Iapt.Rules.Waiting;

/// <summary>How many waits fell in one wait band.</summary>
/// <param name="Band">The band.</param>
/// <param name="Count">The number of waits in it.</param>
public readonly record struct WaitBandCount(WaitBand Band, int Count);

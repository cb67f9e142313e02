namespace Iapt.Rules.Waiting;

/// <summary>One waiting referral on a patient tracking list: the caller's record and its position on the as-of date.</summary>
/// <typeparam name="T">The caller's referral record (for example with an id, step, modality, clinician).</typeparam>
/// <param name="Referral">The caller's record.</param>
/// <param name="Position">Days and weeks waited, breach dates, breached or not.</param>
public readonly record struct TrackedReferral<T>(T Referral, WaitingPosition Position);

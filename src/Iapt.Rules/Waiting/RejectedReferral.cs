namespace Iapt.Rules.Waiting;

/// <summary>A referral that could not be placed on a patient tracking list, and why (no referral is dropped silently).</summary>
/// <typeparam name="T">The caller's referral record.</typeparam>
/// <param name="Referral">The caller's record.</param>
/// <param name="Error">Why it was not placed, for example a referral dated after the as-of date.</param>
public readonly record struct RejectedReferral<T>(T Referral, WaitingError Error);

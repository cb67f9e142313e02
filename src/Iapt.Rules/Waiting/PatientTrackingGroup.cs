namespace Iapt.Rules.Waiting;

/// <summary>One part of a patient tracking list split by a key such as step, modality, locality or clinician (M4 §8.1.5).</summary>
/// <typeparam name="TKey">The grouping key.</typeparam>
/// <typeparam name="T">The caller's referral record.</typeparam>
/// <param name="Key">The key shared by the referrals of this part.</param>
/// <param name="List">The referrals with that key, as a tracking list of their own (same as-of date and rules).</param>
public sealed record PatientTrackingGroup<TKey, T>(TKey Key, PatientTrackingList<T> List);

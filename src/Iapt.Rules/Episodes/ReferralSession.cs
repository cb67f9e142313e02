namespace Iapt.Rules.Episodes;

/// <summary>A session with the id of the referral it belongs to: one row of a sessions extract, as the rules see it.</summary>
/// <param name="ReferralId">The id of the referral (<see cref="ReferralRecord.Id"/>).</param>
/// <param name="Session">The session.</param>
public readonly record struct ReferralSession(string ReferralId, SessionRecord Session);

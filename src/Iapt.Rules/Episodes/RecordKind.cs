namespace Iapt.Rules.Episodes;

/// <summary>Which kind of record a <see cref="RecordRejection"/> is about.</summary>
public enum RecordKind
{
    /// <summary>A referral (<see cref="ReferralRecord"/>, a row of a referrals extract).</summary>
    Referral,

    /// <summary>A session (<see cref="SessionRecord"/>, a row of a sessions extract).</summary>
    Session,
}

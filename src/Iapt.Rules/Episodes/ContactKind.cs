namespace Iapt.Rules.Episodes;

/// <summary>What one session counted as in <see cref="EpisodeAccumulator"/> (internal: <see cref="ReferralAccumulator"/> counts contacts from it).</summary>
internal enum ContactKind
{
    /// <summary>After the discharge date: counts for nothing.</summary>
    AfterDischarge,

    /// <summary>A follow-up: neither a contact nor a missed appointment.</summary>
    FollowUp,

    /// <summary>Scores recorded against the referral (<see cref="SessionType.ReferralScores"/>): not a contact.</summary>
    ScoresOnly,

    /// <summary>Not attended: a missed appointment.</summary>
    Missed,

    /// <summary>Attended, not a treatment session (an assessment).</summary>
    Attended,

    /// <summary>Attended treatment or assessment and treatment: a treatment session.</summary>
    Treatment,
}

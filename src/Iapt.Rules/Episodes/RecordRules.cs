using System.Collections.Immutable;
using NodaTime;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Episodes;

/// <summary>
/// The rules that decide whether a referral or a session record can be used at all, before any clinical rule reads
/// it. A record that fails one is rejected with its field and the reason (<see cref="RecordFault"/>), and counted: a
/// report reconciles records read = records used + records rejected.
/// </summary>
/// <remarks>
/// <para>Every check is pure, allocates nothing (the reasons are constants) and is thread-safe. The rules, with their
/// sources, are listed as data in <see cref="All"/>:</para>
/// <list type="bullet">
/// <item>A referral needs an id: sessions and reports are joined on it (<see cref="EmptyReferralId"/>).</item>
/// <item>A referral's id is unique: of several records with one id the first is used and the later ones are
/// rejected (<see cref="DuplicateReferral"/>). It is the one rule in which the order of records matters.</item>
/// <item>A discharge cannot come before the referral (<see cref="DischargeBeforeReferral"/>).</item>
/// <item>A session needs a referral that was used (<see cref="UnknownReferral"/>).</item>
/// <item>A session cannot come before its referral: the clock starts at referral (M4 §6.3), so such a session
/// would count as treatment but give no wait (<see cref="SessionBeforeReferral"/>).</item>
/// </list>
/// <para>What a used session then counts for (a treatment session, a contact, a missed appointment, nothing after
/// discharge) is <see cref="ReferralAccumulator"/>'s rule.</para>
/// </remarks>
public static class RecordRules
{
    /// <summary>The fault of a referral with an empty (or white-space) id.</summary>
    public static readonly RecordFault EmptyReferralId = new("referral_id", "empty referral id");

    /// <summary>The fault of a referral discharged before the date it was received.</summary>
    public static readonly RecordFault DischargeBeforeReferral = new("discharge_date", "before the referral date");

    /// <summary>The fault of a session whose referral id matches no referral that was used.</summary>
    public static readonly RecordFault UnknownReferral = new("referral_id", "no such referral (unknown, or its referral row was rejected)");

    /// <summary>The fault of a session dated before its referral was received.</summary>
    public static readonly RecordFault SessionBeforeReferral = new("date", "before the referral date");

    /// <summary>The record rules as data, in the order they are applied, each with its source.</summary>
    public static ImmutableArray<RecordRule> All { get; } =
    [
        new("empty_referral_id", RecordKind.Referral, EmptyReferralId.Field,
            "a referral needs an id (sessions are joined to it): rejected as 'empty referral id'",
            Source.Nhsd("IAPT data set: PathwayID identifies every referral and joins its records")),
        new("duplicate_referral", RecordKind.Referral, "referral_id",
            "an id is used once: the first record is kept, later ones are rejected as 'duplicate referral id'",
            Source.Nhsd("IAPT data set: one referral row per PathwayID")),
        new("discharge_before_referral", RecordKind.Referral, DischargeBeforeReferral.Field,
            "a discharge cannot precede the referral: rejected as 'before the referral date'",
            Source.M4("§6.3 (the clock starts when the referral is received)")),
        new("unknown_referral", RecordKind.Session, UnknownReferral.Field,
            "a session needs a referral that was used: rejected as 'no such referral'",
            Source.Nhsd("IAPT data set: care contacts belong to a referral by PathwayID")),
        new("session_before_referral", RecordKind.Session, SessionBeforeReferral.Field,
            "a session cannot precede its referral (it would count as treatment but give no wait): rejected as 'before the referral date'",
            Source.M4("§6.3 (the clock starts when the referral is received)")),
    ];

    /// <summary>Whether a referral can be used: <see langword="null"/> when it can, otherwise the first fault.</summary>
    /// <param name="referral">The referral.</param>
    /// <returns><see langword="null"/>, <see cref="EmptyReferralId"/> or <see cref="DischargeBeforeReferral"/>.</returns>
    public static RecordFault? CheckReferral(in ReferralRecord referral) =>
        CheckReferral(referral.Id.AsSpan(), referral.ReferralDate, referral.DischargeDate);

    /// <summary>
    /// Whether a referral given by its parts can be used (the allocation-free form for readers of files, which have
    /// the id as a span of the row).
    /// </summary>
    /// <param name="id">The referral id.</param>
    /// <param name="referralDate">The date the referral was received.</param>
    /// <param name="dischargeDate">The discharge date, or <see langword="null"/> while open.</param>
    /// <returns><see langword="null"/>, <see cref="EmptyReferralId"/> or <see cref="DischargeBeforeReferral"/>.</returns>
    public static RecordFault? CheckReferral(ReadOnlySpan<char> id, LocalDate referralDate, LocalDate? dischargeDate)
    {
        if (id.IsWhiteSpace())
        {
            return EmptyReferralId;
        }

        return dischargeDate is { } discharge && discharge < referralDate ? DischargeBeforeReferral : null;
    }

    /// <summary>Whether a session of a referral received on <paramref name="referralDate"/> can be used.</summary>
    /// <param name="referralDate">The date the session's referral was received.</param>
    /// <param name="sessionDate">The date of the session.</param>
    /// <returns><see langword="null"/>, or <see cref="SessionBeforeReferral"/>.</returns>
    public static RecordFault? CheckSession(LocalDate referralDate, LocalDate sessionDate) =>
        sessionDate < referralDate ? SessionBeforeReferral : null;

    /// <summary>The fault of a later referral record with an id already used.</summary>
    /// <param name="firstAt">Where the first record with the id is, in the caller's terms (for example <c>line 12</c>).</param>
    /// <returns>The fault, on <c>referral_id</c>.</returns>
    public static RecordFault DuplicateReferral(string firstAt) =>
        new("referral_id", $"duplicate referral id (first at {firstAt})");
}

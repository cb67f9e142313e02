using Iapt.Rules.Provenance;

namespace Iapt.Rules.Episodes;

/// <summary>
/// One rule that decides whether a record can be used, as data: what it checks, on which field, and its source. The
/// rule document (<c>docs/rules.md</c>) is generated from <see cref="RecordRules.All"/>.
/// </summary>
/// <param name="Key">A stable key, for example <c>session_before_referral</c>.</param>
/// <param name="Kind">Whether it is about a referral or a session.</param>
/// <param name="Field">The field it rejects, as the input contract names it.</param>
/// <param name="Rule">The rule in words, with the reason given when it rejects.</param>
/// <param name="Source">Where the rule comes from.</param>
public sealed record RecordRule(string Key, RecordKind Kind, string Field, string Rule, Source Source);

using Iapt.Rules.Provenance;

namespace Iapt.Rules.Dataset;

/// <summary>One rule of <see cref="DatasetRecordRules.All"/>: what it checks, in which table and column, and its source.</summary>
/// <param name="Key">A stable key, for example <c>latest_submission</c>.</param>
/// <param name="Table">The table it is first applied to (the words say which others).</param>
/// <param name="Field">The column it reads.</param>
/// <param name="Rule">The rule in words, with the reason given when it rejects.</param>
/// <param name="Source">Where the rule comes from.</param>
public sealed record DatasetRecordRule(string Key, DatasetTable Table, string Field, string Rule, Source Source);

namespace Iapt.Rules.Dataset;

/// <summary>What became of one table's rows: <see cref="Read"/> = <see cref="Used"/> + <see cref="Superseded"/> + <see cref="Rejected"/>.</summary>
/// <param name="Table">The table.</param>
/// <param name="Read">Rows read.</param>
/// <param name="Used">Rows used (for <c>IDS607</c> and <c>IDS606</c>, rows with an unusable score or unmapped tool count here too).</param>
/// <param name="Superseded">Rows replaced by a later submission (<c>IDS101</c>, <c>IDS201</c>) or ranked below another descriptor (<c>IDS603</c>).</param>
/// <param name="Rejected">Rows rejected, each listed with its line, field and reason.</param>
public readonly record struct DatasetTableCount(DatasetTable Table, long Read, long Used, long Superseded, long Rejected);

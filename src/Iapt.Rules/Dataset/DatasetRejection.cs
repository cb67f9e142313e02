namespace Iapt.Rules.Dataset;

/// <summary>A row of a data set table that was not used, with where it was and why.</summary>
/// <param name="Table">The table.</param>
/// <param name="Line">The row's line as the caller numbered it (a reader of files counts the header as line 1).</param>
/// <param name="Field">The column at fault, as the data set names it, for example <c>CareContDate</c>.</param>
/// <param name="Reason">Why, in words; never the cell's value.</param>
public readonly record struct DatasetRejection(DatasetTable Table, long Line, string Field, string Reason);

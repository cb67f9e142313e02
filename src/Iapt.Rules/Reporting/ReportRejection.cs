namespace Iapt.Rules.Reporting;

/// <summary>An input row the report could not use, with where it is and why (never the row's values).</summary>
/// <param name="File">The file, for example <c>sessions.csv</c>.</param>
/// <param name="Line">The 1-based line number in the file (the header is line 1).</param>
/// <param name="Field">The column at fault, for example <c>date</c>.</param>
/// <param name="Reason">Why the row was rejected.</param>
public sealed record ReportRejection(string File, long Line, string Field, string Reason);

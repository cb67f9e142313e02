using System.Collections.Immutable;

namespace Iapt.Rules.Reporting;

/// <summary>A titled group of figures of a service report, for example the outcomes or the waiting times.</summary>
/// <param name="Key">The stable key, lower case with underscores, for example <c>outcomes</c>.</param>
/// <param name="Title">The title for people.</param>
/// <param name="Figures">The figures, in display order.</param>
public sealed record ReportSection(string Key, string Title, ImmutableArray<ReportFigure> Figures);

using Iapt.Rules.ProblemDescriptors;
using NodaTime;

namespace Iapt.Rules.Csv;

/// <summary>What the HTML report says besides the report's own figures (<see cref="HtmlReportWriter.Write(Rules.Reporting.ServiceReport, TextWriter, HtmlReportOptions)"/>).</summary>
public sealed record HtmlReportOptions
{
    /// <summary>The service the report is for, as the first heading shows it; <see langword="null"/> (the default) for <c>Service report</c>.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The day the report was generated, as the first screen shows it; <see langword="null"/> (the default) to
    /// leave it out. The writer never reads a clock: the caller passes the day (the CLI passes today).
    /// </summary>
    public LocalDate? Generated { get; init; }

    /// <summary>
    /// Where the rejected rows were written (the CLI's <c>--rejects</c> file), as the first screen names it; or
    /// <see langword="null"/> (the default) when they were not written, and the report says how to list them.
    /// </summary>
    public string? RejectsFile { get; init; }

    /// <summary>
    /// The descriptor vocabulary the breakdown's group keys are named from (<see cref="DescriptorTable.DisplayName"/>):
    /// <see cref="DescriptorTable.ManualV4"/> by default; give the rule set's table when it names groups otherwise.
    /// </summary>
    public DescriptorTable Descriptors { get; init; } = DescriptorTable.ManualV4;
}

using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Cli.Reporting;

/// <summary>How to run a service report.</summary>
internal sealed record ReportOptions
{
    /// <summary>The reporting period, or null for every referral.</summary>
    public ReportPeriod? Period { get; init; }

    /// <summary>Referral columns to break the report down by (besides the problem descriptor).</summary>
    public IReadOnlyList<string> By { get; init; } = [];

    /// <summary>The rule set.</summary>
    public RuleSet Rules { get; init; } = RuleSet.ManualV4;

    /// <summary>Whether to apply statistical disclosure control.</summary>
    public bool Suppress { get; init; }

    /// <summary>Where to write rejected rows as CSV (file,line,field,reason), or null.</summary>
    public TextWriter? Rejects { get; init; }

    /// <summary>
    /// How many threads read the sessions file and assess referrals, or null for one per processor (at most four).
    /// The report is the same whatever the number.
    /// </summary>
    public int? Parallelism { get; init; }

    /// <summary>
    /// How many consecutive rows of the referrals file one thread parses before the next thread takes the next run:
    /// 1,024 by default; tests set 1 to spread a small file over every thread. (Sessions are shared out by byte range,
    /// or when the ranges cannot be used by a hash of the referral id.)
    /// </summary>
    public int OwnershipRun { get; init; } = 1024;

    /// <summary>
    /// How many referrals one thread assesses at a time before they are counted in order: 1,024 by default; tests set
    /// 1 to share a small file out over every thread and to wrap the ring of chunks assessed ahead.
    /// </summary>
    public int AssessChunk { get; init; } = 1024;

    /// <summary>
    /// How the threads that read <c>sessions.csv</c> in byte ranges are run: together (the default), or one after
    /// another in either order, so that tests can fix which thread meets a referral first. The report is the same
    /// whatever the order.
    /// </summary>
    public RangeSchedule RangeSchedule { get; init; }

    /// <summary>
    /// The most rows one byte range may keep to apply after every range is read (rows of referrals that an earlier
    /// range claimed): 65,536 by default (about 22 MB: a kept row is about 340 bytes); beyond it the ranges are given
    /// up and the whole file is read.
    /// </summary>
    public int RangeKeepLimit { get; init; } = 1 << 16;

    /// <summary>Where to show progress (a terminal's stderr), or null for silence.</summary>
    public TextWriter? Progress { get; init; }

    /// <summary>Where the pipeline tells how it read the files (for the race and for tests), or null.</summary>
    public ReportDiagnostics? Diagnostics { get; init; }
}

/// <summary>How a report run read its files: written by the pipeline, read by the race and by tests.</summary>
internal sealed class ReportDiagnostics
{
    /// <summary>
    /// How <c>sessions.csv</c> was shared out between threads: <c>one thread</c>; <c>byte ranges: N</c> (each thread
    /// parsed one range of the file); or <c>whole file per thread: N (byte ranges not used: why)</c>.
    /// </summary>
    public string? SessionReading { get; set; }
}

/// <summary>How the threads that read byte ranges of a file are run.</summary>
internal enum RangeSchedule
{
    /// <summary>All at once, one thread per range.</summary>
    Together,

    /// <summary>On one thread, the first range first.</summary>
    FirstToLast,

    /// <summary>On one thread, the last range first.</summary>
    LastToFirst,
}

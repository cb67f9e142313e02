using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Csv;

/// <summary>How <see cref="ServiceReportFiles.Read"/> builds a report from CSV files.</summary>
public sealed record CsvReportOptions
{
    /// <summary>The reporting period, or <see langword="null"/> (the default) for every referral.</summary>
    public ReportPeriod? Period { get; init; }

    /// <summary>Columns of <c>referrals.csv</c> to break the report down by (besides the problem descriptor); empty by default.</summary>
    public IReadOnlyList<string> By { get; init; } = [];

    /// <summary>The rule set; <see cref="RuleSet.ManualV4"/> by default.</summary>
    public RuleSet Rules { get; init; } = RuleSet.ManualV4;

    /// <summary>Whether to apply statistical disclosure control (<see cref="Rules.Reporting.Disclosure.DisclosureControl"/>) to the report.</summary>
    public bool Suppress { get; init; }

    /// <summary>
    /// Where to write the rejected rows, as CSV with the header <c>file,line,field,reason</c> (written first), or
    /// <see langword="null"/> (the default) to count them only. Lines count from 1 for the header; reasons never quote
    /// a cell. The writer is left open.
    /// </summary>
    public TextWriter? Rejects { get; init; }

    /// <summary>
    /// Where to report progress: the number of rows read so far, every million rows and once at the end when a
    /// million or more were read; <see langword="null"/> (the default) for none. Reported synchronously from the
    /// reading threads, one call at a time.
    /// </summary>
    public IProgress<long>? Progress { get; init; }

    /// <summary>
    /// How many threads read the sessions file and assess referrals, or <see langword="null"/> (the default) for one
    /// per processor (at most four). The report and the rejects are the same whatever the number.
    /// </summary>
    public int? Parallelism { get; init; }

    /// <summary>
    /// How many consecutive rows of the referrals file one thread parses before the next thread takes the next run:
    /// 1,024 by default; tests set 1 to spread a small file over every thread.
    /// </summary>
    internal int OwnershipRun { get; init; } = 1024;

    /// <summary>
    /// How many rows apart progress is reported (<see cref="Progress"/>): 1,000,000 by default; tests set a smaller
    /// interval so that a file of thousands of rows shows what a file of millions does.
    /// </summary>
    internal long ProgressEvery { get; init; } = 1_000_000;

    /// <summary>
    /// How the threads that read <c>sessions.csv</c> in byte ranges are run: together (the default), or one after
    /// another in either order, so that tests can fix which thread meets a referral first.
    /// </summary>
    internal RangeSchedule RangeSchedule { get; init; }

    /// <summary>
    /// The most rows one byte range may keep to apply after every range is read (rows of referrals that an earlier
    /// range claimed): 65,536 by default (about 22 MB); beyond it the ranges are given up and the whole file is read.
    /// </summary>
    internal int RangeKeepLimit { get; init; } = 1 << 16;

    /// <summary>
    /// Where the reader tells how it read the files (for benchmarks and for checking that an extract is read the fast
    /// way), or <see langword="null"/> (the default).
    /// </summary>
    public CsvReadDiagnostics? Diagnostics { get; init; }
}

/// <summary>
/// How <see cref="ServiceReportFiles.Read"/> read its files: written by the reader when the report is built. Not
/// thread-safe; give each run its own.
/// </summary>
public sealed class CsvReadDiagnostics
{
    /// <summary>
    /// How <c>sessions.csv</c> was shared out between threads: <c>one thread</c>; <c>byte ranges: N</c> (each thread
    /// parsed one range of the file, the fast way, when each referral's sessions are together); or
    /// <c>whole file per thread: N (byte ranges not used: why)</c>. <see langword="null"/> until a run has read the
    /// sessions.
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

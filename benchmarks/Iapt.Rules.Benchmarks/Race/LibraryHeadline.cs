using System.Diagnostics;
using Iapt.Rules.Csv;
using Iapt.Rules.Reporting;

namespace Iapt.Rules.Benchmarks.Race;

/// <summary>The library's side of the race: the service report from the two files, end to end, as <c>iapt report</c> runs it.</summary>
internal static class LibraryHeadline
{
    /// <summary>What one library run cost.</summary>
    public sealed record Run(
        HeadlineCounts Headline,
        TimeSpan Elapsed,
        TimeSpan Cpu,
        long PeakWorkingSetBytes,
        string? PeakNote,
        long AllocatedBytes,
        int Gen0,
        int Gen1,
        int Gen2,
        TimeSpan GcPause,
        long HeapAfterBytes,
        string? SessionReading);

    /// <summary>Runs <see cref="ServiceReportFiles.Read"/> over every referral (no period, no breakdown, no suppression).</summary>
    public static Run Measure(string referralsPath, string sessionsPath)
    {
        // Start from a clean heap and a fresh peak, so the figures are those of the report alone.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        string? peakNote = MachineState.TryResetPeakWorkingSet();
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();

        var cpu = MachineState.ProcessorTime();
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new CsvReadDiagnostics();
        var report = ServiceReportFiles.Read(referralsPath, sessionsPath, new CsvReportOptions { Diagnostics = diagnostics });
        stopwatch.Stop();
        cpu = MachineState.ProcessorTime() - cpu;

        long peak = MachineState.PeakWorkingSet();
        return new Run(
            report.Headline,
            stopwatch.Elapsed,
            cpu,
            peak,
            peakNote,
            GC.GetTotalAllocatedBytes(precise: true) - allocated,
            GC.CollectionCount(0) - gen0,
            GC.CollectionCount(1) - gen1,
            GC.CollectionCount(2) - gen2,
            GC.GetTotalPauseDuration() - pause,
            GC.GetTotalMemory(forceFullCollection: false),
            diagnostics.SessionReading);
    }
}

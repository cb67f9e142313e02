using System.Diagnostics;

namespace Iapt.Rules.Benchmarks.Race;

/// <summary>What the race does to the machine between its two sides, each step allowed to fail (and said so).</summary>
internal static class MachineState
{
    /// <summary>
    /// Flushes dirty pages and drops the OS page cache (<c>sync; echo 3 &gt; /proc/sys/vm/drop_caches</c>), so that
    /// neither side reads the files from memory the other (or the generator) left behind. Needs root.
    /// </summary>
    /// <returns><see langword="null"/> when dropped, else why not.</returns>
    public static string? TryDropPageCache()
    {
        try
        {
            using (var sync = Process.Start(new ProcessStartInfo("sync") { UseShellExecute = false }))
            {
                sync?.WaitForExit();
            }

            File.WriteAllText("/proc/sys/vm/drop_caches", "3");
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception or PlatformNotSupportedException)
        {
            return ex.Message;
        }
    }

    /// <summary>
    /// Resets this process's peak resident set size (Linux: <c>echo 5 &gt; /proc/self/clear_refs</c>), so that the
    /// peak read afterwards is the peak of what ran in between.
    /// </summary>
    /// <returns><see langword="null"/> when reset, else why not.</returns>
    public static string? TryResetPeakWorkingSet()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return ex.Message;
        }
    }

    /// <summary>This process's peak working set in bytes (Linux: VmHWM).</summary>
    public static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }

    /// <summary>The processor time this process has used so far (all threads), to tell work from waiting on a busy machine.</summary>
    public static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.TotalProcessorTime;
    }
}

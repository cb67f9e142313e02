using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace Iapt.Rules.Benchmarks;

/// <summary>
/// A BenchmarkDotNet clock that reads the running thread's CPU time (Linux <c>clock_gettime</c> with
/// <c>CLOCK_THREAD_CPUTIME_ID</c>, nanoseconds) instead of the wall clock. On a machine shared with other work, the
/// wall time of a nanosecond operation is its CPU time divided by the share of a core the thread gets (at a load
/// average of 25 on 2 cores, about a twelfth), so wall-clock figures there say more about the load than about the
/// code; CPU time leaves out the time the thread waited to run (caches disturbed by other work still count).
/// Used by <c>--cpu-clock</c>, in process only (the clock is read on the thread that runs the benchmark).
/// </summary>
internal sealed class ThreadCpuClock : IClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static readonly ThreadCpuClock Instance = new();

    public string Title => "Thread CPU time (CLOCK_THREAD_CPUTIME_ID)";

    public bool IsAvailable => OperatingSystem.IsLinux() && Read(out _);

    public Frequency Frequency => Frequency.GHz;

    public long GetTimestamp() => Read(out long nanoseconds) ? nanoseconds : throw new InvalidOperationException("clock_gettime failed.");

    private static bool Read(out long nanoseconds)
    {
        int result = ClockGetTime(ClockThreadCpuTimeId, out var time);
        nanoseconds = (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
        return result == 0;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);
}

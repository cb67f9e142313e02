using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Iapt.Rules.Benchmarks.Race;

namespace Iapt.Rules.Benchmarks;

/// <summary>
/// <c>race [--referrals N]</c> runs the race against DuckDB (issue 7); anything else goes to BenchmarkDotNet
/// (<c>--filter '*'</c>, <c>--list flat</c>, ...). <c>--cpu-clock</c> first runs the selected benchmarks as a short
/// job in this process timed by the thread's CPU time (<see cref="ThreadCpuClock"/>), for a machine shared with
/// other work.
/// </summary>
internal static class BenchmarkEntry
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "race")
        {
            return RaceCommand.Run(args[1..], Console.Out, Console.Error);
        }

        if (args.Length > 0 && args[0] == "--cpu-clock")
        {
            var job = Job.ShortRun.WithClock(ThreadCpuClock.Instance).WithToolchain(InProcessEmitToolchain.Instance)
                .WithId("ShortRun-ThreadCpuClock");
            BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args[1..], DefaultConfig.Instance.AddJob(job));
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
        return 0;
    }
}

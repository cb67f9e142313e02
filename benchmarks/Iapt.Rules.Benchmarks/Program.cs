using BenchmarkDotNet.Running;
using Iapt.Rules.Benchmarks.Race;

namespace Iapt.Rules.Benchmarks;

/// <summary>
/// <c>race [--referrals N]</c> runs the race against DuckDB (issue 7); anything else goes to BenchmarkDotNet
/// (<c>--filter '*'</c>, <c>--list flat</c>, ...).
/// </summary>
internal static class BenchmarkEntry
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "race")
        {
            return RaceCommand.Run(args[1..], Console.Out, Console.Error);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
        return 0;
    }
}

using System.Diagnostics;
using System.Globalization;
using Iapt.Rules.Csv;
using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Benchmarks.Race;

/// <summary>
/// <c>race [--referrals N] [--seed S] [--threads T] [--folder DIR] [--only library|duckdb] [--sql old|new|lenient] [--print-sql]</c>:
/// the library's service report against DuckDB SQL on the same synthetic national year (issue 7). <c>--sql</c> picks
/// the SQL: <c>new</c> (the default, <see cref="AnalystHeadlineSql"/>, issue 19), <c>old</c> (<see cref="HeadlineSql"/>),
/// or <c>lenient</c> (the new SQL's lenient plan alone, as it runs when the exact plan gives way). Generates the two files into a temporary folder
/// (deleted afterwards), times the library's report end to end, then DuckDB's SQL in a fresh in-memory connection,
/// checks that every headline count agrees (exit 1 with a table of differences if not), and prints both times, the
/// library's peak memory and, last, <c>speedup_vs_duckdb=X</c> (DuckDB time over library time).
/// </summary>
/// <remarks>
/// Fair start: the OS page cache is dropped before each side (when the process may: it needs root), so neither reads
/// the files from memory the generator or the other side left; the library runs first, in this process, and its peak
/// memory is read before DuckDB loads. Both times include their start-up (the JIT for the library, loading the
/// native library and opening the connection for DuckDB).
/// </remarks>
internal static class RaceCommand
{
    public const int DefaultReferrals = 1_500_000;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        int referrals = DefaultReferrals, seed = 1, threads = 2;
        string? folder = null, only = null;
        string sql = "new";
        bool printSql = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--referrals" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out referrals) && referrals >= 0:
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out seed):
                case "--threads" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out threads) && threads > 0:
                    i++;
                    break;
                case "--folder" when i + 1 < args.Length:
                    folder = args[++i];
                    break;
                case "--only" when i + 1 < args.Length && args[i + 1] is "library" or "duckdb":
                    only = args[++i];
                    break;
                case "--sql" when i + 1 < args.Length && args[i + 1] is "old" or "new" or "lenient":
                    sql = args[++i];
                    break;
                case "--print-sql":
                    printSql = true;
                    break;
                default:
                    stderr.WriteLine($"race: unknown or incomplete option '{args[i]}'");
                    stderr.WriteLine("usage: race [--referrals N] [--seed S] [--threads T] [--folder DIR] [--only library|duckdb] [--sql old|new|lenient] [--print-sql]");
                    return 2;
            }
        }

        bool temporary = folder is null;
        folder ??= Path.Combine(Path.GetTempPath(), "iapt-race-" + Guid.NewGuid().ToString("N"));
        try
        {
            return Race(referrals, seed, threads, folder, only, sql, printSql, stdout);
        }
        finally
        {
            if (temporary && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static int Race(int referralCount, int seed, int threads, string folder, string? only, string sql, bool printSql, TextWriter stdout)
    {
        string referrals = Path.Combine(folder, ServiceReportFiles.ReferralsFile);
        string sessions = Path.Combine(folder, ServiceReportFiles.SessionsFile);
        if (File.Exists(referrals) && File.Exists(sessions))
        {
            stdout.WriteLine($"race: reusing {folder} (not regenerated; --referrals and --seed ignored)");
        }
        else
        {
            Directory.CreateDirectory(folder);
            var generating = Stopwatch.StartNew();
            var (referralRows, sessionRows) = SampleService.WriteFiles(referralCount, seed, folder);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"race: sample service of {referralCount:N0} referrals (seed {seed}): {referralRows:N0} referral rows, {sessionRows:N0} session rows, generated in {generating.Elapsed.TotalSeconds:F1} s"));
        }

        long bytes = new FileInfo(referrals).Length + new FileInfo(sessions).Length;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"race: input {bytes / 1e6:F0} MB; machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}"));

        var plan = sql switch
        {
            "old" => new HeadlineSqlPlan("old", HeadlineSql.Build(RuleSet.ManualV4, referrals, sessions, threads), null),
            "lenient" => AnalystHeadlineSql.Build(RuleSet.ManualV4, referrals, sessions, threads) is var both
                ? new HeadlineSqlPlan("new (lenient plan only)", both.Fallback!, null)
                : null!,
            _ => AnalystHeadlineSql.Build(RuleSet.ManualV4, referrals, sessions, threads),
        };
        if (printSql)
        {
            if (plan.Fallback is not null)
            {
                stdout.WriteLine("-- The exact plan (run first):");
            }

            stdout.WriteLine(string.Join(";\n\n", plan.Statements) + ";");
            if (plan.Fallback is not null)
            {
                stdout.WriteLine();
                stdout.WriteLine("-- The lenient plan (run instead when a value of the exact plan's typed read fails, or needs_text > 0):");
                stdout.WriteLine(string.Join(";\n\n", plan.Fallback) + ";");
            }
        }

        if (only is not null)
        {
            return RunOne(only, referrals, sessions, plan, stdout);
        }

        // 1. The library, end to end.
        string? libraryCache = MachineState.TryDropPageCache();
        var library = LibraryHeadline.Measure(referrals, sessions);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"library: iapt report pipeline {library.Elapsed.TotalSeconds:F2} s (cpu {library.Cpu.TotalSeconds:F2} s); peak working set {library.PeakWorkingSetBytes / 1048576.0:F0} MiB{(library.PeakNote is null ? string.Empty : " (process peak: could not reset: " + library.PeakNote + ")")}; allocated {library.AllocatedBytes / 1048576.0:F0} MiB; GC gen0/gen1/gen2 {library.Gen0}/{library.Gen1}/{library.Gen2}, paused {library.GcPause.TotalSeconds:F2} s; page cache {(libraryCache is null ? "dropped" : "NOT dropped: " + libraryCache)}; sessions read in {library.SessionReading}"));

        // 2. DuckDB, in a fresh in-memory connection.
        string? duckCache = MachineState.TryDropPageCache();
        var duckCpu = MachineState.ProcessorTime();
        var duckTimer = Stopwatch.StartNew();
        var duck = DuckDbHeadline.Run(plan);
        duckTimer.Stop();
        duckCpu = MachineState.ProcessorTime() - duckCpu;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"duckdb: {DuckDbHeadline.Version()} {plan.Name} SQL ({duck.Path}) with threads={threads} {duckTimer.Elapsed.TotalSeconds:F2} s (cpu {duckCpu.TotalSeconds:F2} s); page cache {(duckCache is null ? "dropped" : "NOT dropped: " + duckCache)}"));

        // 3. Every headline count must agree.
        bool agree = Compare(library, duck.Counts, stdout);

        // 4. The figures, the speed-up last.
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"library_seconds={library.Elapsed.TotalSeconds:F2}"));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"duckdb_seconds={duckTimer.Elapsed.TotalSeconds:F2}"));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"library_peak_working_set_mib={library.PeakWorkingSetBytes / 1048576.0:F0}"));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"speedup_vs_duckdb={duckTimer.Elapsed.TotalSeconds / library.Elapsed.TotalSeconds:F2}"));
        return agree ? 0 : 1;
    }

    /// <summary>One side alone, for profiling (no comparison, no speed-up).</summary>
    private static int RunOne(string side, string referrals, string sessions, HeadlineSqlPlan plan, TextWriter stdout)
    {
        var timer = Stopwatch.StartNew();
        var cpu = MachineState.ProcessorTime();
        var library = side == "library" ? LibraryHeadline.Measure(referrals, sessions) : null;
        var duck = library is null ? DuckDbHeadline.Run(plan) : null;
        long? recovered = library is not null ? library.Headline.Recovered : duck!.Counts["recovered"];
        string detail = library is not null ? "; sessions read in " + library.SessionReading : $"; {plan.Name} SQL, {duck!.Path}";
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{side} alone: {timer.Elapsed.TotalSeconds:F2} s (cpu {(MachineState.ProcessorTime() - cpu).TotalSeconds:F2} s), peak working set {MachineState.PeakWorkingSet() / 1048576.0:F0} MiB, recovered {recovered}{detail}"));
        return 0;
    }

    private static bool Compare(LibraryHeadline.Run library, IReadOnlyDictionary<string, long> duck, TextWriter stdout)
    {
        int differences = 0;
        stdout.WriteLine();
        stdout.WriteLine($"| {"headline",-24} | {"library",12} | {"duckdb",12} |    |");
        stdout.WriteLine($"|{new string('-', 26)}|{new string('-', 14)}|{new string('-', 14)}|----|");
        foreach (var (key, _, read) in HeadlineField.All)
        {
            long? mine = read(library.Headline);
            long? theirs = duck.TryGetValue(key, out long value) ? value : null;
            bool same = mine is not null && mine == theirs;
            differences += same ? 0 : 1;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {key,-24} | {Show(mine),12} | {Show(theirs),12} | {(same ? "ok" : "!!"),-2} |"));
        }

        stdout.WriteLine();
        stdout.WriteLine(differences == 0
            ? $"race: all {HeadlineField.All.Count} headline counts agree"
            : $"race: FAILED: {differences} of {HeadlineField.All.Count} headline counts differ (marked !!)");
        return differences == 0;
    }

    private static string Show(long? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? "missing";

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "unknown";
        }
    }
}

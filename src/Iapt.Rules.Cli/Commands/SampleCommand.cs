using System.CommandLine;
using System.Globalization;
using Iapt.Rules.Csv;
using Iapt.Rules.Dataset;

namespace Iapt.Rules.Cli.Commands;

/// <summary>
/// <c>iapt sample --referrals N --seed S --out DIR [--force]</c>: writes a synthetic service's <c>referrals.csv</c> and
/// <c>sessions.csv</c>, deterministic for the seed. It never overwrites either file unless <c>--force</c> is given, and
/// creates at most the folder itself (its parent must exist), so that a typing slip cannot scatter folders or replace
/// a real extract.
/// </summary>
internal static class SampleCommand
{
    public static Command Create()
    {
        var referrals = new Option<int>("--referrals") { Description = "How many referrals to make (a few deliberately bad or duplicated rows are added, about 1 in 2,000, for the report to reject)", DefaultValueFactory = _ => 5000 };
        var seed = new Option<int>("--seed") { Description = "The random seed (the same seed gives the same files)", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "The folder to write referrals.csv and sessions.csv into (created if its parent exists)", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace referrals.csv and sessions.csv if the folder already has them" };
        var help = "Write a synthetic service's referrals.csv and sessions.csv (deterministic for a seed; nothing in them is patient data).\n\n" +
            "Example: iapt sample --referrals 50000 --seed 7 --out /tmp/service\n\n" + CommandRunner.ExitCodes +
            " Existing files are never replaced without --force (exit 2).";
        var dataset = new Option<bool>("--dataset") { Description = "Write the same service as the national data set's tables (IDS101Referral.csv, IDS201CareContact.csv, ...)" };
        var command = new Command("sample", help) { referrals, seed, output, force, dataset };
        command.SetAction(parse => parse.GetValue(dataset)
            ? RunDataset(
                parse.GetValue(referrals), parse.GetValue(seed), parse.GetValue(output)!, parse.GetValue(force),
                parse.InvocationConfiguration.Output ?? Console.Out, parse.InvocationConfiguration.Error ?? Console.Error)
            : Run(
                parse.GetValue(referrals), parse.GetValue(seed), parse.GetValue(output)!, parse.GetValue(force),
                parse.InvocationConfiguration.Output ?? Console.Out, parse.InvocationConfiguration.Error ?? Console.Error));
        return command;
    }

    public static int Run(int referralCount, int seed, string folder, TextWriter stdout, TextWriter stderr) =>
        Run(referralCount, seed, folder, force: false, stdout, stderr);

    public static int Run(int referralCount, int seed, string folder, bool force, TextWriter stdout, TextWriter stderr)
    {
        if (referralCount < 0)
        {
            stderr.WriteLine("iapt sample: --referrals must be zero or more");
            return CommandRunner.InputUnusable;
        }

        string referralsPath = Path.Combine(folder, ServiceReportFiles.ReferralsFile);
        string sessionsPath = Path.Combine(folder, ServiceReportFiles.SessionsFile);
        if (OutputProblem(folder, [referralsPath, sessionsPath], force) is { } problem)
        {
            stderr.WriteLine($"iapt sample: {problem}");
            return CommandRunner.InputUnusable;
        }

        try
        {
            Directory.CreateDirectory(folder);
            var (referralRows, sessionRows) = SampleService.WriteFiles(referralCount, seed, folder);
            long extra = referralRows - referralCount;
            string why = extra == 0 ? string.Empty
                : string.Create(CultureInfo.InvariantCulture, $" ({referralCount:N0} referrals and {extra:N0} deliberately bad or duplicated rows, which the report rejects)");
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {referralRows:N0} referral rows{why} to {referralsPath}"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {sessionRows:N0} session rows to {sessionsPath}"));
            stdout.Flush();
            return CommandRunner.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"iapt sample: cannot write to '{folder}': {ex.Message}");
            return CommandRunner.InputUnusable;
        }
    }

    /// <summary><c>iapt sample --dataset</c>: the same service written as the national data set's tables (issue 14).</summary>
    public static int RunDataset(int referralCount, int seed, string folder, bool force, TextWriter stdout, TextWriter stderr)
    {
        if (referralCount < 0)
        {
            stderr.WriteLine("iapt sample: --referrals must be zero or more");
            return CommandRunner.InputUnusable;
        }

        var paths = Enum.GetValues<DatasetTable>().Select(t => Path.Combine(folder, NationalDatasetFiles.FileNameOf(t))).ToArray();
        if (OutputProblem(folder, paths, force) is { } problem)
        {
            stderr.WriteLine($"iapt sample: {problem}");
            return CommandRunner.InputUnusable;
        }

        try
        {
            Directory.CreateDirectory(folder);
            foreach (var (table, rows) in SampleDataset.WriteFiles(referralCount, seed, folder))
            {
                stdout.WriteLine($"wrote {rows} rows to {Path.Combine(folder, NationalDatasetFiles.FileNameOf(table))}");
            }

            return CommandRunner.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"iapt sample: cannot write to '{folder}': {ex.Message}");
            return CommandRunner.InputUnusable;
        }
    }

    /// <summary>
    /// Why the sample cannot be written to <paramref name="folder"/>, or <see langword="null"/>: only the last folder
    /// of the path is created, and existing files are replaced only with <c>--force</c>.
    /// </summary>
    private static string? OutputProblem(string folder, string[] paths, bool force)
    {
        string full = Path.GetFullPath(folder);
        string? parent = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar));
        if (!Directory.Exists(full) && (parent is null || !Directory.Exists(parent)))
        {
            return $"--out: the folder '{folder}' does not exist and neither does its parent (only the last folder is created)";
        }

        var existing = paths.Where(File.Exists).ToArray();
        return existing.Length > 0 && !force
            ? $"'{string.Join("' and '", existing)}' already exist{(existing.Length == 1 ? "s" : "")}: give --force to replace, or another --out"
            : null;
    }
}

using System.CommandLine;
using Iapt.Rules.Csv;

namespace Iapt.Rules.Cli.Commands;

/// <summary>
/// <c>iapt sample --referrals N --seed S --out DIR</c>: writes a synthetic service's <c>referrals.csv</c> and
/// <c>sessions.csv</c>, deterministic for the seed.
/// </summary>
internal static class SampleCommand
{
    public static Command Create()
    {
        var referrals = new Option<int>("--referrals") { Description = "How many referrals to make", DefaultValueFactory = _ => 5000 };
        var seed = new Option<int>("--seed") { Description = "The random seed (the same seed gives the same files)", DefaultValueFactory = _ => 1 };
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write referrals.csv and sessions.csv into", Required = true };
        var dataset = new Option<bool>("--dataset") { Description = "Write the same service as the national data set's tables (IDS101Referral.csv, IDS201CareContact.csv, ...)" };
        var command = new Command("sample", "Write a synthetic service's referrals.csv and sessions.csv (deterministic for a seed)")
        {
            referrals, seed, output, dataset,
        };
        command.SetAction(parse => parse.GetValue(dataset)
            ? RunDataset(parse.GetValue(referrals), parse.GetValue(seed), parse.GetValue(output)!.FullName, Console.Out, Console.Error)
            : Run(parse.GetValue(referrals), parse.GetValue(seed), parse.GetValue(output)!.FullName, Console.Out, Console.Error));
        return command;
    }

    public static int Run(int referralCount, int seed, string folder, TextWriter stdout, TextWriter stderr)
    {
        if (referralCount < 0)
        {
            stderr.WriteLine("iapt sample: --referrals must be zero or more");
            return CommandRunner.InputUnusable;
        }

        try
        {
            Directory.CreateDirectory(folder);
            var (referralRows, sessionRows) = SampleService.WriteFiles(referralCount, seed, folder);
            stdout.WriteLine($"wrote {referralRows} referral rows to {Path.Combine(folder, "referrals.csv")}");
            stdout.WriteLine($"wrote {sessionRows} session rows to {Path.Combine(folder, "sessions.csv")}");
            return CommandRunner.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"iapt sample: cannot write to '{folder}': {ex.Message}");
            return CommandRunner.InputUnusable;
        }
    }

    /// <summary><c>iapt sample --dataset</c>: the same service written as the national data set's tables (issue 14).</summary>
    public static int RunDataset(int referralCount, int seed, string folder, TextWriter stdout, TextWriter stderr)
    {
        if (referralCount < 0)
        {
            stderr.WriteLine("iapt sample: --referrals must be zero or more");
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
}

using System.CommandLine;
using System.Globalization;
using Iapt.Rules.Csv;

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
        var command = new Command("sample", help) { referrals, seed, output, force };
        command.SetAction(parse => Run(
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

        string full = Path.GetFullPath(folder);
        string? parent = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar));
        if (!Directory.Exists(full) && (parent is null || !Directory.Exists(parent)))
        {
            stderr.WriteLine($"iapt sample: --out: the folder '{folder}' does not exist and neither does its parent (only the last folder is created)");
            return CommandRunner.InputUnusable;
        }

        string referralsPath = Path.Combine(folder, ServiceReportFiles.ReferralsFile);
        string sessionsPath = Path.Combine(folder, ServiceReportFiles.SessionsFile);
        var existing = new[] { referralsPath, sessionsPath }.Where(File.Exists).ToArray();
        if (existing.Length > 0 && !force)
        {
            stderr.WriteLine($"iapt sample: '{string.Join("' and '", existing)}' already exist{(existing.Length == 1 ? "s" : "")}: give --force to replace, or another --out");
            return CommandRunner.InputUnusable;
        }

        try
        {
            Directory.CreateDirectory(full);
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
}

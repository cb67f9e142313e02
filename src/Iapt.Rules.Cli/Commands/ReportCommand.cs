using System.CommandLine;
using System.Text;
using Iapt.Rules.Cli.Csv;
using Iapt.Rules.Csv;
using Iapt.Rules.Episodes;
using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Cli.Commands;

/// <summary>
/// <c>iapt report REFERRALS SESSIONS</c> (or <c>--sample</c>): a service's report against every national standard,
/// as Markdown (default), JSON or HTML on stdout.
/// </summary>
internal static partial class ReportCommand
{
    /// <summary>The size and seed of the built-in sample service of <c>report --sample</c>.</summary>
    public const int SampleReferrals = 3000;

    /// <summary>The seed of the built-in sample.</summary>
    public const int SampleSeed = 2020;

    public static Command Create()
    {
        var referrals = new Argument<FileInfo?>("REFERRALS") { Description = "referrals.csv", Arity = ArgumentArity.ZeroOrOne };
        var sessions = new Argument<FileInfo?>("SESSIONS") { Description = "sessions.csv", Arity = ArgumentArity.ZeroOrOne };
        var sample = new Option<bool>("--sample") { Description = $"Report on a built-in synthetic service of {SampleReferrals} referrals (no files needed)" };
        var format = new Option<string>("--format") { Description = "markdown (default), json or html", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "json", "html");
        var from = new Option<string?>("--from") { Description = "First day of the reporting period (yyyy-MM-dd)" };
        var to = new Option<string?>("--to") { Description = "Last day of the reporting period (yyyy-MM-dd), included" };
        var by = new Option<string[]>("--by") { Description = "A referral column to break the report down by (repeatable)", AllowMultipleArgumentsPerToken = false };
        var suppress = new Option<bool>("--suppress") { Description = "Apply statistical disclosure control (counts under 5 suppressed, the rest rounded to 5)" };
        var rejects = new Option<FileInfo?>("--rejects") { Description = "Write rejected rows (file,line,field,reason) to this CSV file" };
        var command = new Command("report", "A service report against the national standards, from referrals.csv and sessions.csv")
        {
            referrals, sessions, sample, format, from, to, by, suppress, rejects,
        };
        var (dataset, reconcile) = AddDatasetOptions(command);
        command.SetAction(parse =>
        {
            var request = new Request(
                parse.GetValue(referrals)?.FullName, parse.GetValue(sessions)?.FullName, parse.GetValue(sample),
                parse.GetValue(format)!, parse.GetValue(from), parse.GetValue(to), parse.GetValue(by) ?? [],
                parse.GetValue(suppress), parse.GetValue(rejects)?.FullName)
            {
                Dataset = parse.GetValue(dataset)?.FullName,
                Reconcile = parse.GetValue(reconcile)?.FullName,
            };
            using var stdout = StandardStreams.OpenOutput();
            return Run(request, stdout, Console.Error, Console.IsErrorRedirected ? null : Console.Error);
        });
        return command;
    }

    internal sealed record Request(
        string? Referrals, string? Sessions, bool Sample, string Format, string? From, string? To,
        IReadOnlyList<string> By, bool Suppress, string? Rejects)
    {
        /// <summary>The folder of national data set tables (<c>--dataset DIR</c>), or <see langword="null"/>.</summary>
        public string? Dataset { get; init; }

        /// <summary>Where <c>--reconcile FILE</c> writes the disagreements with NHS Digital's flags, or <see langword="null"/>.</summary>
        public string? Reconcile { get; init; }
    }

    public static int Run(Request request, TextWriter stdout, TextWriter stderr, TextWriter? progress)
    {
        if (!TryPeriod(request.From, request.To, out var period, out string? periodError))
        {
            stderr.WriteLine($"iapt report: {periodError}");
            return CommandRunner.InputUnusable;
        }

        if (request.Dataset is not null || request.Reconcile is not null)
        {
            return RunDataset(request, period, stdout, stderr);
        }

        if (!request.Sample && (request.Referrals is null || request.Sessions is null))
        {
            stderr.WriteLine("iapt report: give REFERRALS and SESSIONS files, or --sample");
            return CommandRunner.InputUnusable;
        }

        string? sampleFolder = null;
        try
        {
            string referrals, sessions;
            if (request.Sample)
            {
                sampleFolder = Path.Combine(Path.GetTempPath(), $"iapt-sample-{Guid.NewGuid():N}");
                Directory.CreateDirectory(sampleFolder);
                SampleService.WriteFiles(SampleReferrals, SampleSeed, sampleFolder);
                referrals = Path.Combine(sampleFolder, ServiceReportFiles.ReferralsFile);
                sessions = Path.Combine(sampleFolder, ServiceReportFiles.SessionsFile);
            }
            else
            {
                referrals = request.Referrals!;
                sessions = request.Sessions!;
            }

            return CommandRunner.Run("report", stdout, stderr, output =>
            {
                using var rejects = request.Rejects is null ? null : new StreamWriter(request.Rejects, false, new UTF8Encoding(false));
                var shown = progress is null ? null : new ProgressLine(progress);
                var report = ServiceReportFiles.Read(referrals, sessions, new CsvReportOptions
                {
                    Period = period,
                    By = request.By,
                    Rules = RuleSet.ManualV4,
                    Suppress = request.Suppress,
                    Rejects = rejects,
                    Progress = shown,
                });
                shown?.End();
                switch (request.Format)
                {
                    case "json":
                        JsonReportWriter.Write(report, output);
                        break;
                    case "html":
                        HtmlReportWriter.Write(report, output);
                        break;
                    default:
                        MarkdownReportWriter.Write(report, output);
                        break;
                }
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"iapt report: {ex.Message}");
            return CommandRunner.InputUnusable;
        }
        finally
        {
            if (sampleFolder is not null)
            {
                Directory.Delete(sampleFolder, recursive: true);
            }
        }
    }

    private static bool TryPeriod(string? from, string? to, out ReportPeriod? period, out string? error)
    {
        period = null;
        error = null;
        if (from is null && to is null)
        {
            return true;
        }

        if (from is null || to is null)
        {
            error = "give both --from and --to for a period";
            return false;
        }

        if (!RecordFields.TryParseDate(from, out var start) || !RecordFields.TryParseDate(to, out var end))
        {
            error = "--from and --to must be dates in the form yyyy-MM-dd";
            return false;
        }

        if (end < start)
        {
            error = "--to is before --from";
            return false;
        }

        period = new ReportPeriod(start, end);
        return true;
    }

    /// <summary>The progress line on a terminal's stderr: <c>iapt report: N rows read</c>, rewritten in place.</summary>
    private sealed class ProgressLine(TextWriter terminal) : IProgress<long>
    {
        private bool _shown;

        public void Report(long value)
        {
            terminal.Write($"\riapt report: {value:N0} rows read");
            _shown = true;
        }

        /// <summary>Ends the line, if one was shown.</summary>
        public void End()
        {
            if (_shown)
            {
                terminal.WriteLine();
            }
        }
    }
}

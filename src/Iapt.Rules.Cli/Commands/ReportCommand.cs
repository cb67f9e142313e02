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
/// on stdout as readable tables on a terminal, Markdown when redirected (or with <c>--format markdown</c>), JSON or
/// HTML.
/// </summary>
internal static partial class ReportCommand
{
    /// <summary>The size and seed of the built-in sample service of <c>report --sample</c>.</summary>
    public const int SampleReferrals = 3000;

    /// <summary>The seed of the built-in sample.</summary>
    public const int SampleSeed = 2020;

    public static Command Create()
    {
        var referrals = ReportInput.Argument("REFERRALS", "referrals.csv: referral_id, referral_date, problem_descriptor, discharge_date, any attribute columns for --by");
        var sessions = ReportInput.Argument("SESSIONS", "sessions.csv: referral_id, date, type, attended, optional intensity, intervention and score columns");
        var sample = new Option<bool>("--sample") { Description = $"Report on a built-in synthetic service of {SampleReferrals} referrals (no files needed)" };
        var format = new Option<string?>("--format") { Description = "markdown, json or html; by default tables on a terminal and markdown when redirected" };
        format.AcceptOnlyFromAmong("markdown", "json", "html");
        var from = new Option<string?>("--from") { Description = "First day of the reporting period (yyyy-MM-dd)" };
        var to = new Option<string?>("--to") { Description = "Last day of the reporting period (yyyy-MM-dd), included" };
        var by = new Option<string[]>("--by") { Description = "A referral column to break the report down by (repeatable)", AllowMultipleArgumentsPerToken = false };
        var suppress = new Option<bool>("--suppress") { Description = "Apply statistical disclosure control (counts under 5 suppressed, the rest rounded to 5)" };
        var rejects = new Option<FileInfo?>("--rejects") { Description = "Write rejected rows (file,line,field,reason) to this CSV file" };
        var title = new Option<string?>("--title") { Description = "The service's name for the report's heading (default: from the input's folder)" };
        var command = new Command("report", ReportInput.Help)
        {
            referrals, sessions, sample, format, from, to, by, suppress, rejects, title,
        };
        var (dataset, reconcile) = AddDatasetOptions(command);
        command.SetAction(parse =>
        {
            var request = new Request(
                parse.GetValue(referrals), parse.GetValue(sessions), parse.GetValue(sample),
                ReportTerminal.ChooseFormat(parse.GetValue(format), Console.IsOutputRedirected), parse.GetValue(from), parse.GetValue(to),
                parse.GetValue(by) ?? [], parse.GetValue(suppress), parse.GetValue(rejects)?.FullName)
            {
                Title = parse.GetValue(title),
                Generated = NodaTime.LocalDate.FromDateTime(DateTime.Now),
                TerminalWidth = Console.IsOutputRedirected ? null : ReportTerminal.ConsoleWidth(),
                Dataset = parse.GetValue(dataset)?.FullName,
                Reconcile = parse.GetValue(reconcile)?.FullName,
            };
            return StandardStreams.WithOutput(parse, (stdout, stderr) =>
                Run(request, stdout, stderr, ReportTerminal.ProgressTarget(stderr, !ReferenceEquals(stderr, Console.Error) || Console.IsErrorRedirected)));
        });
        return command;
    }

    internal sealed record Request(
        string? Referrals, string? Sessions, bool Sample, string Format, string? From, string? To,
        IReadOnlyList<string> By, bool Suppress, string? Rejects)
    {
        /// <summary>The service's name (<c>--title</c>), or <see langword="null"/> to name it from the input.</summary>
        public string? Title { get; init; }

        /// <summary>The day the report is generated (the CLI passes today), or <see langword="null"/>.</summary>
        public NodaTime.LocalDate? Generated { get; init; }

        /// <summary>The terminal's width for the terminal tables, or <see langword="null"/> to detect it.</summary>
        public int? TerminalWidth { get; init; }

        /// <summary>The name the report gives the service: <c>--title</c>, else the folder of the referrals file (or its name).</summary>
        public string ServiceTitle() => Title is { } t && !string.IsNullOrWhiteSpace(t) ? t.Trim()
            : Sample ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Sample service (synthetic, {SampleReferrals:N0} referrals)")
            : Referrals is null ? "Service report"
            : string.Equals(Path.GetFileName(Referrals), ServiceReportFiles.ReferralsFile, StringComparison.OrdinalIgnoreCase)
                && Path.GetFileName(Path.GetDirectoryName(Referrals)) is { Length: > 0 } folder ? folder
            : Path.GetFileNameWithoutExtension(Referrals);

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

        if (ReportInput.UsageError(request.Sample, request.Referrals, request.Sessions) is { } usage)
        {
            stderr.WriteLine($"iapt report: {usage}");
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
                // Standard input (-) is read into a file first: the report reads each file on every core.
                sampleFolder = ReportInput.StandardInputFolder(request.Referrals!, request.Sessions!);
                referrals = ReportInput.Path(request.Referrals!, sampleFolder);
                sessions = ReportInput.Path(request.Sessions!, sampleFolder);
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
                        HtmlReportWriter.Write(report, output, new HtmlReportOptions
                        {
                            Title = request.ServiceTitle(), Generated = request.Generated, RejectsFile = request.Rejects, Descriptors = RuleSet.ManualV4.Descriptors,
                        });
                        break;
                    case ReportTerminal.TerminalFormat:
                        ReportTerminal.Write(report, ReportTerminal.Console(output, request.TerminalWidth), request.ServiceTitle(), request.Generated,
                            request.Rejects, RuleSet.ManualV4.Descriptors);
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

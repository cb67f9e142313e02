using System.CommandLine;
using System.Text;
using Iapt.Rules.Csv;
using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Cli.Commands;

/// <summary><c>iapt report --dataset DIR [--reconcile FILE]</c>: the report from the national data set's tables (issue 14).</summary>
internal static partial class ReportCommand
{
    private static (Option<DirectoryInfo?> Dataset, Option<FileInfo?> Reconcile) AddDatasetOptions(Command command)
    {
        var dataset = new Option<DirectoryInfo?>("--dataset")
        {
            Description = "Report on a folder of national data set tables (IDS101Referral.csv, IDS201CareContact.csv, ...) instead of REFERRALS and SESSIONS",
        };
        var reconcile = new Option<FileInfo?>("--reconcile")
        {
            Description = "With --dataset: write each disagreement with NHS Digital's flags (PathwayID,flag,nhs_digital,engine,explanation) to this CSV file",
        };
        command.Options.Add(dataset);
        command.Options.Add(reconcile);
        return (dataset, reconcile);
    }

    private static int RunDataset(Request request, ReportPeriod? period, TextWriter stdout, TextWriter stderr)
    {
        if (request.Dataset is null)
        {
            stderr.WriteLine("iapt report: --reconcile needs --dataset");
            return CommandRunner.InputUnusable;
        }

        if (request.Sample || request.Referrals is not null || request.Sessions is not null)
        {
            stderr.WriteLine("iapt report: give --dataset DIR, or REFERRALS and SESSIONS, or --sample; not more than one");
            return CommandRunner.InputUnusable;
        }

        try
        {
            return CommandRunner.Run("report", stdout, stderr, output =>
            {
                using var rejects = request.Rejects is null ? null : new StreamWriter(request.Rejects, false, new UTF8Encoding(false));
                var result = NationalDatasetFiles.Read(request.Dataset, new DatasetReadOptions
                {
                    Period = period,
                    By = request.By,
                    Rules = RuleSet.ManualV4,
                    Suppress = request.Suppress,
                    Rejects = rejects,
                });
                if (request.Reconcile is not null)
                {
                    if (!result.HasFlags)
                    {
                        throw new CsvInputException(
                            "--reconcile: IDS101Referral has no NHS Digital flags (CompletedTreatment_Flag, NotCaseness_Flag, Recovery_Flag, ReliableImprovement_Flag, ReliableDeterioration_Flag) to reconcile with");
                    }

                    using var reconciliation = new StreamWriter(request.Reconcile, false, new UTF8Encoding(false));
                    NationalDatasetFiles.WriteReconciliation(result, reconciliation);
                }

                switch (request.Format)
                {
                    case "json":
                        JsonReportWriter.Write(result.Report, output);
                        break;
                    case "html":
                        HtmlReportWriter.Write(result.Report, output);
                        break;
                    default:
                        MarkdownReportWriter.Write(result.Report, output);
                        break;
                }
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"iapt report: {ex.Message}");
            return CommandRunner.InputUnusable;
        }
    }
}

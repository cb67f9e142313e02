using Iapt.Rules.Cli.Commands;
using Iapt.Rules.Tests.Csv;

namespace Iapt.Rules.Tests.Cli;

/// <summary><c>iapt report --dataset DIR [--reconcile FILE]</c> (README "The national data set").</summary>
public class ReportDatasetCommandTests
{
    private static (int Exit, string Output, string Error) Run(ReportCommand.Request request)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = ReportCommand.Run(request, stdout, stderr, progress: null);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static ReportCommand.Request Request(string? dataset, string? reconcile = null, string format = "markdown") =>
        new(null, null, false, format, null, null, [], false, null) { Dataset = dataset, Reconcile = reconcile };

    [Fact]
    public void The_report_of_a_dataset_folder_has_the_dataset_and_agreement_sections()
    {
        using var folder = new DatasetFolder(DatasetFolder.Small());
        var (exit, output, error) = Run(Request(folder.Path));
        Assert.Equal((0, ""), (exit, error));
        Assert.Contains("## National data set: rows and data quality", output, StringComparison.Ordinal);
        Assert.Contains("| Agreement with Recovery\\_Flag | 0 | 2 | 0.0% |", output, StringComparison.Ordinal);
        Assert.Contains("| Rows read | 22 |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Reconcile_writes_the_disagreements()
    {
        using var folder = new DatasetFolder(DatasetFolder.Small());
        string file = Path.Combine(folder.Path, "reconcile-out.csv");
        var (exit, _, _) = Run(Request(folder.Path, file, "json"));
        Assert.Equal(0, exit);
        var lines = File.ReadAllLines(file);
        Assert.Equal("PathwayID,flag,nhs_digital,engine,explanation", lines[0]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void Reconcile_without_flags_says_so_and_exits_2()
    {
        var files = DatasetFolder.Small();
        files["ids101referral.csv"] = files["ids101referral.csv"].Replace("Recovery_Flag", "Other", StringComparison.Ordinal);
        using var folder = new DatasetFolder(files);
        var (exit, _, error) = Run(Request(folder.Path, Path.Combine(folder.Path, "r.csv")));
        Assert.Equal(2, exit);
        Assert.Contains("no NHS Digital flags", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reconcile_needs_a_dataset()
    {
        var (exit, _, error) = Run(Request(null, "r.csv"));
        Assert.Equal(2, exit);
        Assert.Contains("--reconcile needs --dataset", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dataset_and_two_files_together_are_refused()
    {
        using var folder = new DatasetFolder(DatasetFolder.Small());
        var (exit, _, error) = Run(new ReportCommand.Request("a.csv", "b.csv", false, "markdown", null, null, [], false, null) { Dataset = folder.Path });
        Assert.Equal(2, exit);
        Assert.Contains("not more than one", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_table_exits_2_naming_it()
    {
        var files = DatasetFolder.Small();
        files.Remove("IDS201CareContact.csv");
        using var folder = new DatasetFolder(files);
        var (exit, _, error) = Run(Request(folder.Path));
        Assert.Equal(2, exit);
        Assert.Contains("IDS201CareContact.csv (required)", error, StringComparison.Ordinal);
    }

    /// <summary>The README's worked example, as it states it.</summary>
    [Fact]
    public void The_readme_worked_example()
    {
        using var folder = new DatasetFolder(new Dictionary<string, string>
        {
            ["IDS101Referral.csv"] = "PathwayID,ReferralRequestReceivedDate,ServDischDate,UniqMonthID,Recovery_Flag\nP1,2024-01-01,2024-05-31,1450,\nP1,2024-01-01,2024-06-30,1451,False\n",
            ["IDS201CareContact.csv"] = "PathwayID,CareContactId,CareContDate,AttendOrDNACode,AppType\nP1,C1,2024-02-01,5,02\nP1,C2,2024-03-01,05,2\nP1,C3,2024-03-08,2,02\n",
            ["IDS603PresentingComplaints.csv"] = "PathwayID,PresComp,PresCompCodSig,PresCompDate\nP1,F32.1,P,2024-01-01\nP1,F41.1,S,2024-02-01\n",
            ["IDS607CodedScoreAssessmentAct.csv"] = "PathwayID,CareContactId,CodedAssToolType,PersScore\nP1,C1,720433000,18\nP1,C1,445455005,15\nP1,C2,720433000,6\nP1,C2,445455005,NA\n",
            ["IDS606CodedScoreAssessmentRefer.csv"] = "PathwayID,CodedAssToolType,PersScore,AssToolCompDate\nP1,445455005,4,2024-03-01\n",
        });
        var result = Iapt.Rules.Csv.NationalDatasetFiles.Read(folder.Path);
        Assert.Equal((1L, 1L), (result.Report.Headline.Finished!.Value, result.Report.Headline.Recovered!.Value));
        Assert.Equal(1, result.Translation.Counts[0].Superseded);
        Assert.Equal(new Iapt.Rules.Dataset.MeasureCount("gad7", 1), result.Translation.UnusableScores.Single());
        Assert.Equal(Iapt.Rules.ProblemDescriptors.ProblemDescriptor.Depression, result.Translation.Referrals.Single().Descriptor);
        var disagreement = result.Disagreements.Single();
        Assert.Equal(("P1", Iapt.Rules.Dataset.NhsdIndicator.Recovery, false, true), (disagreement.PathwayId, disagreement.Flag, disagreement.NhsDigital, disagreement.Engine));
        Assert.Contains("recovered: yes", disagreement.Explanation, StringComparison.Ordinal);
    }
}

using Iapt.Rules.Csv;
using Iapt.Rules.Reporting;

namespace Iapt.Rules.Tests.Csv;

/// <summary>
/// The same synthetic service written both ways (two files, and the national data set's tables) gives the same
/// report (issue 14). The tables carry PHQ-9 and GAD-7 only (the confirmed tool codes) and intensity but not the
/// intervention, so the two-file side is given the same: its other score columns and interventions are blanked.
/// </summary>
public sealed class SampleDatasetTests : IDisposable
{
    private const int Referrals = 1500;
    private const int Seed = 2020;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"iapt-sample-both-{Guid.NewGuid():N}");

    public SampleDatasetTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (ServiceReport TwoFiles, Rules.Dataset.DatasetReport Dataset) BothWays()
    {
        string files = Path.Combine(_folder, "files"), tables = Path.Combine(_folder, "tables");
        Directory.CreateDirectory(files);
        Directory.CreateDirectory(tables);
        SampleService.WriteFiles(Referrals, Seed, files);
        string sessions = Path.Combine(files, ServiceReportFiles.SessionsFile);
        var lines = File.ReadAllLines(sessions);
        var header = lines[0].Split(',');
        int intervention = Array.IndexOf(header, "intervention");
        File.WriteAllLines(sessions, lines.Select((line, n) =>
        {
            if (n == 0)
            {
                return line;
            }

            var cells = line.Split(',');
            for (int i = 0; i < cells.Length; i++)
            {
                if (i == intervention || (i > intervention && header[i] is not ("phq9" or "gad7")))
                {
                    cells[i] = "";
                }
            }

            return string.Join(',', cells);
        }));
        var twoFiles = ServiceReportFiles.Read(Path.Combine(files, ServiceReportFiles.ReferralsFile), sessions);
        SampleDataset.WriteFiles(Referrals, Seed, tables);
        return (twoFiles, NationalDatasetFiles.Read(tables));
    }

    private static string Json(ServiceReport report)
    {
        var trimmed = report with
        {
            Headline = report.Headline with { RowsRead = 0, RowsRejected = 0 },
            Sections = [.. report.Sections.Where(s => s.Key is not (Rules.Dataset.NationalDataset.DatasetSection or Rules.Dataset.NationalDataset.AgreementSection))],
        };
        var text = new StringWriter();
        JsonReportWriter.Write(trimmed, text);
        return text.ToString();
    }

    [Fact]
    public void The_same_service_written_both_ways_gives_the_same_report()
    {
        var (twoFiles, dataset) = BothWays();
        Assert.True(twoFiles.Headline.Finished > 100);
        Assert.Equal(twoFiles.Headline with { RowsRead = 0, RowsRejected = 0 }, dataset.Report.Headline with { RowsRead = 0, RowsRejected = 0 });
        Assert.Equal(Json(twoFiles), Json(dataset.Report));
    }

    [Fact]
    public void The_tables_hold_resubmissions_several_descriptors_cancellations_and_disagreeing_flags()
    {
        var (_, dataset) = BothWays();
        var counts = dataset.Translation.Counts;
        Assert.All(counts.Take(4), c => Assert.True(c.Read > 0));
        Assert.True(counts[0].Superseded > 0 && counts[1].Superseded > 0 && counts[3].Superseded > 0);
        Assert.True(dataset.HasFlags);
        Assert.Contains(dataset.Disagreements, d => d.Flag == Rules.Dataset.NhsdIndicator.Recovery);
        Assert.True(dataset.Agreement.All(a => a.Compared == dataset.Translation.Referrals.Length));
        Assert.True(dataset.Translation.UnmappedToolTypes > 0);
    }
}

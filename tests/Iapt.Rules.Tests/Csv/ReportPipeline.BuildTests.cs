using Iapt.Rules.Csv;
using Iapt.Rules.Reporting;

namespace Iapt.Rules.Tests.Csv;

/// <summary>
/// How the pipeline counts its referrals (<c>ReportPipeline.Build.cs</c>): each referral counted in the groups of its
/// own values of every <c>--by</c> column.
/// </summary>
public class ReportPipelineBuildTests
{
    /// <summary>
    /// Two breakdown columns whose values differ between referrals: a (F, north), b (M, north), c (M, south). Each
    /// referral counts in the group of its own value of each column: gender F 1, M 2; region north 2, south 1.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Each_referral_counts_in_the_groups_of_its_own_values_of_two_breakdown_columns(int threads)
    {
        var (report, _) = ReportPipelineTests.Run(
            "referral_id,referral_date,problem_descriptor,discharge_date,gender,region\n" +
            "a,2024-01-01,F32,,F,north\n" +
            "b,2024-01-01,F32,,M,north\n" +
            "c,2024-01-01,F32,,M,south\n",
            "referral_id,date,type,attended\n",
            new CsvReportOptions { By = ["gender", "region"], Parallelism = threads });
        Assert.Equal(3, report.Headline.Referrals);
        Assert.Equal([("F", 1L), ("M", 2L)], Referrals(report.Breakdowns[1]));
        Assert.Equal([("north", 2L), ("south", 1L)], Referrals(report.Breakdowns[2]));
    }

    private static (string Value, long Referrals)[] Referrals(ReportBreakdown breakdown) =>
        [.. breakdown.Groups.Select(g => (g.Value, g.Figures.Single(f => f.Key == ReportKeys.Referrals).Count!.Value))];
}

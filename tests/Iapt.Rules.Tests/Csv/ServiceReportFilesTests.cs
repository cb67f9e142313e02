using Iapt.Rules.Csv;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Tests.Cli;
using Iapt.Rules.Tests.Reporting;

namespace Iapt.Rules.Tests.Csv;

/// <summary>
/// The two-file entry point (issue 6 input contract): its score columns, its options, the files it leaves closed and
/// the rejects file it writes.
/// </summary>
public class ServiceReportFilesTests
{
    /// <summary>The score columns are part of the file contract: other tools write them by these names, in this order.</summary>
    [Fact]
    public void The_score_columns_are_the_contract_s_nine_in_order()
    {
        Assert.Equal(["phq9", "gad7", "wsas", "spin", "pcl5", "mi", "oci", "pdss", "hai"], ServiceReportFiles.ScoreColumns);
    }

    /// <summary>Each score column is named by a measure's key, so a column's values are that measure's totals.</summary>
    [Fact]
    public void Every_score_column_names_a_measure_of_the_manual_s_rule_set()
    {
        Assert.All(ServiceReportFiles.ScoreColumns, key => Assert.True(RuleSet.ManualV4.Measures.TryGet(key, out _), key));
    }

    [Fact]
    public void The_options_given_are_the_options_used()
    {
        using var referrals = new TempCsv(HandBuiltService.ReferralsCsv, ServiceReportFiles.ReferralsFile);
        using var sessions = new TempCsv(HandBuiltService.SessionsCsv, ServiceReportFiles.SessionsFile);

        var plain = ServiceReportFiles.Read(referrals.Path, sessions.Path);
        var byGender = ServiceReportFiles.Read(referrals.Path, sessions.Path, new CsvReportOptions { By = ["gender"] });

        Assert.DoesNotContain(plain.Breakdowns, b => b.Key == "gender");
        Assert.Equal("gender", byGender.Breakdowns[^1].Key);
    }

    /// <summary>
    /// Every file the report opens is closed when it returns, read whole or by ranges on several threads: afterwards
    /// each opens for exclusive use (on Unix .NET takes an advisory lock for each open file).
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void The_report_leaves_no_file_open(int parallelism)
    {
        using var referrals = new TempCsv(HandBuiltService.ReferralsCsv, ServiceReportFiles.ReferralsFile);
        using var sessions = new TempCsv(HandBuiltService.SessionsCsv, ServiceReportFiles.SessionsFile);

        var report = ServiceReportFiles.Read(referrals.Path, sessions.Path, new CsvReportOptions { Parallelism = parallelism });

        Assert.Equal(HandBuiltService.RowsRead, report.Headline.RowsRead);
        using var exclusiveReferrals = new FileStream(referrals.Path, FileMode.Open, FileAccess.Read, FileShare.None);
        using var exclusiveSessions = new FileStream(sessions.Path, FileMode.Open, FileAccess.Read, FileShare.None);
        Assert.True(exclusiveReferrals.CanRead && exclusiveSessions.CanRead);
    }

    [Fact]
    public void A_reject_is_written_as_file_line_field_and_reason()
    {
        var rejects = new StringWriter();
        ServiceReportFiles.WriteReject(rejects, "sessions.csv", 12, "date", "not a date");
        Assert.Equal("sessions.csv,12,date,not a date\n", rejects.ToString());
    }

    /// <summary>A comma, a quote or a line break anywhere in a field, its first character included, quotes the field (RFC 4180).</summary>
    [Theory]
    [InlineData(",first", "\",first\"")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"x\"", "\"say \"\"x\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("carriage\rreturn", "\"carriage\rreturn\"")]
    public void A_reason_that_needs_quoting_is_quoted(string reason, string written)
    {
        var rejects = new StringWriter();
        ServiceReportFiles.WriteReject(rejects, "referrals.csv", 3, "referral_id", reason);
        Assert.Equal("referrals.csv,3,referral_id," + written + "\n", rejects.ToString());
    }

    [Fact]
    public void A_field_that_needs_quoting_is_quoted()
    {
        var rejects = new StringWriter();
        ServiceReportFiles.WriteReject(rejects, "referrals.csv", 3, "a,b", "missing");
        Assert.Equal("referrals.csv,3,\"a,b\",missing\n", rejects.ToString());
    }
}

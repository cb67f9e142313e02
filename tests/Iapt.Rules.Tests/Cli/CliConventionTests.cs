using Iapt.Rules.Cli;
using Iapt.Rules.Cli.Commands;

namespace Iapt.Rules.Tests.Cli;

/// <summary>
/// The command line's conventions (issue 16), through <see cref="CliApp.Run"/>, the entry point <c>iapt</c> itself
/// calls: exit 0 when the input was read, 2 for every usage, file or output error; <c>-</c> for standard input;
/// <c>--help</c> with the input columns, an example and the exit codes.
/// </summary>
[Collection(ConsoleInput.Collection)]
public class CliConventionTests
{
    internal static (int Exit, string Output, string Error) Iapt(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("score", "--bogus", "x.csv")]
    [InlineData("score")]
    [InlineData("outcomes")]
    [InlineData("waits")]
    [InlineData("score", "--version")]
    [InlineData("waits", "--version")]
    [InlineData("report", "--version")]
    [InlineData("report", "--format", "pdf", "--sample")]
    [InlineData("nonsense")]
    [InlineData("sample")]
    public void A_usage_error_exits_2_with_a_message(params string[] args)
    {
        var (exit, _, error) = Iapt(args);
        Assert.Equal(2, exit);
        Assert.NotEqual("", error);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subcommand_does_not_take_version_as_a_file_name()
    {
        var (_, _, error) = Iapt("score", "--version");
        Assert.Contains("unknown option '--version'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot read", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        var (exit, output, error) = Iapt("score", Path.Combine(Path.GetTempPath(), "no-such-file-i16.csv"));
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("iapt score: cannot read '", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_report_with_files_is_a_usage_error()
    {
        var (exit, output, error) = Iapt("report", "--sample", "a.csv", "b.csv");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal("iapt report: give REFERRALS and SESSIONS files or --sample, not both\n", error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_command_runs_through_the_entry_point()
    {
        using var file = new TempCsv("id,measure,total\n1,phq9,5\n");
        var (exit, output, error) = Iapt("score", file.Path);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal("id,status,measure,total,severity,caseness,risk,error\n1,scored,phq9,5,mild,false,,\n", output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dash_reads_standard_input()
    {
        var saved = Console.In;
        try
        {
            Console.SetIn(new StringReader("id,measure,total\n1,gad7,3\n"));
            var (exit, output, _) = Iapt("score", "-");
            Assert.Equal(0, exit);
            Assert.Contains("1,scored,gad7,3,minimal,false,,", output, StringComparison.Ordinal);
        }
        finally
        {
            Console.SetIn(saved);
        }
    }

    [Theory]
    [InlineData("score", "id, measure")]
    [InlineData("outcomes", "treatment_sessions")]
    [InlineData("waits", "first_treatment_date")]
    [InlineData("report", "sessions.csv with referral_id, date, type")]
    [InlineData("sample", "--force")]
    [InlineData("rules", "docs/rules.md")]
    [InlineData("score-fhir", "QuestionnaireResponse")]
    public void Help_gives_the_input_an_example_and_the_exit_codes(string command, string input)
    {
        var (exit, output, _) = Iapt(command, "--help");
        Assert.Equal(0, exit);
        Assert.Contains(input, output, StringComparison.Ordinal);
        Assert.Contains($"Example: iapt {command}", output, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 the input was read", output, StringComparison.Ordinal);
        Assert.Contains("2 a usage error", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_to_a_full_disk_exits_2_with_a_message()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, RulesCommand.Run(new HostileInputTests.FullDisk(), stderr));
        Assert.StartsWith("iapt rules: cannot write the output: ", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_to_a_full_disk_exits_2_with_a_message()
    {
        var stderr = new StringWriter();
        var request = new ReportCommand.Request(null, null, true, "markdown", null, null, [], false, null);
        Assert.Equal(2, ReportCommand.Run(request, new HostileInputTests.FullDisk(), stderr, null));
        Assert.StartsWith("iapt report: cannot write the output: ", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_refuses_to_replace_files_without_force_and_says_why_it_writes_more_rows()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"iapt-sample-test-{Guid.NewGuid():N}");
        try
        {
            var (exit, output, error) = Iapt("sample", "--referrals", "4000", "--seed", "7", "--out", folder);
            Assert.Equal(0, exit);
            Assert.Equal("", error);
            var lines = output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            long written = File.ReadLines(Path.Combine(folder, "referrals.csv")).LongCount() - 1;
            Assert.StartsWith($"wrote {written:N0} referral rows", lines[0], StringComparison.Ordinal);
            if (written > 4000)
            {
                Assert.Contains($"(4,000 referrals and {written - 4000:N0} deliberately bad or duplicated rows, which the report rejects)", lines[0], StringComparison.Ordinal);
            }

            var again = Iapt("sample", "--referrals", "10", "--out", folder);
            Assert.Equal(2, again.Exit);
            Assert.Contains("already exist", again.Error, StringComparison.Ordinal);
            Assert.Contains("--force", again.Error, StringComparison.Ordinal);
            Assert.Equal(written + 1, File.ReadLines(Path.Combine(folder, "referrals.csv")).LongCount());

            Assert.Equal(0, Iapt("sample", "--referrals", "10", "--out", folder, "--force").Exit);
            Assert.True(File.ReadLines(Path.Combine(folder, "referrals.csv")).LongCount() < 20);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void Sample_creates_no_folders_beyond_the_last()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"iapt-missing-{Guid.NewGuid():N}", "deeper", "service");
        var (exit, _, error) = Iapt("sample", "--referrals", "10", "--out", folder);
        Assert.Equal(2, exit);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(Path.GetDirectoryName(folder))));
    }

    [Fact]
    public void The_rejects_file_names_the_real_input_files()
    {
        using var referrals = new TempCsv("referral_id,referral_date,problem_descriptor,discharge_date\nr1,2024-13-01,F32,\n", "my-referrals.csv");
        using var sessions = new TempCsv("referral_id,date,type,attended\nnobody,2024-02-01,treatment,true\n", "my-sessions.csv");
        string rejects = Path.Combine(Path.GetTempPath(), $"iapt-rejects-{Guid.NewGuid():N}.csv");
        try
        {
            var (exit, _, _) = Iapt("report", referrals.Path, sessions.Path, "--format", "json", "--rejects", rejects);
            Assert.Equal(0, exit);
            var lines = File.ReadAllLines(rejects);
            Assert.StartsWith("my-referrals.csv,2,referral_date,", lines[1], StringComparison.Ordinal);
            Assert.StartsWith("my-sessions.csv,2,referral_id,", lines[2], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(rejects);
        }
    }

    [Theory]
    [InlineData("referral_id")]
    [InlineData("Referral_ID")]
    public void A_breakdown_by_referral_id_is_refused(string column)
    {
        var (exit, output, error) = Iapt("report", "--sample", "--by", column);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("one group per referral", error, StringComparison.Ordinal);
    }
}

using Iapt.Rules.Cli.Commands;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Reporting;
using NodaTime;
using Spectre.Console.Testing;
using static Iapt.Rules.Tests.Cli.ReportSamples;

namespace Iapt.Rules.Tests.Cli;

/// <summary>
/// <c>iapt report</c> on a terminal: which output is written (tables on a terminal, Markdown when redirected or
/// asked for), where progress goes, and the tables as Spectre.Console draws them.
/// </summary>
public class ReportTerminalTests
{
    [Theory]
    [InlineData(null, false, "terminal")]
    [InlineData(null, true, "markdown")]
    [InlineData("markdown", false, "markdown")]
    [InlineData("markdown", true, "markdown")]
    [InlineData("json", false, "json")]
    [InlineData("html", true, "html")]
    public void The_format_is_tables_on_a_terminal_and_markdown_when_redirected_unless_one_is_asked_for(string? requested, bool redirected, string format) =>
        Assert.Equal(format, ReportTerminal.ChooseFormat(requested, redirected));

    [Fact]
    public void Progress_goes_to_stderr_only_when_it_is_a_terminal()
    {
        var stderr = new StringWriter();
        Assert.Same(stderr, ReportTerminal.ProgressTarget(stderr, errorRedirected: false));
        Assert.Null(ReportTerminal.ProgressTarget(stderr, errorRedirected: true));
    }

    private static string Draw(ServiceReport report, string? rejects = null, int width = 160)
    {
        var console = new TestConsole().Width(width);
        ReportTerminal.Write(report, console, "North Tees Talking Therapies", new LocalDate(2025, 4, 7), rejects, DescriptorTable.ManualV4);
        return console.Output;
    }

    private static ServiceReport WithDescriptors() => Full() with
    {
        Breakdowns =
        [
            new(ReportKeys.ProblemDescriptorBreakdown,
            [
                new ReportGroup("chronic_fatigue_syndrome", [ReportFigure.Of(ReportKeys.Recovered, "Recovered", 5, 9, "M4 §6.4.3", Recovery)]),
                new ReportGroup("generalised_anxiety_disorder", [ReportFigure.Of(ReportKeys.Recovered, "Recovered", 3, 9, "M4 §6.4.3", Recovery)]),
            ]),
            new("ethnicity", [new ReportGroup(Hostile, [ReportFigure.Of(ReportKeys.Finished, "Finished", 9)])]),
        ],
    };

    [Fact]
    public void The_first_lines_name_the_service_period_rules_day_and_where_the_rejected_rows_are()
    {
        var lines = Draw(Full(), rejects: "/data/rejects.csv").Split('\n');
        Assert.Contains("North Tees Talking Therapies", lines[0], StringComparison.Ordinal);
        string top = string.Join("\n", lines.Take(8));
        Assert.Contains("Period     1 April 2024 to 31 March 2025", top, StringComparison.Ordinal);
        Assert.Contains("Rules      IAPT Manual v4, version 2020.1", top, StringComparison.Ordinal);
        Assert.Contains("Generated  7 April 2025", top, StringComparison.Ordinal);
        Assert.Contains("12 rejected and left out of every figure: they are listed in /data/rejects.csv", top, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_standard_is_a_row_with_its_value_target_and_verdict()
    {
        string output = Draw(Full() with
        {
            Sections = [.. Full().Sections.Select(s => s.Key != ReportKeys.OutcomesSection ? s : s with
            {
                Figures = [ReportFigure.Of(ReportKeys.Recovered, "Recovered", 80, 180, "M4 §6.4.3", Recovery)],
            })],
        });
        var standards = output[output.IndexOf("National standards", StringComparison.Ordinal)..output.IndexOf("Outcomes", StringComparison.Ordinal)].Split('\n');
        Assert.Contains(standards, l => l.Contains("Recovered", StringComparison.Ordinal) && l.Contains("44.4%", StringComparison.Ordinal)
            && l.Contains(">= 50%", StringComparison.Ordinal) && l.Contains("NOT MET", StringComparison.Ordinal) && l.Contains("80 of 180", StringComparison.Ordinal));
        Assert.Contains(standards, l => l.Contains("First treatment within 6 weeks", StringComparison.Ordinal) && l.Contains(" met ", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_shows_as_it_is_with_no_backslash_escapes_and_no_markup()
    {
        string output = Draw(WithDescriptors(), width: 240);
        Assert.DoesNotContain('\\', output);
        Assert.Contains("Chronic fatigue syndrome (G93.3)", output, StringComparison.Ordinal);
        Assert.Contains("Generalised anxiety disorder (F41.1)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("chronic_fatigue_syndrome", output, StringComparison.Ordinal);
        Assert.Contains(Hostile, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_are_in_words_and_listed_in_full_at_the_end()
    {
        string output = Draw(Full());
        Assert.Contains("IAPT Manual §6.4.3", output, StringComparison.Ordinal);
        Assert.Contains("IAPT Manual: The Improving Access to Psychological Therapies Manual, version 4", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sections_follow_in_the_order_of_the_html_report_and_the_headline_ends_with_the_rows()
    {
        string output = Draw(Full());
        int[] at = [.. new[] { "National standards", "Outcomes", "Waiting times", "Activity", "By problem descriptor", "All headline counts", "Rows rejected" }
            .Select(h => output.IndexOf(h, StringComparison.Ordinal))];
        Assert.All(at, i => Assert.True(i >= 0));
        Assert.Equal(at.Order(), at);
    }

    [Fact]
    public void The_report_command_draws_the_tables_for_the_terminal_format()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = ReportCommand.Run(
            new ReportCommand.Request(null, null, true, ReportTerminal.TerminalFormat, null, null, [], false, null) { TerminalWidth = 200 },
            stdout, stderr, progress: null);
        Assert.Equal(0, exit);
        string output = stdout.ToString();
        Assert.Contains("Sample service (synthetic, 3,000 referrals)", output, StringComparison.Ordinal);
        Assert.Contains("Chronic fatigue syndrome (G93.3)", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\\', output);
        Assert.DoesNotContain("| Rows read", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/data/north-tees/referrals.csv", null, false, "north-tees")]
    [InlineData("/data/north-tees/2025-referrals.csv", null, false, "2025-referrals")]
    [InlineData("/data/north-tees/referrals.csv", "  Tees Valley Talking Therapies ", false, "Tees Valley Talking Therapies")]
    [InlineData("/data/north-tees/referrals.csv", " ", false, "north-tees")]
    [InlineData(null, null, true, "Sample service (synthetic, 3,000 referrals)")]
    public void The_service_is_named_by_title_or_else_by_the_folder_of_the_referrals_file(string? referrals, string? title, bool sample, string name) =>
        Assert.Equal(name, new ReportCommand.Request(referrals, null, sample, "html", null, null, [], false, null) { Title = title }.ServiceTitle());
}

using Iapt.Rules.Cli.Commands;
using Iapt.Rules.Csv;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Tests.Csv;
using Iapt.Rules.Tests.Reporting;
using Iapt.Rules.Waiting;
using NodaTime;

namespace Iapt.Rules.Tests.Cli;

/// <summary>
/// Issue 16's defects, each as found by a new user: blank lines, short and long rows, bad quoting, the calendar's
/// last days, headerless files, duplicated columns, the same text read alike by every command, and a full disk. The
/// promise: one output row per input record, always; a clear error; no cell's content in any message.
/// </summary>
public class HostileInputTests
{
    private const string ScoreHeader = "id,status,measure,total,severity,caseness,risk,error";

    private static (int Exit, string[] Lines, string Error) Score(string csv) => FileCommandRunner.Run(ScoreCommand.Run, csv);

    private static (int Exit, string[] Lines, string Error) Outcomes(string csv) => FileCommandRunner.Run(OutcomesCommand.Run, csv);

    private static (int Exit, string[] Lines, string Error) Waits(string csv) => FileCommandRunner.Run(WaitsCommand.Run, csv);

    public static TheoryData<string> BlankLines => new()
    {
        "id,measure,total\n1,phq9,5\n\n",
        "id,measure,total\r\n1,phq9,5\r\n\r\n",
        "id,measure,total\n\n1,phq9,5\n",
        "id,measure,total\n1,phq9,5\n\n\n\n",
    };

    [Theory]
    [MemberData(nameof(BlankLines))]
    public void Score_skips_blank_lines_even_trailing_ones(string csv)
    {
        var (exit, lines, error) = Score(csv);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal([ScoreHeader, "1,scored,phq9,5,mild,false,,"], lines);
    }

    [Fact]
    public void Score_writes_a_short_row_as_invalid_naming_the_first_missing_column_and_goes_on()
    {
        var (exit, lines, error) = Score("id,measure,total\n1,phq9\n2,gad7,3\n");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal([ScoreHeader, "1,invalid,,,,,,total: missing (line 2 has 2 fields; the header has 3)", "2,scored,gad7,3,minimal,false,,"], lines);
    }

    [Fact]
    public void Score_writes_a_long_row_as_invalid()
    {
        var (exit, lines, _) = Score("id,measure,total\n1,phq9,5,surplus\n2,gad7,3\n");
        Assert.Equal(0, exit);
        Assert.Equal(3, lines.Length);
        Assert.Equal("1,invalid,,,,,,the row has more fields than the header (line 2 has 4; the header has 3)", lines[1]);
        Assert.DoesNotContain("surplus", string.Join("\n", lines), StringComparison.Ordinal);
    }

    [Fact]
    public void Score_writes_an_unterminated_quote_as_an_invalid_row_without_a_stack_trace()
    {
        var (exit, lines, error) = Score("id,measure,total\n1,\"phq9,5\n2,gad7,3\n");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("1,invalid,", lines[1], StringComparison.Ordinal);
        Assert.Contains("measure: bad quoting", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Score_reads_an_empty_id_as_invalid_as_every_command_does()
    {
        var (_, lines, _) = Score("id,measure,total\n ,phq9,5\n");
        Assert.Equal(",invalid,,,,,,id: empty (every row needs an id)", lines[1]);
    }

    [Theory]
    [MemberData(nameof(BlankLines))]
    public void Outcomes_skips_blank_lines(string scoreCsv)
    {
        string csv = scoreCsv.Replace("id,measure,total", "referral_id,problem_descriptor,treatment_sessions", StringComparison.Ordinal)
            .Replace("1,phq9,5", "r1,F32,5", StringComparison.Ordinal);
        var (exit, lines, error) = Outcomes(csv);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("r1,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Outcomes_writes_short_rows_and_bad_quoting_as_invalid_rows()
    {
        var (exit, lines, error) = Outcomes("referral_id,problem_descriptor,treatment_sessions\nr1,F32\nr2,\"F32,5\n");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("r1,invalid,", lines[1], StringComparison.Ordinal);
        Assert.Contains("treatment_sessions: missing", lines[1], StringComparison.Ordinal);
        Assert.Contains("problem_descriptor: bad quoting", lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+5")]
    [InlineData("5.0")]
    [InlineData("-1")]
    [InlineData("1e1")]
    public void Outcomes_reads_a_session_count_only_as_digits(string sessions)
    {
        var (_, lines, _) = Outcomes($"referral_id,problem_descriptor,treatment_sessions\nr1,F32,{sessions}\n");
        Assert.Contains("treatment_sessions: not a whole number of 0 or more", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Outcomes_reads_a_padded_session_count()
    {
        var (_, lines, _) = Outcomes("referral_id,problem_descriptor,treatment_sessions\nr1,F32, 5 \n");
        Assert.StartsWith("r1,finished,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Waits_writes_a_short_row_as_invalid_and_skips_a_blank_line()
    {
        var (exit, lines, error) = Waits("referral_id,referral_date,first_treatment_date\nr1,2024-01-01\n\nr2,2024-01-01,2024-01-02\n\n");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("r1,invalid,", lines[1], StringComparison.Ordinal);
        Assert.Contains("first_treatment_date: missing", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("r2,treated,1,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Waits_reads_padded_dates_as_every_command_does()
    {
        var (_, lines, _) = Waits("referral_id,referral_date,first_treatment_date\nr1, 2024-01-01 , 2024-01-02\n");
        Assert.StartsWith("r1,treated,1,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Waits_rejects_the_year_zero_as_every_command_does()
    {
        var (_, lines, _) = Waits("referral_id,referral_date,first_treatment_date\nr1,0000-01-01,\n");
        Assert.Contains("r1,invalid,", lines[1], StringComparison.Ordinal);
        Assert.Contains("referral_date: not a date in the form yyyy-MM-dd", lines[1], StringComparison.Ordinal);
        Assert.False(RuleSet.ManualV4.Waiting.MeasureText("0000-01-01", "", "").IsT0);
    }

    /// <summary>9999-08-27 + 126 days is 9999-12-31, the calendar's last day; a day later the 18-week breach date leaves it.</summary>
    [Theory]
    [InlineData("9999-08-26", "9999-12-30")]
    [InlineData("9999-08-27", "9999-12-31")]
    public void Waits_measures_a_referral_whose_breach_dates_are_in_the_calendar(string referral, string breach18)
    {
        var (exit, lines, _) = Waits($"referral_id,referral_date,first_treatment_date\nr1,{referral},\n");
        Assert.Equal(0, exit);
        Assert.StartsWith("r1,waiting,", lines[1], StringComparison.Ordinal);
        Assert.Contains("," + breach18 + ",", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999-08-28", "")]
    [InlineData("9999-12-31", "")]
    [InlineData("9999-12-31", "9999-12-31")]
    public void Waits_writes_a_referral_whose_breach_date_leaves_the_calendar_as_invalid(string referral, string first)
    {
        var (exit, lines, error) = Waits($"referral_id,referral_date,first_treatment_date\nr1,{referral},{first}\nr2,2024-01-01,\n");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("r1,invalid,", lines[1], StringComparison.Ordinal);
        Assert.Contains("referral_date: too late: a breach date would fall after 9999-12-31", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("r2,waiting,", lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(8, 26, true)]
    [InlineData(8, 27, true)]
    [InlineData(8, 28, false)]
    [InlineData(12, 31, false)]
    public void Measure_returns_a_typed_error_when_a_breach_date_leaves_the_calendar(int month, int day, bool measured)
    {
        var referral = new LocalDate(9999, month, day);
        var waiting = RuleSet.ManualV4.Waiting;
        var result = waiting.Measure(referral, null);
        Assert.Equal(measured, result.IsT0);
        if (measured)
        {
            Assert.Equal(referral.PlusDays(126), result.AsT0.EighteenWeekBreachDate);
        }
        else
        {
            Assert.Equal(WaitingErrorKind.BreachDateOutsideCalendar, result.AsT1.Kind);
            Assert.Equal(WaitingError.ReferralDateField, result.AsT1.Field);
            Assert.Equal(WaitingErrorKind.BreachDateOutsideCalendar, waiting.Measure(referral, LocalDate.MaxIsoValue).AsT1.Kind);
            Assert.Equal(WaitingErrorKind.BreachDateOutsideCalendar, waiting.PositionOn(referral, LocalDate.MaxIsoValue).AsT1.Kind);
        }
    }

    /// <summary>The step-up wait's breach date (the last low-intensity session plus the standard) must stay in the calendar too.</summary>
    [Fact]
    public void MeasureStepUp_returns_a_typed_error_when_its_breach_date_leaves_the_calendar()
    {
        var waiting = RuleSet.ManualV4.Waiting;
        var lastMeasurable = LocalDate.MaxIsoValue.PlusDays(-waiting.StepUpStandardDays.Value);
        var measured = waiting.MeasureStepUp(lastMeasurable, LocalDate.MaxIsoValue);
        Assert.Equal(LocalDate.MaxIsoValue, measured.AsT0.BreachDate);
        var error = waiting.MeasureStepUp(lastMeasurable.PlusDays(1), LocalDate.MaxIsoValue).AsT1;
        Assert.Equal(WaitingErrorKind.BreachDateOutsideCalendar, error.Kind);
        Assert.Equal(WaitingError.LastLowIntensityDateField, error.Field);
    }

    [Fact]
    public void A_headerless_file_has_no_cell_echoed_on_stderr()
    {
        var (exit, lines, error) = Score("4711-secret,4711-secret,4711-secret\n4712,phq9,5\n");
        Assert.Equal(2, exit);
        Assert.Empty(lines);
        Assert.DoesNotContain("4711", error, StringComparison.Ordinal);
        Assert.Contains("no column 'id'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id,measure,total,note,note\n1,phq9,5,a,b\n")]
    [InlineData("id,measure,total,,\n1,phq9,5,a,b\n")]
    [InlineData("id,,measure,total,\n1,x,phq9,5,b\n")]
    public void A_duplicated_or_blank_named_column_the_command_does_not_read_is_ignored(string csv)
    {
        var (exit, lines, error) = Score(csv);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal([ScoreHeader, "1,scored,phq9,5,mild,false,,"], lines);
    }

    [Fact]
    public void A_duplicated_required_column_is_an_error_naming_the_column_and_no_cell()
    {
        var (exit, lines, error) = Score("id,measure,ID,total\n1,phq9,1,5\n");
        Assert.Equal(2, exit);
        Assert.Empty(lines);
        Assert.Contains("column 'id' appears 2 times", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_does_not_count_blank_lines_as_rejected_rows()
    {
        string referrals = HandBuiltService.ReferralsCsv.Replace("\n", "\n\n", StringComparison.Ordinal);
        string sessions = HandBuiltService.SessionsCsv + "\n\n";
        var (blankReport, blankRejects) = ReportPipelineTests.Run(referrals, sessions);
        var (report, rejects) = ReportPipelineTests.Run(HandBuiltService.ReferralsCsv, HandBuiltService.SessionsCsv);
        Assert.Equal("file,line,field,reason\n", blankRejects);
        Assert.Equal(report.Headline.RowsRead, blankReport.Headline.RowsRead);
        Assert.Equal(report.Headline.RowsRejected, blankReport.Headline.RowsRejected);
        Assert.Equal(ReportPipelineTests.Json(report), ReportPipelineTests.Json(blankReport));
        Assert.Equal("file,line,field,reason\n", rejects);
    }

    [Fact]
    public void Report_writes_a_long_row_as_rejected()
    {
        string referrals = HandBuiltService.ReferralsCsv.TrimEnd('\n') + ",surplus,surplus,surplus,surplus,surplus,surplus\n";
        var (_, rejects) = ReportPipelineTests.Run(referrals, HandBuiltService.SessionsCsv);
        Assert.Contains("has more fields than the header", rejects, StringComparison.Ordinal);
        Assert.DoesNotContain("surplus", rejects, StringComparison.Ordinal);
    }

    /// <summary>A writer whose every write fails as a full disk does (<c>&gt; /dev/full</c>).</summary>
    internal sealed class FullDisk : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(char[] buffer, int index, int count) => throw new IOException("No space left on device");

        public override void Write(ReadOnlySpan<char> buffer) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Flush() => throw new IOException("No space left on device");
    }

    public static TheoryData<string, string> FileCommands => new()
    {
        { "score", "id,measure,total\n1,phq9,5\n" },
        { "outcomes", "referral_id,problem_descriptor,treatment_sessions\nr1,F32,5\n" },
        { "waits", "referral_id,referral_date,first_treatment_date\nr1,2024-01-01,\n" },
    };

    [Theory]
    [MemberData(nameof(FileCommands))]
    public void A_full_disk_exits_2_with_a_message(string command, string csv)
    {
        Func<string, RuleSet, TextWriter, TextWriter, int> run = command switch
        {
            "score" => ScoreCommand.Run,
            "outcomes" => OutcomesCommand.Run,
            _ => WaitsCommand.Run,
        };
        using var file = new TempCsv(csv);
        var stderr = new StringWriter();
        int exit = run(file.Path, RuleSet.ManualV4, new FullDisk(), stderr);
        Assert.Equal(2, exit);
        Assert.StartsWith($"iapt {command}: cannot write the output: ", stderr.ToString(), StringComparison.Ordinal);
    }
}

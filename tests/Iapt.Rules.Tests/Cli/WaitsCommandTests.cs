using Iapt.Rules.Cli.Commands;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Cli;

/// <summary>The <c>iapt waits FILE</c> contract: columns, order, values and exit codes.</summary>
public class WaitsCommandTests
{
    private const string Header =
        "referral_id,status,days_to_first_treatment,within_6_weeks,within_18_weeks,wait_band,days_first_to_second," +
        "first_to_second_over_28,first_to_second_over_90,breach_date_6_weeks,breach_date_18_weeks,error," +
        "days_to_first_assessment,assessment_wait_band,assessment_within_14_days," +
        "as_of_state,as_of_days_waiting,as_of_waiting_over_90,as_of_days_since_contact,as_of_no_contact_over_90";

    private const string NoNewColumns = ",,,,,,,,";

    private static (int Exit, string[] Lines, string Error) Run(string csv) => FileCommandRunner.Run(WaitsCommand.Run, csv);

    [Fact]
    public void The_header_is_exactly_the_contract()
    {
        var (exit, lines, _) = Run("referral_id,referral_date,first_treatment_date\nR1,2024-01-08,2024-01-09\n");
        Assert.Equal(0, exit);
        Assert.Equal(Header, lines[0]);
        Assert.Equal(Header, string.Join(',', WaitsCommand.OutputColumns));
    }

    [Fact]
    public void Every_input_row_gives_one_output_row_in_input_order()
    {
        var (exit, lines, error) = Run(
            "Second_Treatment_Date,extra,FIRST_TREATMENT_DATE,Referral_Date,REFERRAL_ID\n" +
            "2024-01-15,x,2024-01-08,2024-01-08,a\n" +         // same day, weekly second session
            "2024-03-18,x,2024-02-19,2024-01-08,b\n" +         // 42 days; gap 28
            "2024-04-02,x,2024-02-20,2024-01-08,c\n" +         // 43 days; gap 42
            ",x,2024-05-13,2024-01-08,d\n" +                   // 126 days; no second session
            "2024-08-20,x,2024-05-14,2024-01-08,e\n" +         // 127 days; gap 98
            ",x,,2024-02-29,f\n" +                             // waiting, referred on 29 February
            ",x,2024-02-28,2024-03-01,g\n" +                   // first before referral
            "2024-03-10,x,2024-03-20,2024-03-01,h\n" +         // second before first
            "2024-03-20,x,,2024-03-01,i\n" +                   // second without first
            ",x,2024-03-20,01/03/2024,j\n" +                   // not ISO
            ",x,2024-03-20,2023-02-29,k\n" +                   // no such day
            ",x,2024-03-20,,l\n" +                             // no referral date
            ",x,2024-03-20,2024-03-01,\n");                    // no id
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(
        [
            Header,
            "a,treated,0,true,true,0-28,7,false,false,2024-02-19,2024-05-13," + NoNewColumns,
            "b,treated,42,true,true,29-56,28,false,false,2024-02-19,2024-05-13," + NoNewColumns,
            "c,treated,43,false,true,29-56,42,true,false,2024-02-19,2024-05-13," + NoNewColumns,
            "d,treated,126,false,true,over-90,,,,2024-02-19,2024-05-13," + NoNewColumns,
            "e,treated,127,false,false,over-90,98,true,true,2024-02-19,2024-05-13," + NoNewColumns,
            "f,waiting,,,,,,,,2024-04-11,2024-07-04," + NoNewColumns,
            "g,invalid,,,,,,,,,,first_treatment_date: before the referral date" + NoNewColumns,
            "h,invalid,,,,,,,,,,second_treatment_date: before the first treatment date" + NoNewColumns,
            "i,invalid,,,,,,,,,,second_treatment_date: given without a first treatment date" + NoNewColumns,
            "j,invalid,,,,,,,,,,referral_date: not a date in the form yyyy-MM-dd" + NoNewColumns,
            "k,invalid,,,,,,,,,,referral_date: not a date in the form yyyy-MM-dd" + NoNewColumns,
            "l,invalid,,,,,,,,,,referral_date: empty (the date the referral was received is required)" + NoNewColumns,
            ",invalid,,,,,,,,,,referral_id: empty (every row needs an id)" + NoNewColumns,
        ], lines);
    }

    [Theory]
    [InlineData("2024-01-08", "2024-02-05", "28", "0-28")]
    [InlineData("2024-01-08", "2024-02-06", "29", "29-56")]
    [InlineData("2024-01-08", "2024-03-04", "56", "29-56")]
    [InlineData("2024-01-08", "2024-03-05", "57", "57-90")]
    [InlineData("2024-01-08", "2024-04-07", "90", "57-90")]
    [InlineData("2024-01-08", "2024-04-08", "91", "over-90")]
    public void The_wait_band_column_shows_the_band_of_the_wait(string referral, string first, string days, string band)
    {
        var (_, lines, _) = Run($"referral_id,referral_date,first_treatment_date\nr,{referral},{first}\n");
        var cells = lines[1].Split(',');
        Assert.Equal(days, cells[2]);
        Assert.Equal(band, cells[5]);
    }

    [Fact]
    public void The_second_treatment_column_is_optional()
    {
        var (exit, lines, _) = Run("referral_id,referral_date,first_treatment_date\nr,2024-01-08,2024-01-10\n");
        Assert.Equal(0, exit);
        Assert.Equal("r,treated,2,true,true,0-28,,,,2024-02-19,2024-05-13," + NoNewColumns, lines[1]);
    }

    [Fact]
    public void A_quoted_id_with_a_comma_is_kept_and_quoted_again()
    {
        var (_, lines, _) = Run("referral_id,referral_date,first_treatment_date\n\"r,1\",2024-01-08,\n");
        Assert.Equal("\"r,1\",waiting,,,,,,,,2024-02-19,2024-05-13," + NoNewColumns, lines[1]);
    }

    private static (int Exit, string[] Lines, string Error) RunAsOf(string csv, string asOf) =>
        FileCommandRunner.Run((path, rules, stdout, stderr) => WaitsCommand.Run(path, rules, stdout, stderr, asOf), csv);

    [Theory]
    [InlineData("2024-01-21", "13,0-28,true")]
    [InlineData("2024-01-22", "14,0-28,true")]
    [InlineData("2024-01-23", "15,0-28,false")]
    [InlineData("2024-02-06", "29,29-56,false")]
    [InlineData("", ",,")]
    public void The_first_assessment_columns_show_the_days_the_band_and_the_14_day_standard(string assessment, string cells)
    {
        var (_, lines, _) = Run($"referral_id,referral_date,first_treatment_date,first_assessment_date\nr,2024-01-08,2024-02-19,{assessment}\n");
        Assert.Equal($"r,treated,42,true,true,29-56,,,,2024-02-19,2024-05-13,,{cells},,,,,", lines[1]);
    }

    [Theory]
    [InlineData("2024-01-07", "first_assessment_date: before the referral date")]
    [InlineData("2024-1-22", "first_assessment_date: not a date in the form yyyy-MM-dd")]
    public void A_bad_first_assessment_date_makes_the_row_invalid(string assessment, string error)
    {
        var (_, lines, _) = Run($"referral_id,referral_date,first_treatment_date,first_assessment_date\nr,2024-01-08,,{assessment}\n");
        Assert.Equal($"r,invalid,,,,,,,,,,{error}" + NoNewColumns, lines[1]);
    }

    [Fact]
    public void As_of_a_date_the_tracking_list_columns_show_the_national_views()
    {
        var (exit, lines, _) = RunAsOf(
            "referral_id,referral_date,first_treatment_date,last_contact_date,discharge_date\n" +
            "w90,2024-04-01,,,\n" +                          // waiting 90 days: not over
            "w91,2024-03-31,,,\n" +                          // waiting 91 days: over
            "t90,2024-01-02,2024-02-01,2024-04-01,\n" +      // in treatment, 90 days since the last contact
            "t91,2024-01-02,2024-02-01,2024-03-31,\n" +      // 91 days: no contact over 90
            "tnc,2024-01-02,2024-02-01,,\n" +                // no later contact: the first treatment is the last
            "later,2024-01-02,2024-02-01,2024-07-05,\n" +    // a contact after the as-of date: gap unknown
            "c,2024-01-02,2024-02-01,2024-03-01,2024-06-30\n" + // discharged on the as-of date
            "n,2024-07-01,,,\n" +                            // referred after the as-of date
            "x,2024-03-01,2024-03-10,2024-03-09,\n",         // last contact before the first treatment
            "2024-06-30");
        Assert.Equal(0, exit);
        Assert.Equal(
        [
            Header,
            "w90,waiting,,,,,,,,2024-05-13,2024-08-05,,,,,waiting,90,false,,",
            "w91,waiting,,,,,,,,2024-05-12,2024-08-04,,,,,waiting,91,true,,",
            "t90,treated,30,true,true,29-56,,,,2024-02-13,2024-05-07,,,,,in_treatment,,,90,false",
            "t91,treated,30,true,true,29-56,,,,2024-02-13,2024-05-07,,,,,in_treatment,,,91,true",
            "tnc,treated,30,true,true,29-56,,,,2024-02-13,2024-05-07,,,,,in_treatment,,,150,true",
            "later,treated,30,true,true,29-56,,,,2024-02-13,2024-05-07,,,,,in_treatment,,,,",
            "c,treated,30,true,true,29-56,,,,2024-02-13,2024-05-07,,,,,closed,,,,",
            "n,waiting,,,,,,,,2024-08-12,2024-11-04,,,,,not_yet_referred,,,,",
            "x,invalid,,,,,,,,,,last_contact_date: before the first treatment date (the first treatment is an attended contact)" + NoNewColumns,
        ], lines);
    }

    [Fact]
    public void Without_a_last_contact_column_the_no_contact_columns_stay_empty()
    {
        var (_, lines, _) = RunAsOf("referral_id,referral_date,first_treatment_date\nr,2024-01-02,2024-02-01\n", "2024-06-30");
        Assert.Equal("r,treated,30,true,true,29-56,,,,2024-02-13,2024-05-07,,,,,in_treatment,,,,", lines[1]);
    }

    [Theory]
    [InlineData("30/06/2024")]
    [InlineData("2024-02-30")]
    [InlineData("")]
    public void An_unreadable_as_of_date_exits_2_naming_the_option(string asOf)
    {
        var (exit, lines, error) = RunAsOf("referral_id,referral_date,first_treatment_date\nr,2024-01-02,\n", asOf);
        Assert.Equal(2, exit);
        Assert.Empty(lines);
        Assert.Equal("iapt waits: --as-of: not a date in the form yyyy-MM-dd", error.Trim());
    }

    [Fact]
    public void A_header_only_file_gives_the_header_only()
    {
        var (exit, lines, _) = Run("referral_id,referral_date,first_treatment_date\n");
        Assert.Equal(0, exit);
        Assert.Equal([Header], lines);
    }

    [Fact]
    public void A_missing_file_exits_2_with_a_message_on_stderr()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = WaitsCommand.Run("/nonexistent/waits.csv", RuleSet.ManualV4, stdout, stderr);
        Assert.Equal(2, exit);
        Assert.StartsWith("iapt waits: cannot read", stderr.ToString(), StringComparison.Ordinal);
        Assert.Empty(stdout.ToString());
    }

    [Theory]
    [InlineData("referral_date,first_treatment_date\n2024-01-08,\n", "'referral_id'")]
    [InlineData("referral_id,first_treatment_date\nr,\n", "'referral_date'")]
    [InlineData("referral_id,referral_date,second_treatment_date\nr,2024-01-08,\n", "'first_treatment_date'")]
    public void A_missing_required_column_exits_2_naming_it(string csv, string named)
    {
        var (exit, lines, error) = Run(csv);
        Assert.Equal(2, exit);
        Assert.Empty(lines);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_example_file_runs_and_keeps_every_row()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "examples", "waits.csv");
        var stdout = new StringWriter();
        int exit = WaitsCommand.Run(path, RuleSet.ManualV4, stdout, new StringWriter());
        Assert.Equal(0, exit);
        int inputRows = File.ReadAllLines(path).Count(l => l.Length > 0);
        Assert.Equal(inputRows, stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void The_shipped_example_file_as_of_a_date_gives_the_documented_output()
    {
        // Worked by hand: R001 is discharged on the as-of date (closed); R002's last contact is 104 days before it
        // and R006's 91 (no contact over 90), R003's 89; R004 has no later contact, so its first treatment, 48 days
        // before, is the last; R005's last contact is after the as-of date (unknown); R007 has waited 122 days.
        var path = Path.Combine(RepositoryRoot(), "docs", "examples", "waits.csv");
        var (exit, lines, _) = FileCommandRunner.RunPath((p, rules, stdout, stderr) => WaitsCommand.Run(p, rules, stdout, stderr, "2024-06-30"), path);
        Assert.Equal(0, exit);
        Assert.Equal(
        [
            Header,
            "R001,treated,0,true,true,0-28,7,false,false,2024-02-19,2024-05-13,,0,0-28,true,closed,,,,",
            "R002,treated,42,true,true,29-56,28,false,false,2024-02-19,2024-05-13,,14,0-28,true,in_treatment,,,104,true",
            "R003,treated,43,false,true,29-56,42,true,false,2024-02-19,2024-05-13,,15,0-28,false,in_treatment,,,89,false",
            "R004,treated,126,false,true,over-90,,,,2024-02-19,2024-05-13,,35,29-56,false,in_treatment,,,48,false",
            "R005,treated,127,false,false,over-90,98,true,true,2024-02-19,2024-05-13,,24,0-28,false,in_treatment,,,,",
            "R006,treated,60,false,true,57-90,7,false,false,2024-02-11,2024-05-05,,5,0-28,true,in_treatment,,,91,true",
            "R007,waiting,,,,,,,,2024-04-11,2024-07-04,,20,0-28,false,waiting,122,true,,",
            "R008,invalid,,,,,,,,,,first_treatment_date: before the referral date,,,,,,,,",
            "R009,invalid,,,,,,,,,,second_treatment_date: before the first treatment date,,,,,,,,",
            "R010,invalid,,,,,,,,,,second_treatment_date: given without a first treatment date,,,,,,,,",
            "R011,invalid,,,,,,,,,,referral_date: not a date in the form yyyy-MM-dd,,,,,,,,",
            "R012,invalid,,,,,,,,,,referral_date: not a date in the form yyyy-MM-dd,,,,,,,,",
            ",invalid,,,,,,,,,,referral_id: empty (every row needs an id),,,,,,,,",
        ], lines);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Iapt.Rules.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}

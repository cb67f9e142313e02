using Iapt.Rules.Cli.Commands;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Cli;

/// <summary>The <c>iapt waits FILE</c> contract: columns, order, values and exit codes.</summary>
public class WaitsCommandTests
{
    private const string Header =
        "referral_id,status,days_to_first_treatment,within_6_weeks,within_18_weeks,wait_band,days_first_to_second," +
        "first_to_second_over_28,first_to_second_over_90,breach_date_6_weeks,breach_date_18_weeks,error";

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
            "a,treated,0,true,true,0-28,7,false,false,2024-02-19,2024-05-13,",
            "b,treated,42,true,true,29-56,28,false,false,2024-02-19,2024-05-13,",
            "c,treated,43,false,true,29-56,42,true,false,2024-02-19,2024-05-13,",
            "d,treated,126,false,true,over-90,,,,2024-02-19,2024-05-13,",
            "e,treated,127,false,false,over-90,98,true,true,2024-02-19,2024-05-13,",
            "f,waiting,,,,,,,,2024-04-11,2024-07-04,",
            "g,invalid,,,,,,,,,,first_treatment_date: before the referral date",
            "h,invalid,,,,,,,,,,second_treatment_date: before the first treatment date",
            "i,invalid,,,,,,,,,,second_treatment_date: given without a first treatment date",
            "j,invalid,,,,,,,,,,referral_date: not a date in the form yyyy-MM-dd",
            "k,invalid,,,,,,,,,,referral_date: not a date in the form yyyy-MM-dd",
            "l,invalid,,,,,,,,,,referral_date: empty (the date the referral was received is required)",
            ",invalid,,,,,,,,,,referral_id: empty (every row needs an id)",
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
        Assert.Equal("r,treated,2,true,true,0-28,,,,2024-02-19,2024-05-13,", lines[1]);
    }

    [Fact]
    public void A_quoted_id_with_a_comma_is_kept_and_quoted_again()
    {
        var (_, lines, _) = Run("referral_id,referral_date,first_treatment_date\n\"r,1\",2024-01-08,\n");
        Assert.Equal("\"r,1\",waiting,,,,,,,,2024-02-19,2024-05-13,", lines[1]);
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

using Iapt.Rules.Cli.Commands;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Cli;

/// <summary>The <c>iapt score FILE</c> contract: columns, order, values and exit codes.</summary>
public class ScoreCommandTests
{
    private static (int Exit, string[] Lines, string Error) Run(string csv) => FileCommandRunner.Run(ScoreCommand.Run, csv);

    [Fact]
    public void The_header_is_exactly_the_contract()
    {
        var (exit, lines, _) = Run("id,measure,items,total\n1,phq9,,10\n");
        Assert.Equal(0, exit);
        Assert.Equal("id,status,measure,total,severity,caseness,risk,error", lines[0]);
    }

    [Fact]
    public void Every_input_row_gives_one_output_row_in_input_order()
    {
        var (exit, lines, _) = Run(
            "TOTAL,Items,extra,MEASURE,Id\n" +
            ",1 2 1 2 1 1 1 1 1,x,PHQ9,a\n" +
            "7,,x,gad7,b\n" +
            ",4 4 4 4 4,x,wsas,c\n" +
            "2.4,,x,mi,d\n" +
            "30,,x,phq9,e\n" +
            ",1 1,x,nope,f\n" +
            ",1 2 NA 2 1 1 1 1 1,x,phq9,g\n");
        Assert.Equal(0, exit);
        Assert.Equal(
        [
            "id,status,measure,total,severity,caseness,risk,error",
            "a,scored,phq9,11,moderate,true,true,",
            "b,scored,gad7,7,mild,false,,",
            "c,scored,wsas,20,significant,,,",
            "d,scored,mi,2.4,,true,,",
            "e,invalid,phq9,,,,,total: outside the phq9 range 0-27",
            "f,invalid,,,,,,measure: not a measure of this rule set",
            "g,invalid,phq9,,,,,\"items: item 3 is missing, so phq9 has no score (no prorating)\"",
        ], lines);
    }

    [Fact]
    public void Severity_is_shown_only_for_PHQ9_GAD7_and_WSAS()
    {
        var (_, lines, _) = Run("id,measure,total\n1,phq15,12\n2,ibs,200\n");
        Assert.Equal("1,scored,phq15,12,,,,", lines[1]);
        Assert.Equal("2,scored,ibs,200,,,,", lines[2]);
    }

    [Fact]
    public void A_missing_file_exits_2_with_a_message_on_stderr()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = ScoreCommand.Run("/nonexistent/scores.csv", RuleSet.ManualV4, stdout, stderr);
        Assert.Equal(2, exit);
        Assert.Contains("cannot read", stderr.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("measure,items\nphq9,1 1 1 1 1 1 1 1 1\n", "'id'")]
    [InlineData("id,items\n1,1 1 1 1 1 1 1 1 1\n", "'measure'")]
    [InlineData("id,measure\n1,phq9\n", "neither")]
    public void A_missing_required_column_exits_2_naming_it(string csv, string named)
    {
        var (exit, lines, error) = Run(csv);
        Assert.Equal(2, exit);
        Assert.Empty(lines);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_no_rows_still_gives_the_header()
    {
        var (exit, lines, _) = Run("id,measure,items,total\n");
        Assert.Equal(0, exit);
        Assert.Equal(["id,status,measure,total,severity,caseness,risk,error"], lines);
    }
}

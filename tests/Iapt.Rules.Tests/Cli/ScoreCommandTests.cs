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
            "d,scored,mi,2.40,,true,,",
            "e,invalid,phq9,,,,,total: outside the phq9 range 0-27",
            "f,invalid,,,,,,\"measure: not a measure of this rule set (valid keys: phq9, gad7, wsas, spin, pcl5, mi, oci, pdss, hai, biq, ibs, cfq, phq15, iesr, gad2, minispin, whooley)\"",
            "g,invalid,phq9,,,,,\"items: item 3 is missing, so phq9 has no score (no prorating)\"",
        ], lines);
    }

    [Theory]
    [InlineData("phq15,4", "phq15,4,minimal")]
    [InlineData("phq15,5", "phq15,5,low")]
    [InlineData("phq15,14", "phq15,14,medium")]
    [InlineData("phq15,15", "phq15,15,high")]
    [InlineData("ibs,74", "ibs,74,remission")]
    [InlineData("ibs,75", "ibs,75,mild")]
    [InlineData("ibs,300", "ibs,300,moderate")]
    [InlineData("ibs,301", "ibs,301,severe")]
    [InlineData("wsas,20", "wsas,20,significant")]
    [InlineData("wsas,21", "wsas,21,moderately_severe")]
    public void Severity_is_shown_for_every_measure_that_has_bands(string input, string expected)
    {
        var (_, lines, _) = Run($"id,measure,total\n1,{input}\n");
        Assert.Equal($"1,scored,{expected},,,", lines[1]);
    }

    [Theory]
    [InlineData("spin,25", "1,scored,spin,25,,true,,")]
    [InlineData("cfq,20", "1,scored,cfq,20,,,,")]
    public void Severity_is_empty_for_a_measure_without_bands(string input, string expected) =>
        Assert.Equal(expected, Run($"id,measure,total\n1,{input}\n").Lines[1]);

    [Theory]
    [InlineData("2", "2.00")]
    [InlineData("2.3", "2.30")]
    [InlineData("2.296", "2.30")]
    [InlineData("2.305", "2.31")]
    [InlineData("4.999", "5.00")]
    public void The_MI_mean_is_written_to_two_decimal_places(string total, string written) =>
        Assert.Equal(written, Run($"id,measure,total\n1,mi,{total}\n").Lines[1].Split(',')[3]);

    [Fact]
    public void The_MI_mean_of_items_is_written_to_two_decimal_places_and_compared_exactly()
    {
        // 62 / 27 = 2.2963: written 2.30, and below the cut-off of strictly above 2.3.
        string items = string.Join(' ', Enumerable.Repeat("2", 19).Concat(Enumerable.Repeat("3", 8)));
        Assert.Equal("1,scored,mi,2.30,,false,,", Run($"id,measure,items\n1,mi,{items}\n").Lines[1]);
    }

    [Theory]
    [InlineData("PHQ-9")]
    [InlineData("phq 9")]
    [InlineData("Phq_9")]
    [InlineData(" PHQ9 ")]
    public void A_measure_name_as_people_write_it_resolves_to_its_key(string name) =>
        Assert.Equal("1,scored,phq9,12,moderate,true,,", Run($"id,measure,total\n1,{name},12\n").Lines[1]);

    [Theory]
    [InlineData("GAD7", "gad7")]
    [InlineData("pcl-5", "pcl5")]
    [InlineData("IES-R", "iesr")]
    [InlineData("Mini-SPIN", "minispin")]
    public void Other_names_resolve_too(string name, string key) =>
        Assert.Equal(key, Run($"id,measure,total\n1,{name},3\n").Lines[1].Split(',')[2]);

    [Theory]
    [InlineData("n/a 4 4 4 4", "1,scored,wsas,16,significant,,,")]
    [InlineData("N/A 2 2 2 3", "1,scored,wsas,9,subclinical,,,")]
    [InlineData("NA 4 4 4 4", "1,invalid,wsas,,,,,\"items: item 1 is missing, so wsas has no score (no prorating)\"")]
    [InlineData(". 4 4 4 4", "1,invalid,wsas,,,,,\"items: item 1 is missing, so wsas has no score (no prorating)\"")]
    [InlineData("4 n/a 4 4 4", "1,invalid,wsas,,,,,\"items: item 2 is marked not applicable, but wsas allows that only for item 1\"")]
    public void WSAS_item_1_may_be_not_applicable_and_that_is_not_missing(string items, string expected) =>
        Assert.Equal(expected, Run($"id,measure,items\n1,wsas,{items}\n").Lines[1]);

    [Theory]
    [InlineData("1 1 1 n/a 1 1 1 1 1 1 1 1 1 1 1", "1,scored,phq15,14,medium,,,")]
    [InlineData("1 1 1 NA 1 1 1 1 1 1 1 1 1 1 1", "1,invalid,phq15,,,,,\"items: item 4 is missing, so phq15 has no score (no prorating)\"")]
    [InlineData("n/a 1 1 1 1 1 1 1 1 1 1 1 1 1 1", "1,invalid,phq15,,,,,\"items: item 1 is marked not applicable, but phq15 allows that only for item 4\"")]
    public void PHQ15_item_4_may_be_not_applicable(string items, string expected) =>
        Assert.Equal(expected, Run($"id,measure,items\n1,phq15,{items}\n").Lines[1]);

    [Fact]
    public void Not_applicable_on_a_measure_that_allows_none_is_invalid() =>
        Assert.Equal(
            "1,invalid,phq9,,,,,\"items: item 9 is marked not applicable, but every phq9 item applies to everyone\"",
            Run("id,measure,items\n1,phq9,1 1 1 1 1 1 1 1 n/a\n").Lines[1]);

    [Fact]
    public void IES_R_is_scored_with_its_cut_off()
    {
        var (_, lines, _) = Run("id,measure,total\n1,iesr,32\n2,iesr,33\n3,iesr,89\n");
        Assert.Equal("1,scored,iesr,32,,false,,", lines[1]);
        Assert.Equal("2,scored,iesr,33,,true,,", lines[2]);
        Assert.Equal("3,invalid,iesr,,,,,total: outside the iesr range 0-88", lines[3]);
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

using Iapt.Rules.Cli.Commands;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Cli;

/// <summary>The <c>iapt outcomes FILE</c> contract: columns, order, values, missing optional columns and exit codes.</summary>
public class OutcomesCommandTests
{
    private const string Header =
        "referral_id,status,anxiety_measure,caseness_at_start,paired,recovered,reliable_improvement,reliable_deterioration,no_reliable_change,reliable_recovery,error,descriptor_group";

    private static (int Exit, string[] Lines, string Error) RunPath(string path) => FileCommandRunner.RunPath(OutcomesCommand.Run, path);

    private static (int Exit, string[] Lines, string Error) Run(string csv) => FileCommandRunner.Run(OutcomesCommand.Run, csv);

    [Fact]
    public void The_header_is_exactly_the_contract()
    {
        var (exit, lines, _) = Run("referral_id,problem_descriptor,treatment_sessions\nr1,F32.1,2\n");
        Assert.Equal(0, exit);
        Assert.Equal(Header, lines[0]);
    }

    [Fact]
    public void Every_input_row_gives_one_output_row_in_input_order()
    {
        var (exit, lines, _) = Run(
            "GAD7_LAST,extra,Phq9_First,treatment_sessions,PROBLEM_DESCRIPTOR,phq9_last,gad7_first,Referral_ID,ended\n" +
            "5,x,18,8,F32.1,6,12,a,true\n" + // recovered, both fell reliably
            "10,x,12,6,f411,11,14,b,TRUE\n" + // GAD-7 fell exactly 4: reliable; last PHQ-9 11 at caseness
            "12,x,8,4,,14,6,c,true\n" + // not at caseness; both rose reliably
            "14,x,20,1,F43.1,18,15,d,true\n" + // one session: not finished
            "6,x,16,3,F41.1,9,11,e,False\n" + // not ended: not finished
            ",x,11,3,F32,,9,f,true\n" + // finished, unpaired
            "3,x,20,5,F41.2,10,12,g,true\n"); // PHQ-9 fell 10 and GAD-7 fell 9, but the last PHQ-9 (10) is at caseness
        Assert.Equal(0, exit);
        Assert.Equal(
        [
            Header,
            "a,finished,gad7,case,true,true,true,false,false,true,,depression",
            "b,finished,gad7,case,true,false,true,false,false,false,,generalised_anxiety_disorder",
            "c,finished,gad7,not_case,true,false,false,true,false,false,,none",
            "d,not_finished,gad7,case,true,,,,,,,post_traumatic_stress_disorder",
            "e,not_finished,gad7,case,true,,,,,,,generalised_anxiety_disorder",
            "f,finished,gad7,case,false,false,false,false,false,false,,depression",
            "g,finished,gad7,case,true,false,true,false,false,false,,mixed_anxiety_and_depression",
        ], lines);
    }

    [Fact]
    public void The_ADSM_is_used_when_paired_and_GAD7_when_not()
    {
        var (_, lines, _) = Run(
            "referral_id,problem_descriptor,treatment_sessions,phq9_first,phq9_last,gad7_first,gad7_last,spin_first,spin_last,mi_first,mi_last\n" +
            "s1,F40.1,6,14,8,9,9,40,25,,\n" + // SPIN paired: SPIN last 25 at caseness, so not recovered
            "s2,F40.1,6,14,8,9,5,40,,,\n" + // SPIN unpaired: GAD-7 used, recovered
            "m1,F40.0,6,9,4,6,3,,,3.1,2.3\n" + // MI: 2.3 is not above 2.3, fell 0.8
            "m2,F40.0,6,9,9,6,6,,,2.31,2.31\n" + // MI caseness strictly above 2.3
            "m3,F40.0,6,9,9,6,6,,,3.00,2.27\n"); // MI fell exactly 0.73: reliable
        Assert.Equal("s1,finished,spin,case,true,false,true,false,false,false,,social_anxiety_disorder", lines[1]);
        Assert.Equal("s2,finished,gad7,case,true,true,true,false,false,true,,social_anxiety_disorder", lines[2]);
        Assert.Equal("m1,finished,mi,case,true,true,true,false,false,true,,agoraphobia", lines[3]);
        Assert.Equal("m2,finished,mi,case,true,false,false,false,true,false,,agoraphobia", lines[4]);
        Assert.Equal("m3,finished,mi,case,true,true,true,false,false,true,,agoraphobia", lines[5]);
    }

    [Fact]
    public void A_missing_ended_column_means_every_referral_has_ended()
    {
        var (_, lines, _) = Run("referral_id,problem_descriptor,treatment_sessions,phq9_first,phq9_last,gad7_first,gad7_last\nr,F32,2,18,6,12,5\n");
        Assert.Equal("r,finished,gad7,case,true,true,true,false,false,true,,depression", lines[1]);
    }

    [Fact]
    public void Missing_score_columns_mean_no_scores()
    {
        var (_, lines, _) = Run("referral_id,problem_descriptor,treatment_sessions,phq9_first\nr,F40.1,2,12\n");
        Assert.Equal("r,finished,gad7,case,false,false,false,false,false,false,,social_anxiety_disorder", lines[1]);
    }

    [Theory]
    [InlineData(" ,F32,2,true,", "referral_id: empty (every row needs an id)")]
    [InlineData("r,F32,2.5,true,", "treatment_sessions: not a whole number of 0 or more")]
    [InlineData("r,F32,-1,true,", "treatment_sessions: not a whole number of 0 or more")]
    [InlineData("r,F32,,true,", "treatment_sessions: not a whole number of 0 or more")]
    [InlineData("r,F32,2,yes,", "ended: expected true or false")]
    [InlineData("r,F32,2,,", "ended: expected true or false")] // the column is present, so an empty value is not a flag
    public void A_malformed_field_makes_the_row_invalid_naming_the_field(string row, string error)
    {
        var (exit, lines, _) = Run("referral_id,problem_descriptor,treatment_sessions,ended,phq9_first\n" + row + "\n");
        Assert.Equal(0, exit);
        var fields = lines[1].Split(',', 2);
        Assert.Equal("invalid,,,,,,,,," + error + ",depression", fields[1]);
    }

    [Theory]
    [InlineData("phq9_first", "28", "phq9_first: outside the phq9 range 0-27")]
    [InlineData("phq9_last", "-1", "phq9_last: outside the phq9 range 0-27")]
    [InlineData("gad7_first", "10.5", "gad7_first: gad7 totals are whole numbers")]
    [InlineData("hai_first", "55", "hai_first: outside the hai range 0-54")] // HAI is not used for a depression referral
    [InlineData("mi_last", "5.01", "mi_last: outside the mi range 1-5")]
    [InlineData("mi_first", "0.9", "mi_first: outside the mi range 1-5")]
    [InlineData("oci_last", "ten", "oci_last: not a number, or more decimal places than can be held exactly (at most 9)")]
    public void A_score_out_of_range_or_malformed_makes_the_row_invalid_even_when_its_measure_is_unused(
        string column, string value, string error)
    {
        var (_, lines, _) = Run($"referral_id,problem_descriptor,treatment_sessions,{column}\nr,F32,2,{value}\n");
        Assert.StartsWith("r,invalid,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(error + ",depression", lines[1].Replace("\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_fault_of_a_row_is_named()
    {
        var (_, lines, _) = Run("referral_id,problem_descriptor,treatment_sessions,phq9_first,gad7_last\n ,F99,x,30,\n");
        Assert.Equal(
            ",invalid,,,,,,,,,referral_id: empty (every row needs an id); treatment_sessions: not a whole number of 0 or more; phq9_first: outside the phq9 range 0-27," +
            "other_mental_health_problems",
            lines[1]);
    }

    [Fact]
    public void Body_dysmorphic_disorder_can_be_given_by_its_SNOMED_code()
    {
        var (_, lines, _) = Run("referral_id,problem_descriptor,treatment_sessions,phq9_first,phq9_last,gad7_first,gad7_last\nr,83482000,3,18,6,12,5\n");
        Assert.Equal("r,finished,gad7,case,true,true,true,false,false,true,,body_dysmorphic_disorder", lines[1]);
    }

    [Theory]
    [InlineData("F34.1", "other_mental_health_problems")] // dysthymia: chapter F outside the table (reference §8)
    [InlineData("F50.0", "other_mental_health_problems")] // anorexia nervosa
    [InlineData("F31.0", "other_mental_health_problems")] // bipolar affective disorder
    [InlineData("F44.1", "other_mental_health_problems")] // F44 joins the other mental health problems (reference §8)
    [InlineData("F48.0", "other_mental_health_problems")] // F48 likewise
    [InlineData("F43.2", "other_anxiety_or_stress_related")] // other F40 to F43
    [InlineData("Z63.0", "other_recorded_problems")] // a well-formed code outside chapter F
    [InlineData("123456789", "other_recorded_problems")] // a SNOMED CT id the table does not map
    [InlineData("F3", "invalid_data_supplied")] // not a code
    [InlineData("anxiety", "invalid_data_supplied")]
    public void A_descriptor_outside_the_table_is_classified_with_GAD7_and_its_group(string descriptor, string group)
    {
        // PHQ-9 18 -> 6 and GAD-7 12 -> 5: at caseness, recovered and reliably improved on GAD-7, whatever the code.
        var (exit, lines, _) = Run(
            "referral_id,problem_descriptor,treatment_sessions,phq9_first,phq9_last,gad7_first,gad7_last\n" +
            $"r,{descriptor},4,18,6,12,5\n");
        Assert.Equal(0, exit);
        Assert.Equal($"r,finished,gad7,case,true,true,true,false,false,true,,{group}", lines[1]);
    }

    [Fact]
    public void The_descriptor_group_is_given_on_invalid_rows_too()
    {
        var (_, lines, _) = Run("referral_id,problem_descriptor,treatment_sessions\nr,F4x.1,many\n");
        Assert.Equal("r,invalid,,,,,,,,,treatment_sessions: not a whole number of 0 or more,invalid_data_supplied", lines[1]);
    }

    [Fact]
    public void A_missing_file_exits_2_with_a_message_on_stderr()
    {
        var (exit, lines, error) = RunPath("/nonexistent/outcomes.csv");
        Assert.Equal(2, exit);
        Assert.Empty(lines);
        Assert.StartsWith("iapt outcomes: cannot read", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("problem_descriptor,treatment_sessions\nF32,2\n", "'referral_id'")]
    [InlineData("referral_id,treatment_sessions\nr,2\n", "'problem_descriptor'")]
    [InlineData("referral_id,problem_descriptor\nr,F32\n", "'treatment_sessions'")]
    public void A_missing_required_column_exits_2_naming_it(string csv, string named)
    {
        var (exit, lines, error) = Run(csv);
        Assert.Equal(2, exit);
        Assert.Empty(lines);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_file_gives_the_documented_output()
    {
        var (exit, lines, _) = RunPath(Path.Combine(Documentation.RulesDocumentTests.RepositoryRoot(), "docs", "examples", "outcomes.csv"));
        Assert.Equal(0, exit);
        Assert.Equal(
        [
            Header,
            "R001,finished,gad7,case,true,true,true,false,false,true,,depression",
            "R002,finished,gad7,case,true,false,true,false,false,false,,generalised_anxiety_disorder",
            "R003,finished,spin,case,true,false,true,false,false,false,,social_anxiety_disorder",
            "R004,finished,gad7,case,true,true,true,false,false,true,,social_anxiety_disorder",
            "R005,finished,mi,case,true,true,true,false,false,true,,agoraphobia",
            "R006,finished,gad7,case,true,true,true,false,false,true,,mixed_anxiety_and_depression",
            "R007,finished,gad7,not_case,true,false,false,true,false,false,,none",
            "R008,not_finished,gad7,case,true,,,,,,,post_traumatic_stress_disorder",
            "R009,not_finished,gad7,case,true,,,,,,,generalised_anxiety_disorder",
            "R010,finished,gad7,case,true,true,true,false,false,true,,other_mental_health_problems",
            "R011,invalid,,,,,,,,,phq9_first: outside the phq9 range 0-27,depression",
            "R012,finished,gad7,case,false,false,false,false,false,false,,depression",
            "R013,finished,gad7,case,true,true,true,false,false,true,,invalid_data_supplied",
            "R014,finished,gad7,case,true,false,true,false,false,false,,other_recorded_problems",
        ], lines);
    }
}

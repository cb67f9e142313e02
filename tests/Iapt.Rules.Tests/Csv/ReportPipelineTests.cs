using Iapt.Rules.Csv;
using Iapt.Rules.Reporting;
using Iapt.Rules.Reporting.Disclosure;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Tests.Reporting;

using Iapt.Rules.Tests.Cli;

namespace Iapt.Rules.Tests.Csv;

/// <summary>
/// The report pipeline of <c>iapt report</c> (issue 6 input contract): the two CSV files, every row used or rejected
/// with file, line, field and reason, and the report's counts reconciling with the rows.
/// </summary>
[Collection(ConsoleInput.Collection)]
public class ReportPipelineTests
{
    private const string RejectsHeader = "file,line,field,reason\n";

    internal static (ServiceReport Report, string Rejects) Run(string referrals, string sessions, ReportPeriod? period = null, params string[] by) =>
        Run(referrals, sessions, new CsvReportOptions { Period = period, By = by });

    /// <summary>Runs the pipeline over two temporary files with <paramref name="options"/> (its rejects written to text).</summary>
    internal static (ServiceReport Report, string Rejects) Run(string referrals, string sessions, CsvReportOptions options)
    {
        using var referralFile = new TempCsv(referrals, "referrals.csv");
        using var sessionFile = new TempCsv(sessions, "sessions.csv");
        var rejects = new StringWriter();
        var report = ReportPipeline.Run(referralFile.Path, sessionFile.Path, options with { Rejects = rejects });
        return (report, rejects.ToString());
    }

    [Fact]
    public void Every_figure_of_a_hand_built_service_read_from_csv()
    {
        var (report, rejects) = Run(HandBuiltService.ReferralsCsv, HandBuiltService.SessionsCsv, by: "gender");
        Assert.Equal(RejectsHeader, rejects);
        HandBuiltService.AssertEveryFigure(report);
    }

    /// <summary>Column names match in any case; the breakdown is named as the option gave it.</summary>
    [Fact]
    public void A_by_column_matches_the_header_in_any_case()
    {
        var (report, _) = Run(HandBuiltService.ReferralsCsv, HandBuiltService.SessionsCsv, by: "GENDER");
        Assert.Equal("GENDER", report.Breakdowns[1].Key);
        Assert.Equal(["", "F", "M"], report.Breakdowns[1].Groups.Select(g => g.Value));
    }

    /// <summary>The report read from CSV is the report the library builds from the same referrals.</summary>
    [Fact]
    public void The_csv_report_equals_the_library_report_of_the_same_service()
    {
        var (fromCsv, _) = Run(HandBuiltService.ReferralsCsv, HandBuiltService.SessionsCsv, by: "gender");
        var fromLibrary = ServiceModel.Report(HandBuiltService.Referrals, breakdowns: HandBuiltService.Breakdowns, rowsRead: HandBuiltService.RowsRead);
        Assert.Equal(Json(fromLibrary), Json(fromCsv));
    }

    internal const string BadReferrals =
        "referral_id,referral_date,problem_descriptor,discharge_date\n" +
        "r1,2024-01-01,F32,2024-03-01\n" +          // line 2: used
        ",2024-01-01,F32,\n" +                      // line 3: empty id
        "r2,2024-13-01,F32,\n" +                    // line 4: no month 13
        "r3,2024-01-01,F99.9,\n" +                  // line 5: used: a code outside the table (other mental health problems, §8)
        "r4,2024-01-01,XYZ,\n" +                    // line 6: used: not a code (invalid data supplied, §8)
        "r1,2024-01-02,F41.1,\n" +                  // line 7: r1 again
        "r5,2024-02-01,F41.1,2024-01-31\n" +        // line 8: discharged before referred
        "r6,2024-02-01,F41.1,2024/03/01\n" +        // line 9: not ISO
        "r7,2024-02-01,F40.0,\n";                   // line 10: used (agoraphobia, MI)

    internal const string BadSessions =
        "referral_id,date,type,attended,intensity,intervention,phq9,gad7,mi\n" +
        "r1,2024-01-10,assessment,true,,,15,10,\n" +             // line 2: used
        "zz,2024-01-10,treatment,true,,,,,\n" +                  // line 3: no such referral
        "r3,2024-01-10,treatment,true,,,,,\n" +                  // line 4: used (r3 is used)
        "r1,2024-02-30,treatment,true,,,,,\n" +                  // line 5: no 30 February
        "r1,2024-01-17,therapy,true,,,,,\n" +                    // line 6: type
        "r1,2024-01-17,treatment,yes,,,,,\n" +                   // line 7: attended
        "r1,2024-01-17,treatment,true,medium,,,,\n" +            // line 8: intensity
        "r1,2024-01-17,treatment,true,low,hypnosis,,,\n" +       // line 9: intervention
        "r1,2024-01-17,treatment,true,low,,31,,\n" +             // line 10: PHQ-9 above 27
        "r1,2024-01-17,treatment,true,low,,,seven,\n" +          // line 11: GAD-7 not a number
        "r1,2024-01-17,treatment,true,low,,,7.5,\n" +            // line 12: GAD-7 not whole
        "r7,2024-02-10,treatment,true,high,,,,5.01\n" +          // line 13: MI mean above 5
        "r7,2024-02-10,treatment,true,high,,,,0.99\n" +          // line 14: MI mean below 1
        "r7,2024-02-10,treatment,true,high,,,,2.1234567891\n" +  // line 15: MI mean with 10 decimal places
        "r1,2024-01-24,treatment,true,low,guided_self_help,9,6,\n" + // line 16: used
        "r7,2024-02-10,treatment,true,high,cbt,,,3.25\n" +       // line 17: used
        "r1,2023-12-31,treatment,true,low,,,,\n";                // line 18: before r1 was referred

    /// <summary>
    /// Rows read 9 + 17 = 26; rejected 5 + 13 = 18; used r1, r3, r4, r7 and sessions at lines 2, 4, 16, 17 = 8. A
    /// descriptor never rejects a referral: r3 (F99.9) and r4 (XYZ) resolve to national groups (reference §8).
    /// </summary>
    internal const string ExpectedRejects =
        RejectsHeader +
        "referrals.csv,3,referral_id,empty referral id\n" +
        "referrals.csv,4,referral_date,not a date in the form yyyy-MM-dd\n" +
        "referrals.csv,7,referral_id,duplicate referral id (first at line 2)\n" +
        "referrals.csv,8,discharge_date,before the referral date\n" +
        "referrals.csv,9,discharge_date,not a date in the form yyyy-MM-dd\n" +
        "sessions.csv,3,referral_id,\"no such referral (unknown, or its referral row was rejected)\"\n" +
        "sessions.csv,5,date,not a date in the form yyyy-MM-dd\n" +
        "sessions.csv,6,type,\"not one of assessment, assessment_and_treatment, treatment, follow_up\"\n" +
        "sessions.csv,7,attended,not true or false\n" +
        "sessions.csv,8,intensity,\"not low, high or empty\"\n" +
        "sessions.csv,9,intervention,not a known intervention key\n" +
        "sessions.csv,10,phq9,outside the phq9 range 0-27\n" +
        "sessions.csv,11,gad7,\"not a number, or more decimal places than can be held exactly (at most 9)\"\n" +
        "sessions.csv,12,gad7,gad7 totals are whole numbers\n" +
        "sessions.csv,13,mi,outside the mi range 1-5\n" +
        "sessions.csv,14,mi,outside the mi range 1-5\n" +
        "sessions.csv,15,mi,\"not a number, or more decimal places than can be held exactly (at most 9)\"\n" +
        "sessions.csv,18,date,before the referral date\n";

    /// <summary>The values of the bad rows: none may appear in a reason.</summary>
    internal static readonly string[] BadValues =
        ["2024-13-01", "F99.9", "XYZ", "2024-01-31", "2024/03/01", "zz", "2024-02-30", "therapy", "yes", "medium", "hypnosis", "31", "seven", "7.5", "5.01", "0.99", "2.1234567891", "2023-12-31"];

    [Fact]
    public void Rows_read_equal_rows_used_plus_rows_rejected_and_each_rejection_names_file_line_field_and_reason()
    {
        var (report, rejects) = Run(BadReferrals, BadSessions);
        Assert.Equal(ExpectedRejects, rejects);

        var h = report.Headline;
        Assert.Equal(26, h.RowsRead);
        Assert.Equal(18, h.RowsRejected);
        Assert.Equal(h.RowsRejected, rejects.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);

        // The eight rows used: r1 (discharged 03-01; assessment, then one treatment session on 01-24, 23 days after
        // referral: entered treatment, not a course), r3 (open, F99.9; one treatment session 9 days after referral),
        // r4 (open, XYZ; no session) and r7 (open; one high-intensity session 9 days after referral).
        Assert.Equal(4, h.Referrals);
        Assert.Equal(3, h.EnteredTreatment);
        Assert.Equal(0, h.Finished);
        var a = new ReportAssert(report);
        a.Count(ReportKeys.ActivitySection, "ended", 1);
        a.Share(ReportKeys.WaitsSection, "secondary_within_6_weeks", 3, 3, met: true);
        a.Share(ReportKeys.DataQualitySection, "flag_one_off_appointment", 1, 1);
    }

    /// <summary>
    /// Reference §8: no referral is lost to its descriptor. A code outside the table and text that is no code are
    /// used, counted in their national groups of the problem-descriptor breakdown, and the invalid one in the
    /// data-quality figure "problem descriptor not a valid code" (over referrals ended: here 1 of 3).
    /// </summary>
    [Fact]
    public void Descriptors_outside_the_table_count_in_their_national_groups()
    {
        var (report, rejects) = Run(
            "referral_id,referral_date,problem_descriptor,discharge_date\n" +
            "a,2024-01-01,F34.1,2024-03-01\nb,2024-01-01,Z63.0,2024-03-01\nc,2024-01-01,sad,2024-03-01\nd,2024-01-01,F32,\n",
            "referral_id,date,type,attended\n");
        Assert.Equal(RejectsHeader, rejects);
        Assert.Equal(4, report.Headline.Referrals);
        Assert.Equal(
            ["depression", "invalid_data_supplied", "other_mental_health_problems", "other_recorded_problems"],
            report.Breakdowns[0].Groups.Select(g => g.Value));
        new ReportAssert(report).Share(ReportKeys.DataQualitySection, "flag_descriptor_not_valid_code", 1, 3);
    }

    [Fact]
    public void A_reason_never_echoes_the_rows_values()
    {
        var (_, rejects) = Run(BadReferrals, BadSessions);
        var reasons = rejects.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',', 4)[3]).ToArray();
        Assert.NotEmpty(reasons);
        foreach (var value in BadValues)
        {
            Assert.DoesNotContain(reasons, r => r.Contains(value, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>
    /// A session after discharge counts for nothing: not a treatment session, not a score, not a contact, attended
    /// or missed (<see cref="ReferralAssessment.AttendedContacts"/>: on or before discharge).
    /// </summary>
    [Fact]
    public void Sessions_after_discharge_are_neither_treatment_nor_contacts()
    {
        var (report, rejects) = Run(
            "referral_id,referral_date,problem_descriptor,discharge_date\n" +
            "a,2024-01-01,F32,2024-02-01\n" +   // two treatment sessions, then contacts after discharge
            "b,2024-01-01,F32,2024-02-01\n",    // seen only after discharge
            "referral_id,date,type,attended,phq9,gad7\n" +
            "a,2024-01-10,treatment,true,15,10\n" +
            "a,2024-02-01,treatment,true,5,4\n" +       // on the discharge date: counts
            "a,2024-02-10,treatment,true,20,15\n" +     // after: not a session, not the last score
            "a,2024-02-15,assessment,false,,\n" +       // after: not a missed appointment
            "b,2024-02-10,assessment,true,12,9\n");     // after: b was never seen
        Assert.Equal(RejectsHeader, rejects);

        // a: finished with 2 sessions, PHQ 15 -> 5 and GAD 10 -> 4: recovered. Contacts: a 2 attended, 0 missed;
        // b none: seen is a alone, who finished (1 of 1); missed 0 of 2.
        var a = new ReportAssert(report);
        a.Share(ReportKeys.ActivitySection, ReportKeys.Finished, 1, 2);
        a.Share(ReportKeys.OutcomesSection, ReportKeys.Recovered, 1, 1, met: true);
        a.Share(ReportKeys.ActivitySection, "seen_to_course", 1, 1, met: true);
        a.Share(ReportKeys.ActivitySection, "missed_appointments", 0, 2);
        a.Value(ReportKeys.ActivitySection, "mean_treatment_sessions", 2m, 1);
    }

    /// <summary>
    /// The clock starts at referral (M4 §6.3): a session dated before its referral contradicts it and is rejected;
    /// one on the referral date itself is a wait of 0 days.
    /// </summary>
    [Fact]
    public void A_session_dated_before_its_referral_is_rejected_and_one_on_the_same_day_is_used()
    {
        var (report, rejects) = Run(
            "referral_id,referral_date,problem_descriptor,discharge_date\nr,2024-02-01,F32,\n",
            "referral_id,date,type,attended\nr,2024-01-31,treatment,true\nr,2024-02-01,treatment,true\n");
        Assert.Equal(RejectsHeader + "sessions.csv,2,date,before the referral date\n", rejects);
        Assert.Equal(1, report.Headline.EnteredTreatment);
        new ReportAssert(report).Share(ReportKeys.WaitsSection, "wait_band_0_28", 1, 1);
    }

    /// <summary>Every referral with a treatment session is counted as entered treatment when no period is given.</summary>
    [Fact]
    public void Every_referral_with_a_treatment_session_has_entered_treatment()
    {
        var (report, _) = Run(
            "referral_id,referral_date,problem_descriptor,discharge_date\nr,2024-02-01,F32,2024-03-01\n",
            "referral_id,date,type,attended\nr,2024-01-20,treatment,true\nr,2024-02-10,treatment,true\nr,2024-02-17,treatment,true\n");
        Assert.Equal(1, report.Headline.Finished);
        Assert.Equal(report.Headline.Finished, report.Headline.EnteredTreatment);
        Assert.Equal(1, report.Headline.Within6Weeks);  // first kept session 02-10: 9 days
    }

    /// <summary>
    /// A row with fewer fields than the header is rejected naming the first missing column; it does not stop the run.
    /// A blank line is no row (issue 16): it is neither read nor rejected.
    /// </summary>
    [Fact]
    public void A_row_with_missing_fields_is_rejected_naming_the_first_missing_column()
    {
        var (report, rejects) = Run(
            "referral_id,referral_date,problem_descriptor,discharge_date\nr,2024-02-01,F32,\nshort,2024-02-01\n",
            "referral_id,date,type,attended,phq9\nr,2024-02-10,treatment,true,12\nr,2024-02-17\n\nr,2024-02-24,treatment,true\n");
        Assert.Equal(
            RejectsHeader +
            "referrals.csv,3,problem_descriptor,missing (the row has 2 fields; the header has 4)\n" +
            "sessions.csv,3,type,missing (the row has 2 fields; the header has 5)\n" +
            "sessions.csv,5,phq9,missing (the row has 4 fields; the header has 5)\n",
            rejects);
        Assert.Equal(5, report.Headline.RowsRead);
        Assert.Equal(3, report.Headline.RowsRejected);
        Assert.Equal(1, report.Headline.EnteredTreatment);
    }

    /// <summary>Only the four columns of each file are required: intensity, intervention and scores may be absent.</summary>
    [Fact]
    public void The_optional_session_columns_may_be_absent()
    {
        var (report, rejects) = Run(
            "discharge_date,problem_descriptor,referral_date,referral_id\n2024-03-01,F32,2024-01-01,r\n",
            "ATTENDED,type,date,Referral_Id\ntrue,treatment,2024-01-10,r\ntrue,assessment_and_treatment,2024-01-17,r\n");
        Assert.Equal(RejectsHeader, rejects);
        Assert.Equal(1, report.Headline.Finished);
        Assert.Equal(0, report.Headline.NoReliableChange); // no scores: not paired, no outcome
        new ReportAssert(report).Share(ReportKeys.DataQualitySection, "paired_completeness", 0, 1, met: false);
    }

    /// <summary>Of two referral rows with the same id the first is used, and the sessions belong to it.</summary>
    [Fact]
    public void Sessions_of_a_duplicated_id_belong_to_its_first_row()
    {
        var (report, _) = Run(
            "referral_id,referral_date,problem_descriptor,discharge_date\nr,2024-01-01,F32,2024-03-01\nr,2024-02-01,F41.1,\n",
            "referral_id,date,type,attended\nr,2024-01-10,treatment,true\nr,2024-01-17,treatment,true\n");
        Assert.Equal(1, report.Headline.Referrals);
        Assert.Equal(1, report.Headline.Finished);
        Assert.Equal(["depression"], report.Breakdowns[0].Groups.Select(g => g.Value));
    }

    [Fact]
    public void A_short_run_shows_no_progress()
    {
        using var referrals = new TempCsv(HandBuiltService.ReferralsCsv, "referrals.csv");
        using var sessions = new TempCsv(HandBuiltService.SessionsCsv, "sessions.csv");
        var progress = new List<long>();
        ReportPipeline.Run(referrals.Path, sessions.Path, new CsvReportOptions { Progress = new Recorded(progress) });
        Assert.Empty(progress);
    }

    /// <summary>
    /// <see cref="CsvReportOptions.Suppress"/> applies the rule set's disclosure control to the report read; without
    /// it the exact counts of the small hand-built service are given.
    /// </summary>
    [Fact]
    public void Suppress_applies_the_rule_sets_disclosure_control_and_its_absence_keeps_the_exact_counts()
    {
        var (plain, _) = Run(HandBuiltService.ReferralsCsv, HandBuiltService.SessionsCsv, new CsvReportOptions());
        var (suppressed, _) = Run(HandBuiltService.ReferralsCsv, HandBuiltService.SessionsCsv, new CsvReportOptions { Suppress = true });
        var controlled = DisclosureControl.Apply(plain, RuleSet.ManualV4.Disclosure);
        Assert.Equal(Json(controlled), Json(suppressed));
        Assert.NotEqual(Json(plain), Json(suppressed));
    }

    /// <summary>
    /// Breaking a report down by the referral id would give one group per patient: refused whatever the case and
    /// surrounding spaces of the option, before any row is read.
    /// </summary>
    [Theory]
    [InlineData("referral_id")]
    [InlineData(" Referral_ID ")]
    public void A_breakdown_by_the_referral_id_is_refused(string by)
    {
        var ex = Assert.Throws<CsvInputException>(() => Run(HandBuiltService.ReferralsCsv, HandBuiltService.SessionsCsv, by: by));
        Assert.Equal(
            $"'{by}' cannot break a report down: it would give one group per referral (one row per patient, every count under the disclosure threshold)",
            ex.Message);
    }

    /// <summary>A file without a required column stops the run with an input error naming the column.</summary>
    [Fact]
    public void A_referrals_file_without_a_required_column_is_an_input_error()
    {
        var ex = Assert.Throws<CsvInputException>(() => Run(
            "referral_id,referral_date,problem_descriptor\nr,2024-01-01,F32\n",
            "referral_id,date,type,attended\n",
            new CsvReportOptions { Parallelism = 2 }));
        Assert.Contains("discharge_date", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>Sessions read from standard input (<c>-</c>) are named <c>stdin</c> in the rejects, not <c>-</c>.</summary>
    [Fact]
    public void Rejected_rows_of_sessions_read_from_standard_input_name_the_file_stdin()
    {
        using var referrals = new TempCsv("referral_id,referral_date,problem_descriptor,discharge_date\nr,2024-01-01,F32,\n", "referrals.csv");
        var rejects = new StringWriter();
        var saved = Console.In;
        try
        {
            Console.SetIn(new StringReader("referral_id,date,type,attended\nr,2024-01-10,treatment,true\nzz,2024-01-10,treatment,true\n"));
            var report = ReportPipeline.Run(referrals.Path, CsvRecordReader.StandardInput, new CsvReportOptions { Parallelism = 1, Rejects = rejects });
            Assert.Equal(1, report.Headline.EnteredTreatment);
        }
        finally
        {
            Console.SetIn(saved);
        }

        Assert.Equal(RejectsHeader + "stdin,3,referral_id,\"no such referral (unknown, or its referral row was rejected)\"\n", rejects.ToString());
    }

    /// <summary>
    /// Progress every 10,000 rows (<see cref="CsvReportOptions.Progress"/>; a million by default) and 10,000 referral
    /// rows with no session: progress is reported once when the 10,000th referral row is read (the count of rows so
    /// far, not doubled) and once at the end, since at least the interval was read. The referral rows are parsed by
    /// two threads.
    /// </summary>
    [Fact]
    public void Referral_rows_report_progress_at_each_interval_and_at_the_end()
    {
        const int Rows = 10_000;
        var referrals = new System.Text.StringBuilder("referral_id,referral_date,problem_descriptor,discharge_date\n", Rows * 26);
        for (int i = 0; i < Rows; i++)
        {
            referrals.Append(System.Globalization.CultureInfo.InvariantCulture, $"r{i},2024-01-01,F32,\n");
        }

        var progress = new List<long>();
        var (report, rejects) = Run(
            referrals.ToString(),
            "referral_id,date,type,attended\n",
            new CsvReportOptions { Parallelism = 2, Progress = new Recorded(progress), ProgressEvery = Rows });
        Assert.Equal(RejectsHeader, rejects);
        Assert.Equal(Rows, report.Headline.Referrals);
        Assert.Equal([10_000L, 10_000L], progress);
    }

    /// <summary>One row short of the interval: no progress at all, not even at the end.</summary>
    [Fact]
    public void Fewer_rows_than_the_interval_report_no_progress()
    {
        var progress = new List<long>();
        var (report, _) = Run(
            HandBuiltService.ReferralsCsv,
            HandBuiltService.SessionsCsv,
            new CsvReportOptions { Parallelism = 1, Progress = new Recorded(progress), ProgressEvery = HandBuiltService.RowsRead + 1 });
        Assert.Equal(HandBuiltService.RowsRead, report.Headline.RowsRead);
        Assert.Empty(progress);
    }

    internal static string Json(ServiceReport report)
    {
        var text = new StringWriter();
        JsonReportWriter.Write(report, text);
        return text.ToString();
    }

    /// <summary>Progress recorded synchronously, as the pipeline reports it.</summary>
    internal sealed class Recorded(List<long> reports) : IProgress<long>
    {
        public void Report(long value) => reports.Add(value);
    }
}

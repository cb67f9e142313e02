using System.Collections.Immutable;
using Iapt.Rules.Episodes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Reporting;
using Iapt.Rules.Stepping;
using static Iapt.Rules.Tests.Reporting.ServiceModel;

namespace Iapt.Rules.Tests.Reporting;

/// <summary>
/// A service of ten referrals built by hand, written twice: as records for the library's builder and as the two CSV
/// files of <c>iapt report</c>. Every figure of its report is worked out below, in the comments, from the rules of
/// the reference (§4 outcomes, §5 waits, §6 stepped care, §7 standards) and checked by <see cref="AssertEveryFigure"/>.
/// </summary>
/// <remarks>
/// <para>Thresholds used in the working: PHQ-9 caseness &gt;= 10, reliable change 6; GAD-7 caseness &gt;= 8, reliable
/// change 4; SPIN caseness &gt;= 19, reliable change 10. Waits: within 6 weeks &lt;= 42 days, 18 weeks &lt;= 126;
/// bands 0-28, 29-56, 57-90, over 90; first-to-second gaps over 28 and over 90 days; step-up wait within 42 days.
/// 2024 is a leap year (February has 29 days).</para>
/// <para>The referrals (all referred 2024-01-01 unless said; "T" attended, "missed" not attended):</para>
/// <list type="table">
/// <item>A, F32.1 depression, gender F, discharged 02-20. 01-10 assessment PHQ 18 GAD 12; 01-29, 02-05 and 02-12
/// low-intensity treatment (the first guided self-help), the last PHQ 6 GAD 5. First treatment after 28 days,
/// second 7 days later. 3 treatment sessions: finished. At caseness (18, 12); last 6 and 5 both below: recovered;
/// PHQ fell 12, GAD fell 7: reliable improvement, so reliable recovery. Low intensity only, recovered: no step-up
/// indicated. 4 attended contacts.</item>
/// <item>B, F41.1 GAD, gender M, discharged 04-05. 02-12 assessment-and-treatment (42 days), 03-18 treatment
/// (gap 35 days, over 28), 03-25 treatment missed, 04-01 treatment; all high intensity, counselling. First PHQ 12
/// GAD 15, last PHQ 8 GAD 9. 3 treatment sessions: finished. At caseness; last GAD 9 still at caseness: not
/// recovered; GAD fell 6, PHQ fell 4: reliable improvement. GAD starts at step 2 but went straight to high
/// intensity: stepped up without a step-2 trial; counselling is not NICE-recommended for GAD; ended after 3 (2-5)
/// sessions still at caseness and reliably improved: discharged before recovery despite improvement. High only.
/// 3 attended, 1 missed.</item>
/// <item>C, F40.1 social anxiety (SPIN), gender F, discharged 06-10. 01-05 assessment PHQ 8 GAD 6 SPIN 40; 03-01
/// high-intensity treatment (60 days); 06-10 high-intensity treatment (gap 101 days: over 28 and over 90) PHQ 9
/// GAD 5 SPIN 25. 2 treatment sessions: finished. SPIN paired, so SPIN is the anxiety measure (ADSM called for and
/// paired). At caseness (SPIN 40); SPIN 25 still at caseness: not recovered; SPIN fell 15, PHQ rose 1: reliable
/// improvement. Ended after 2 sessions still at caseness and reliably improved: discharged before recovery despite
/// improvement. High only. 3 attended.</item>
/// <item>D, F33 depression, gender M, discharged 04-10. 01-15 (14 days), 01-22, 01-29 low intensity, then 03-25 and
/// 04-01 high intensity; first PHQ 16 GAD 10, last PHQ 22 GAD 16. 5 treatment sessions: finished. PHQ rose 6, GAD
/// rose 6: reliable deterioration, not recovered. Stepped up after 3 low-intensity sessions (a step-2 trial), step-up
/// wait 01-29 to 03-25 = 31 + 25 = 56 days: over 42. Both intensities; MQS 1 denominator and numerator. 5 attended.</item>
/// <item>E, no descriptor, no gender, discharged 01-20. 01-02 (1 day) and 01-09 low intensity, PHQ 7 then 6, GAD 5
/// then 4. Finished; not at caseness (7 &lt; 10, 5 &lt; 8); no reliable change. Recovery does not apply (not at
/// caseness), so not in MQS 1; no reliable improvement at low intensity and no step-up: not stepped up when
/// indicated. Data quality: no problem descriptor. Low only. 2 attended.</item>
/// <item>F, F41.2 mixed anxiety and depression, gender F, discharged 04-30. 01-08 assessment PHQ 15 GAD 12; 04-08
/// treatment (31 + 29 + 31 + 7 = 98 days: over 90) and 04-15 treatment PHQ 14, no intensity recorded. Finished, at
/// caseness, but GAD-7 has no last score: not paired, so no outcome. Data quality: mixed anxiety and depression while
/// both first scores are at caseness. No intensity: not in the intensity mix. 3 attended.</item>
/// <item>G, F32 depression, gender M, discharged 02-01. 01-20 low-intensity treatment (19 days), non-guided
/// self-help, PHQ 14; 01-27 follow-up PHQ 3 (counts for nothing). One treatment session: entered treatment, not
/// finished; a one-off appointment; non-guided self-help, which is not NICE-recommended for depression. 1 attended
/// contact (the follow-up is not counted).</item>
/// <item>H, F41.1 GAD, gender F, referred 03-01, still open. 03-10 (9 days) and 03-17 low intensity. Entered
/// treatment; not ended, so in no figure over ended referrals.</item>
/// <item>I, F32.0 depression, gender M, referred 02-01, discharged 03-01. 02-10 assessment missed. Ended, never seen,
/// 1 missed.</item>
/// <item>J, F43.1 PTSD (PCL-5), no gender, referred 02-01, discharged 02-20. 02-05 assessment PHQ 12. Ended, seen (1
/// attended), no treatment; the PCL-5 was called for and never recorded: ADSM not paired.</item>
/// </list>
/// <para>Rows: 10 referral rows and 4 + 4 + 3 + 5 + 2 + 3 + 2 + 2 + 1 + 1 = 27 session rows, 37 in all.</para>
/// </remarks>
internal static class HandBuiltService
{
    public const long RowsRead = 37;

    public static ImmutableArray<string> Breakdowns { get; } = ["gender"];

    public static ImmutableArray<ReferralSpec> Referrals { get; } =
    [
        Referral("A", "2024-01-01", "F32.1", ProblemDescriptor.Depression, "2024-02-20", "F",
            Session("2024-01-10", SessionType.Assessment, phq9: 18, gad7: 12),
            Session("2024-01-29", SessionType.Treatment, intensity: Intensity.Low, intervention: Intervention.GuidedSelfHelp),
            Session("2024-02-05", SessionType.Treatment, intensity: Intensity.Low),
            Session("2024-02-12", SessionType.Treatment, intensity: Intensity.Low, phq9: 6, gad7: 5)),
        Referral("B", "2024-01-01", "f411", ProblemDescriptor.GeneralisedAnxietyDisorder, "2024-04-05", "M",
            Session("2024-02-12", SessionType.AssessmentAndTreatment, intensity: Intensity.High, intervention: Intervention.Counselling, phq9: 12, gad7: 15),
            Session("2024-03-18", SessionType.Treatment, intensity: Intensity.High, intervention: Intervention.Counselling),
            Session("2024-03-25", SessionType.Treatment, attended: false, intensity: Intensity.High, intervention: Intervention.Counselling),
            Session("2024-04-01", SessionType.Treatment, intensity: Intensity.High, intervention: Intervention.Counselling, phq9: 8, gad7: 9)),
        Referral("C", "2024-01-01", "F40.1", ProblemDescriptor.SocialAnxietyDisorder, "2024-06-10", "F",
            Session("2024-01-05", SessionType.Assessment, phq9: 8, gad7: 6, spin: 40),
            Session("2024-03-01", SessionType.Treatment, intensity: Intensity.High),
            Session("2024-06-10", SessionType.Treatment, intensity: Intensity.High, phq9: 9, gad7: 5, spin: 25)),
        Referral("D", "2024-01-01", "F33", ProblemDescriptor.Depression, "2024-04-10", "M",
            Session("2024-01-15", SessionType.Treatment, intensity: Intensity.Low, phq9: 16, gad7: 10),
            Session("2024-01-22", SessionType.Treatment, intensity: Intensity.Low),
            Session("2024-01-29", SessionType.Treatment, intensity: Intensity.Low),
            Session("2024-03-25", SessionType.Treatment, intensity: Intensity.High),
            Session("2024-04-01", SessionType.Treatment, intensity: Intensity.High, phq9: 22, gad7: 16)),
        Referral("E", "2024-01-01", "", ProblemDescriptor.None, "2024-01-20", "",
            Session("2024-01-02", SessionType.Treatment, intensity: Intensity.Low, phq9: 7, gad7: 5),
            Session("2024-01-09", SessionType.Treatment, intensity: Intensity.Low, phq9: 6, gad7: 4)),
        Referral("F", "2024-01-01", "F41.2", ProblemDescriptor.MixedAnxietyAndDepression, "2024-04-30", "F",
            Session("2024-01-08", SessionType.Assessment, phq9: 15, gad7: 12),
            Session("2024-04-08", SessionType.Treatment),
            Session("2024-04-15", SessionType.Treatment, phq9: 14)),
        Referral("G", "2024-01-01", "F32", ProblemDescriptor.Depression, "2024-02-01", "M",
            Session("2024-01-20", SessionType.Treatment, intensity: Intensity.Low, intervention: Intervention.NonGuidedSelfHelp, phq9: 14),
            Session("2024-01-27", SessionType.FollowUp, phq9: 3)),
        Referral("H", "2024-03-01", "F41.1", ProblemDescriptor.GeneralisedAnxietyDisorder, null, "F",
            Session("2024-03-10", SessionType.Treatment, intensity: Intensity.Low),
            Session("2024-03-17", SessionType.Treatment, intensity: Intensity.Low)),
        Referral("I", "2024-02-01", "F32.0", ProblemDescriptor.Depression, "2024-03-01", "M",
            Session("2024-02-10", SessionType.Assessment, attended: false)),
        Referral("J", "2024-02-01", "F43.1", ProblemDescriptor.PostTraumaticStressDisorder, "2024-02-20", "",
            Session("2024-02-05", SessionType.Assessment, phq9: 12)),
    ];

    /// <summary>The same service as referrals.csv: columns in another order and case, codes in several forms.</summary>
    public const string ReferralsCsv =
        "Gender,REFERRAL_ID,Problem_Descriptor,referral_date,Discharge_Date\n" +
        "F,A,F32.1,2024-01-01,2024-02-20\n" +
        "M,B,f411,2024-01-01,2024-04-05\n" +
        "F,C,F40.1,2024-01-01,2024-06-10\n" +
        "M,D,F33,2024-01-01,2024-04-10\n" +
        ",E,,2024-01-01,2024-01-20\n" +
        "F,F,F41.2,2024-01-01,2024-04-30\n" +
        "M,G,F32,2024-01-01,2024-02-01\n" +
        "F,H,F41.1,2024-03-01,\n" +
        "M,I,F32.0,2024-02-01,2024-03-01\n" +
        ",J,F43.1,2024-02-01,2024-02-20\n";

    /// <summary>The same service as sessions.csv, rows in no particular order.</summary>
    public const string SessionsCsv =
        "referral_id,date,type,attended,intensity,intervention,phq9,gad7,spin\n" +
        "D,2024-04-01,treatment,true,high,,22,16,\n" +
        "A,2024-02-12,treatment,true,low,,6,5,\n" +
        "J,2024-02-05,assessment,true,,,12,,\n" +
        "B,2024-03-25,treatment,false,high,counselling,,,\n" +
        "C,2024-06-10,treatment,true,high,,9,5,25\n" +
        "A,2024-01-10,assessment,true,,,18,12,\n" +
        "E,2024-01-09,treatment,true,low,,6,4,\n" +
        "G,2024-01-27,follow_up,true,,,3,,\n" +
        "D,2024-01-22,treatment,true,low,,,,\n" +
        "B,2024-02-12,assessment_and_treatment,true,high,counselling,12,15,\n" +
        "F,2024-04-15,treatment,true,,,14,,\n" +
        "H,2024-03-17,treatment,true,low,,,,\n" +
        "C,2024-01-05,assessment,true,,,8,6,40\n" +
        "A,2024-01-29,treatment,true,low,guided_self_help,,,\n" +
        "D,2024-03-25,treatment,true,high,,,,\n" +
        "I,2024-02-10,assessment,false,,,,,\n" +
        "B,2024-04-01,treatment,true,high,counselling,8,9,\n" +
        "E,2024-01-02,treatment,true,low,,7,5,\n" +
        "F,2024-01-08,assessment,true,,,15,12,\n" +
        "D,2024-01-15,treatment,true,low,,16,10,\n" +
        "G,2024-01-20,treatment,true,low,non_guided_self_help,14,,\n" +
        "A,2024-02-05,treatment,true,low,,,,\n" +
        "C,2024-03-01,treatment,true,high,,,,\n" +
        "H,2024-03-10,treatment,true,low,,,,\n" +
        "F,2024-04-08,treatment,true,,,,,\n" +
        "D,2024-01-29,treatment,true,low,,,,\n" +
        "B,2024-03-18,treatment,true,high,counselling,,,\n";

    /// <summary>Checks every figure of the service's report (no period, exact counts, broken down by gender).</summary>
    public static void AssertEveryFigure(ServiceReport report)
    {
        var h = report.Headline;
        Assert.Equal(RowsRead, h.RowsRead);
        Assert.Equal(0, h.RowsRejected);
        Assert.Equal(10, h.Referrals);             // A-J
        Assert.Equal(8, h.EnteredTreatment);       // A-H; I and J had no treatment session
        Assert.Equal(6, h.Finished);               // A-F; G had one session, H is open
        Assert.Equal(1, h.NotAtCaseness);          // E
        Assert.Equal(1, h.Recovered);              // A
        Assert.Equal(3, h.ReliableImprovement);    // A, B, C
        Assert.Equal(1, h.ReliableDeterioration);  // D
        Assert.Equal(1, h.NoReliableChange);       // E (F is unpaired: no outcome)
        Assert.Equal(1, h.ReliableRecovery);       // A
        Assert.Equal(4, h.Within6Weeks);           // finished: A 28, B 42, D 14, E 1 days; not C 60, F 98
        Assert.Equal(6, h.Within18Weeks);          // all six within 126 days
        Assert.Null(report.Period);
        Assert.False(report.Suppressed);

        var a = new ReportAssert(report);
        Assert.Equal(
            [ReportKeys.ActivitySection, ReportKeys.OutcomesSection, ReportKeys.WaitsSection, ReportKeys.DataQualitySection, ReportKeys.SteppingSection],
            report.Sections.Select(s => s.Key));

        // Activity. Ended: A-G, I, J = 9 (H open). Seen (an attended contact other than a follow-up): the ended
        // ones but I = 8, all six finished among them: 6 / 8 = 75% > 50%. Treatment sessions of the finished:
        // A 3 + B 3 + C 2 + D 5 + E 2 + F 2 = 17 over 6 = 2.8333 -> 2.83. Contacts of ended referrals: attended
        // A 4 + B 3 + C 3 + D 5 + E 2 + F 3 + G 1 + I 0 + J 1 = 22, missed B 1 + I 1 = 2: 2 of 24.
        a.Count(ReportKeys.ActivitySection, ReportKeys.Referrals, 10);
        a.Count(ReportKeys.ActivitySection, ReportKeys.EnteredTreatment, 8);
        a.Count(ReportKeys.ActivitySection, "ended", 9);
        a.Share(ReportKeys.ActivitySection, ReportKeys.Finished, 6, 9);
        a.Share(ReportKeys.ActivitySection, "seen_to_course", 6, 8, met: true);
        a.Value(ReportKeys.ActivitySection, "mean_treatment_sessions", 2.83m, 6);
        a.Share(ReportKeys.ActivitySection, "missed_appointments", 2, 24);

        // Outcomes of the 6 finished: not at caseness E; at caseness 6 - 1 = 5, the recovery denominator.
        // Effect sizes over finished courses with the measure paired, (mean first - mean last) / SD(first, n - 1):
        // PHQ-9, A-F: first 18 12 8 16 7 15 (sum 76, squares 1062), last 6 8 9 22 6 14 (sum 65);
        //   variance (1062 - 76 * 76 / 6) / 5 = 19.8667, SD 4.4572; (76 - 65) / 6 = 1.8333; 1.8333 / 4.4572 = 0.4113.
        // GAD-7, A-E (F has no last GAD-7): first 12 15 6 10 5 (sum 48, squares 530), last 5 9 5 16 4 (sum 39);
        //   variance (530 - 48 * 48 / 5) / 4 = 17.3, SD 4.1593; (48 - 39) / 5 = 1.8; 1.8 / 4.1593 = 0.4328.
        a.Share(ReportKeys.OutcomesSection, ReportKeys.AtCaseness, 5, 6);
        a.Share(ReportKeys.OutcomesSection, ReportKeys.NotAtCaseness, 1, 6);
        a.Share(ReportKeys.OutcomesSection, ReportKeys.Recovered, 1, 5, met: false);            // 20% < 50%
        a.Share(ReportKeys.OutcomesSection, ReportKeys.ReliableRecovery, 1, 5);
        a.Share(ReportKeys.OutcomesSection, ReportKeys.ReliableImprovement, 3, 6, met: false);  // 50% < two thirds
        a.Share(ReportKeys.OutcomesSection, ReportKeys.ReliableDeterioration, 1, 6);
        a.Share(ReportKeys.OutcomesSection, ReportKeys.NoReliableChange, 1, 6);
        a.Value(ReportKeys.OutcomesSection, "effect_size_phq9", 0.4113m, 6);
        a.Value(ReportKeys.OutcomesSection, "effect_size_gad7", 0.4328m, 5);

        // Waits. Headline, among the 6 finished: within 6 weeks A B D E = 4 (67% < 75%), 18 weeks all 6 (>= 95%).
        // Secondary, among the 8 who entered treatment: A 28, B 42, C 60, D 14, E 1, F 98, G 19, H 9 days: within
        // 42 days 6 of 8 = 75%, exactly the target, met; within 126 all 8. Bands: 0-28 A D E G H = 5; 29-56 B;
        // 57-90 C; over 90 F. Second treatment session: all but G = 7; gaps A 7, B 35, C 101, D 7, E 7, F 7, H 7:
        // over 28 B C = 2, over 90 C = 1. Step-ups: D, wait 56 days, not within 42: 0 of 1.
        a.Share(ReportKeys.WaitsSection, ReportKeys.Within6Weeks, 4, 6, met: false);
        a.Share(ReportKeys.WaitsSection, ReportKeys.Within18Weeks, 6, 6, met: true);
        a.Share(ReportKeys.WaitsSection, "secondary_within_6_weeks", 6, 8, met: true);
        a.Share(ReportKeys.WaitsSection, "secondary_within_18_weeks", 8, 8, met: true);
        a.Share(ReportKeys.WaitsSection, "wait_band_0_28", 5, 8);
        a.Share(ReportKeys.WaitsSection, "wait_band_29_56", 1, 8);
        a.Share(ReportKeys.WaitsSection, "wait_band_57_90", 1, 8);
        a.Share(ReportKeys.WaitsSection, "wait_band_over_90", 1, 8);
        a.Share(ReportKeys.WaitsSection, "first_to_second_over_28_days", 2, 7);
        a.Share(ReportKeys.WaitsSection, "first_to_second_over_90_days", 1, 7);

        // The national measures beyond M4 (reference §9), without a period over every date. Second treatments: the 7
        // above, C's 101 days over 90. First attended assessments (assessment or assessment and treatment): A 9 days,
        // B 42 (assessment and treatment), C 4, F 7, J 4; D, E, G, H have treatment sessions only, I missed hers.
        // Within 14 days: A, C, F, J = 4 of 5; bands 0-28: A C F J, 29-56: B. No period, so no as-of day and no
        // tracking-list views.
        a.Share(ReportKeys.WaitsSection, "second_treatment_over_90_days", 1, 7);
        a.Share(ReportKeys.WaitsSection, "assessment_within_14_days", 4, 5);
        a.Share(ReportKeys.WaitsSection, "assessment_wait_0_28", 4, 5);
        a.Share(ReportKeys.WaitsSection, "assessment_wait_29_56", 1, 5);
        a.Share(ReportKeys.WaitsSection, "assessment_wait_57_90", 0, 5);
        a.Share(ReportKeys.WaitsSection, "assessment_wait_over_90", 0, 5);
        a.Share(ReportKeys.WaitsSection, "step_up_within_6_weeks", 0, 1);

        // Data quality. Paired among the 6 finished: all but F = 5 (83% < 90%); a descriptor: all but E = 5 (83% >=
        // 80%); ADSM called for among the finished: C, paired. Data-quality flags over the 9 ended: no descriptor E;
        // mixed at caseness F; ADSM not paired J. Worse-practice flags over the 7 ended who entered treatment (A-G):
        // no step-2 trial B; non-guided self-help G; one-off G; discharged before recovery despite improvement B, C;
        // intervention not NICE-recommended B (counselling for GAD), G (non-guided self-help for depression);
        // step-up wait over 6 weeks D; not stepped up when indicated E.
        a.Share(ReportKeys.DataQualitySection, "paired_completeness", 5, 6, met: false);
        a.Share(ReportKeys.DataQualitySection, "descriptor_recorded", 5, 6, met: true);
        a.Share(ReportKeys.DataQualitySection, "adsm_paired", 1, 1);
        a.Share(ReportKeys.DataQualitySection, "flag_no_problem_descriptor", 1, 9);
        a.Share(ReportKeys.DataQualitySection, "flag_mixed_anxiety_depression_at_caseness", 1, 9);
        a.Share(ReportKeys.DataQualitySection, "flag_adsm_not_paired", 1, 9);

        // No referral has two scores on one measure on one day (each measure is scored once a session, sessions on
        // different days): same-day scores 0 of the 9 ended.
        a.Share(ReportKeys.DataQualitySection, "flag_same_day_scores", 0, 9);

        // Every descriptor recorded is a valid code or empty (E): not a valid code 0 of the 9 ended.
        a.Share(ReportKeys.DataQualitySection, "flag_descriptor_not_valid_code", 0, 9);
        a.Share(ReportKeys.DataQualitySection, "flag_stepped_up_without_step2_trial", 1, 7);
        a.Share(ReportKeys.DataQualitySection, "flag_non_guided_self_help", 1, 7);
        a.Share(ReportKeys.DataQualitySection, "flag_one_off_appointment", 1, 7);
        a.Share(ReportKeys.DataQualitySection, "flag_discharged_before_recovery_despite_improvement", 2, 7);
        a.Share(ReportKeys.DataQualitySection, "flag_intervention_not_nice_recommended", 2, 7);
        a.Share(ReportKeys.DataQualitySection, "flag_step_up_wait_over_standard", 1, 7);
        a.Share(ReportKeys.DataQualitySection, "flag_not_stepped_up_when_indicated", 1, 7);

        // Stepping, over the finished with a recorded intensity (F has none): A E low only, B C high only, D both.
        // MQS 1: started low and did not recover: D (moved to high); A recovered, E was never at caseness (recovery
        // does not apply), G's outcome is unknown (not finished): 1 of 1.
        a.Share(ReportKeys.SteppingSection, "low_intensity_only", 2, 5);
        a.Share(ReportKeys.SteppingSection, "high_intensity_only", 2, 5);
        a.Share(ReportKeys.SteppingSection, "both_intensities", 1, 5);
        a.Share(ReportKeys.SteppingSection, "mqs1_step_up", 1, 1);
        a.CheckedEveryFigure();

        // Breakdowns: problem descriptor first, then gender; groups in ordinal order of their value.
        Assert.Equal([ReportKeys.ProblemDescriptorBreakdown, "gender"], report.Breakdowns.Select(b => b.Key));
        Assert.Equal(
            ["depression", "generalised_anxiety_disorder", "mixed_anxiety_and_depression", "none", "post_traumatic_stress_disorder", "social_anxiety_disorder"],
            report.Breakdowns[0].Groups.Select(g => g.Value));

        // Depression A D G I: entered A D G; finished A D, both at caseness; recovered A (1 of 2 = 50%, met);
        // improved A (50%, not two thirds); deteriorated D; within 6 weeks A D.
        ReportAssert.GroupFigures(ReportAssert.Group(report, ReportKeys.ProblemDescriptorBreakdown, "depression"),
            4, 3, 2, (1, 2, true), (1, 2, false), (1, 2), (2, 2, true));
        // GAD B H: entered both, finished B: not recovered, improved, within 42 days.
        ReportAssert.GroupFigures(ReportAssert.Group(report, ReportKeys.ProblemDescriptorBreakdown, "generalised_anxiety_disorder"),
            2, 2, 1, (0, 1, false), (1, 1, true), (0, 1), (1, 1, true));
        // Mixed F: finished, unpaired, 98 days.
        ReportAssert.GroupFigures(ReportAssert.Group(report, ReportKeys.ProblemDescriptorBreakdown, "mixed_anxiety_and_depression"),
            1, 1, 1, (0, 1, false), (0, 1, false), (0, 1), (0, 1, false));
        // None E: finished not at caseness, so no recovery denominator (no rate, not judged).
        ReportAssert.GroupFigures(ReportAssert.Group(report, ReportKeys.ProblemDescriptorBreakdown, "none"),
            1, 1, 1, (0, 0, null), (0, 1, false), (0, 1), (1, 1, true));
        // PTSD J: referred only.
        ReportAssert.GroupFigures(ReportAssert.Group(report, ReportKeys.ProblemDescriptorBreakdown, "post_traumatic_stress_disorder"),
            1, 0, 0, (0, 0, null), (0, 0, null), (0, 0), (0, 0, null));
        // Social anxiety C: improved on the SPIN, not recovered, 60 days.
        ReportAssert.GroupFigures(ReportAssert.Group(report, ReportKeys.ProblemDescriptorBreakdown, "social_anxiety_disorder"),
            1, 1, 1, (0, 1, false), (1, 1, true), (0, 1), (0, 1, false));

        Assert.Equal(["", "F", "M"], report.Breakdowns[1].Groups.Select(g => g.Value));
        // No gender: E J; entered and finished E (not at caseness).
        ReportAssert.GroupFigures(ReportAssert.Group(report, "gender", ""),
            2, 1, 1, (0, 0, null), (0, 1, false), (0, 1), (1, 1, true));
        // F: A C F H; entered all 4; finished A C F; recovered A (1 of 3); improved A C: exactly two thirds, met;
        // within 6 weeks A only (C 60, F 98 days).
        ReportAssert.GroupFigures(ReportAssert.Group(report, "gender", "F"),
            4, 4, 3, (1, 3, false), (2, 3, true), (0, 3), (1, 3, false));
        // M: B D G I; entered B D G; finished B D; improved B; deteriorated D; within 6 weeks both.
        ReportAssert.GroupFigures(ReportAssert.Group(report, "gender", "M"),
            4, 3, 2, (0, 2, false), (1, 2, false), (1, 2), (2, 2, true));
    }

    private static ReferralSpec Referral(
        string id, string referred, string code, ProblemDescriptor descriptor, string? discharged, string gender, params SessionSpec[] sessions) =>
        new(id, D(referred), code, descriptor, discharged is null ? null : D(discharged), [gender], [.. sessions]);

    private static SessionSpec Session(
        string date, SessionType type, bool attended = true, Intensity intensity = Intensity.Unknown,
        Intervention intervention = Intervention.Unknown, int? phq9 = null, int? gad7 = null, int? spin = null) =>
        new(D(date), type, attended, intensity, intervention, phq9, gad7, spin);
}

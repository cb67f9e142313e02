using System.Collections.Immutable;
using Iapt.Rules.Episodes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using static Iapt.Rules.Tests.Reporting.ServiceModel;

namespace Iapt.Rules.Tests.Reporting;

/// <summary>
/// <see cref="ServiceReportBuilder"/>: small services built by hand through the library API, every figure checked
/// against numbers worked out in the test (reference §4, §5, §6, §7; CHANGELOG "Report periods").
/// </summary>
public class ServiceReportBuilderTests
{
    private static SessionSpec T(string date, Intensity intensity = Intensity.Low, int? phq9 = null, int? gad7 = null) =>
        new(D(date), SessionType.Treatment, true, intensity, Intervention.Unknown, phq9, gad7);

    private static ReferralSpec Depression(string id, string referred, string? discharged, params SessionSpec[] sessions) =>
        new(id, D(referred), "F32", ProblemDescriptor.Depression, discharged is null ? null : D(discharged), [], [.. sessions]);

    [Fact]
    public void Every_figure_of_a_hand_built_service()
    {
        var report = Report(HandBuiltService.Referrals, breakdowns: HandBuiltService.Breakdowns, rowsRead: HandBuiltService.RowsRead);
        HandBuiltService.AssertEveryFigure(report);
        Assert.Equal(RuleSet.ManualV4.ToString(), report.RuleSet);
    }

    /// <summary>
    /// The period 2024-04-01..2024-06-30, both days included. Referrals count by referral date, access (entered
    /// treatment, secondary waits, bands, first-to-second gaps) by first treatment date, outcomes and the headline
    /// waits by discharge date (CHANGELOG "Report periods").
    /// </summary>
    [Fact]
    public void A_period_counts_referrals_by_referral_date_access_by_first_treatment_and_outcomes_by_discharge()
    {
        ReferralSpec[] referrals =
        [
            // P1: referred the day before the period (out); first treatment on its first day (in, 1 day: within 6
            // weeks, band 0-28, second 14 days later); discharged on its last day (in): finished, PHQ 15 -> 5 and
            // GAD 10 -> 4, recovered and reliably improved.
            Depression("P1", "2024-03-31", "2024-06-30", T("2024-04-01", phq9: 15, gad7: 10), T("2024-04-15", phq9: 5, gad7: 4)),
            // P2: referred on the first day (in); first treatment on the last day (in): 30 + 31 + 29 = 90 days, band
            // 57-90, not within 6 weeks; second 14 days later; still open.
            Depression("P2", "2024-04-01", null, T("2024-06-30"), T("2024-07-14")),
            // P3: referred on the last day (in), no treatment, open.
            Depression("P3", "2024-06-30", null),
            // P4: referred, treated and discharged after the period: out everywhere.
            Depression("P4", "2024-07-01", "2024-07-10", T("2024-07-02", phq9: 20, gad7: 15), T("2024-07-09", phq9: 4, gad7: 3)),
            // P5: referred and first treated before (out: 90 days), discharged on the period's first day (in):
            // finished, PHQ 20 -> 20 and GAD 15 -> 15, at caseness, no reliable change; 90 days: not within 6 weeks.
            Depression("P5", "2024-01-01", "2024-04-01", T("2024-03-31", phq9: 20, gad7: 15), T("2024-04-01", phq9: 20, gad7: 15)),
            // P6: everything before the period (discharged the day before it starts).
            Depression("P6", "2024-02-01", "2024-03-31", T("2024-02-10", phq9: 12, gad7: 9), T("2024-02-17", phq9: 12, gad7: 9)),
        ];
        var period = new ReportPeriod(D("2024-04-01"), D("2024-06-30"));
        var report = Report(referrals, period);

        Assert.Equal(period, report.Period);
        var h = report.Headline;
        Assert.Equal(2, h.Referrals);           // P2, P3
        Assert.Equal(2, h.EnteredTreatment);    // P1, P2
        Assert.Equal(2, h.Finished);            // P1, P5
        Assert.Equal(0, h.NotAtCaseness);
        Assert.Equal(1, h.Recovered);           // P1
        Assert.Equal(1, h.ReliableImprovement); // P1
        Assert.Equal(0, h.ReliableDeterioration);
        Assert.Equal(1, h.NoReliableChange);    // P5
        Assert.Equal(1, h.ReliableRecovery);    // P1
        Assert.Equal(1, h.Within6Weeks);        // P1 (1 day); P5 waited 90
        Assert.Equal(2, h.Within18Weeks);

        var a = new ReportAssert(report);
        a.Count(ReportKeys.ActivitySection, "ended", 2);                                // P1, P5
        a.Share(ReportKeys.WaitsSection, "secondary_within_6_weeks", 1, 2, met: false); // P1 of P1, P2
        a.Share(ReportKeys.WaitsSection, "secondary_within_18_weeks", 2, 2, met: true);
        a.Share(ReportKeys.WaitsSection, "wait_band_0_28", 1, 2);                       // P1
        a.Share(ReportKeys.WaitsSection, "wait_band_29_56", 0, 2);
        a.Share(ReportKeys.WaitsSection, "wait_band_57_90", 1, 2);                      // P2
        a.Share(ReportKeys.WaitsSection, "first_to_second_over_28_days", 0, 2);         // both 14 days
        a.Share(ReportKeys.OutcomesSection, ReportKeys.Recovered, 1, 2, met: true);     // 50%: at the standard

        // The breakdown by descriptor obeys the same period.
        ReportAssert.GroupFigures(ReportAssert.Group(report, ReportKeys.ProblemDescriptorBreakdown, "depression"),
            2, 2, 2, (1, 2, true), (1, 2, false), (0, 2), (1, 2, false));

        // Without a period every referral counts in every figure it qualifies for.
        var all = Report(referrals).Headline;
        Assert.Equal(6, all.Referrals);
        Assert.Equal(5, all.EnteredTreatment);  // all but P3
        Assert.Equal(4, all.Finished);          // P1, P4, P5, P6
        Assert.Equal(2, all.Recovered);         // P1, P4
    }

    /// <summary>A period of one day holds that day (start and end are both included).</summary>
    [Theory]
    [InlineData("2024-05-09", true)]
    [InlineData("2024-05-10", true)]
    [InlineData("2024-05-11", true)]
    [InlineData("2024-05-08", false)]
    [InlineData("2024-05-12", false)]
    public void A_referral_counts_when_its_referral_date_is_in_the_period_both_ends_included(string referred, bool counted)
    {
        var report = Report([Depression("R", referred, null)], new ReportPeriod(D("2024-05-09"), D("2024-05-11")));
        Assert.Equal(counted ? 1 : 0, report.Headline.Referrals);
    }

    [Fact]
    public void An_empty_service_has_zero_counts_and_neither_rates_nor_verdicts()
    {
        var report = Report([], rowsRead: 0);
        Assert.All(report.Sections.SelectMany(s => s.Figures), f =>
        {
            Assert.Equal(0, f.Count);
            Assert.Null(f.Rate);
            Assert.Null(f.Met);
            Assert.Null(f.Value);
        });
        Assert.All(report.Breakdowns, b => Assert.Empty(b.Groups));
    }

    /// <summary>
    /// The effect size needs a standard deviation of the first scores: none with one course (n - 1 = 0) or when
    /// every first score is the same.
    /// </summary>
    [Fact]
    public void There_is_no_effect_size_with_one_paired_course_or_identical_first_scores()
    {
        var one = Report([Depression("R", "2024-01-01", "2024-03-01", T("2024-01-10", phq9: 15, gad7: 10), T("2024-02-10", phq9: 5, gad7: 4))]);
        Assert.Null(ReportAssert.Find(one, ReportKeys.OutcomesSection, "effect_size_phq9").Value);
        Assert.Equal(1, ReportAssert.Find(one, ReportKeys.OutcomesSection, "effect_size_phq9").Count);

        var same = Report(
        [
            Depression("R1", "2024-01-01", "2024-03-01", T("2024-01-10", phq9: 15, gad7: 10), T("2024-02-10", phq9: 5, gad7: 4)),
            Depression("R2", "2024-01-01", "2024-03-01", T("2024-01-10", phq9: 15, gad7: 10), T("2024-02-10", phq9: 9, gad7: 8)),
        ]);
        Assert.Null(ReportAssert.Find(same, ReportKeys.OutcomesSection, "effect_size_phq9").Value);
        Assert.Equal(2, ReportAssert.Find(same, ReportKeys.OutcomesSection, "effect_size_phq9").Count);
    }

    /// <summary>
    /// Two courses, PHQ-9 first 20 and 10 (mean 15, SD sqrt(50) = 7.0711), last 5 and 5 (mean 5): (15 - 5) / 7.0711
    /// = 1.4142; a negative effect when scores rose: first 10 and 12 (mean 11, SD sqrt(2) = 1.4142), last 13 and 15
    /// (mean 14): -3 / 1.4142 = -2.1213.
    /// </summary>
    [Fact]
    public void The_effect_size_is_the_mean_change_over_the_standard_deviation_of_the_first_scores()
    {
        var better = Report(
        [
            Depression("R1", "2024-01-01", "2024-03-01", T("2024-01-10", phq9: 20), T("2024-02-10", phq9: 5)),
            Depression("R2", "2024-01-01", "2024-03-01", T("2024-01-10", phq9: 10), T("2024-02-10", phq9: 5)),
        ]);
        Assert.Equal(1.4142m, ReportAssert.Find(better, ReportKeys.OutcomesSection, "effect_size_phq9").Value);

        var worse = Report(
        [
            Depression("R1", "2024-01-01", "2024-03-01", T("2024-01-10", phq9: 10), T("2024-02-10", phq9: 13)),
            Depression("R2", "2024-01-01", "2024-03-01", T("2024-01-10", phq9: 12), T("2024-02-10", phq9: 15)),
        ]);
        Assert.Equal(-2.1213m, ReportAssert.Find(worse, ReportKeys.OutcomesSection, "effect_size_phq9").Value);
        Assert.Null(ReportAssert.Find(worse, ReportKeys.OutcomesSection, "effect_size_gad7").Value);
        Assert.Equal(0, ReportAssert.Find(worse, ReportKeys.OutcomesSection, "effect_size_gad7").Count);
    }

    /// <summary>
    /// MQS 1 counts who started at low intensity and did not recover. A course never at caseness cannot recover
    /// (recovery applies only to those at caseness at the start, reference §4), so it is not in the denominator
    /// (<see cref="SteppingSummary.InMqs1Denominator"/>); one at caseness that did not recover is.
    /// </summary>
    [Fact]
    public void MQS_1_leaves_out_low_intensity_courses_that_were_never_at_caseness()
    {
        var report = Report(
        [
            // PHQ 7 -> 6, GAD 5 -> 4: not at caseness, low intensity only.
            Depression("N", "2024-01-01", "2024-03-01", T("2024-01-10", phq9: 7, gad7: 5), T("2024-02-10", phq9: 6, gad7: 4)),
            // PHQ 14 -> 12, GAD 10 -> 9: at caseness, not recovered, low intensity only.
            Depression("C", "2024-01-01", "2024-03-01", T("2024-01-10", phq9: 14, gad7: 10), T("2024-02-10", phq9: 12, gad7: 9)),
        ]);
        new ReportAssert(report).Share(ReportKeys.SteppingSection, "mqs1_step_up", 0, 1);
    }

    /// <summary>
    /// A first treatment dated before the referral gives no wait (<see cref="ReferralAssessment.Wait"/> is null, the
    /// dates contradict each other) when a caller assesses an episode it built itself; the per-referral derivation
    /// rejects such a session instead (<see cref="RecordRules.SessionBeforeReferral"/>), as the CSV reader does.
    /// </summary>
    [Fact]
    public void A_session_before_the_referral_is_rejected_by_the_derivation_and_gives_no_wait_in_a_hand_built_episode()
    {
        var builder = new ServiceReportBuilder(RuleSet.ManualV4);
        var referral = Depression("R", "2024-02-01", null, T("2024-01-20"), T("2024-02-10"));
        var sessions = referral.Sessions.Select(s => Record(builder.Rules, s)).ToArray();
        var rejected = new List<RecordRejection>();
        var derived = builder.Assess(Record(referral), sessions, rejected).AsT0;
        Assert.Equal([new RecordRejection(RecordKind.Session, 0, RecordRules.SessionBeforeReferral)], rejected);
        Assert.Equal(1, derived.Episode.TreatmentSessions);
        Assert.Equal(9, derived.Wait!.Value.DaysToFirstTreatment);

        var episode = Episode.FromSessions(builder.Classifier, referral.Descriptor, null, sessions);
        var assessment = builder.Assess(referral.Referred, episode, [], 2, 0);
        Assert.Null(assessment.Wait);
        Assert.Equal(2, assessment.Episode.TreatmentSessions);
    }

    [Fact]
    public void Add_needs_one_value_per_breakdown()
    {
        var builder = new ServiceReportBuilder(RuleSet.ManualV4, breakdowns: ["gender", "ethnicity"]);
        var assessment = builder.Assess(D("2024-01-01"), new Episode(), [], 0, 0);
        Assert.Throws<ArgumentException>(() => builder.Add(assessment, ImmutableArray.Create("F").AsSpan()));
        builder.Add(assessment, ImmutableArray.Create("F", "").AsSpan());
        var report = builder.Build(1, 0);
        Assert.Equal([ReportKeys.ProblemDescriptorBreakdown, "gender", "ethnicity"], report.Breakdowns.Select(b => b.Key));
        Assert.Equal([""], report.Breakdowns[2].Groups.Select(g => g.Value));
        Assert.Equal(["none"], report.Breakdowns[0].Groups.Select(g => g.Value));
    }

    /// <summary>
    /// Merging a builder into another adds its counts: two builders of the same service merged count every referral
    /// twice, so every count and denominator doubles, in the sections, the breakdowns and the outcomes by month.
    /// </summary>
    [Fact]
    public void Merging_two_builders_of_the_same_service_doubles_every_count()
    {
        var single = Report(HandBuiltService.Referrals, breakdowns: HandBuiltService.Breakdowns);
        var one = new ServiceReportBuilder(RuleSet.ManualV4, null, HandBuiltService.Breakdowns);
        var other = new ServiceReportBuilder(RuleSet.ManualV4, null, HandBuiltService.Breakdowns);
        foreach (var referral in HandBuiltService.Referrals)
        {
            AddTo(one, referral, withGroups: true);
            AddTo(other, referral, withGroups: true);
        }

        one.Merge(other);
        var doubled = one.Build(0, 0);
        AssertDoubled(single.Sections.SelectMany(s => s.Figures), doubled.Sections.SelectMany(s => s.Figures));
        AssertDoubled(
            single.Breakdowns.SelectMany(b => b.Groups).SelectMany(g => g.Figures),
            doubled.Breakdowns.SelectMany(b => b.Groups).SelectMany(g => g.Figures));
        AssertDoubled(single.OutcomesByMonth!.Groups.SelectMany(g => g.Figures), doubled.OutcomesByMonth!.Groups.SelectMany(g => g.Figures));
        Assert.Equal(single.Headline.Finished * 2, doubled.Headline.Finished);

        // The other builder is unchanged.
        AssertDoubled(single.Sections.SelectMany(s => s.Figures), one.Build(0, 0).Sections.SelectMany(s => s.Figures));
        Assert.Equal(single.Headline.Finished, other.Build(0, 0).Headline.Finished);
    }

    private static void AssertDoubled(IEnumerable<ReportFigure> single, IEnumerable<ReportFigure> doubled)
    {
        var pairs = single.Zip(doubled).ToArray();
        Assert.Equal(single.Count(), doubled.Count());
        Assert.NotEmpty(pairs);
        foreach (var (s, d) in pairs)
        {
            Assert.Equal(s.Key, d.Key);
            Assert.True(s.Count * 2 == d.Count, $"{s.Key}: {d.Count} is not twice {s.Count}");
            Assert.True(s.Denominator * 2 == d.Denominator, $"{s.Key}: denominator {d.Denominator} is not twice {s.Denominator}");
        }
    }

    [Theory]
    [InlineData("rule set")]
    [InlineData("period")]
    [InlineData("breakdowns")]
    public void Only_builders_with_the_same_rule_set_period_and_breakdowns_merge(string differs)
    {
        var period = new ReportPeriod(D("2024-01-01"), D("2024-06-30"));
        var builder = new ServiceReportBuilder(RuleSet.ManualV4, period, ["gender"]);
        var other = differs switch
        {
            "rule set" => new ServiceReportBuilder(RuleSet.ManualV4 with { }, period, ["gender"]),
            "period" => new ServiceReportBuilder(RuleSet.ManualV4, new ReportPeriod(D("2024-01-01"), D("2024-07-01")), ["gender"]),
            _ => new ServiceReportBuilder(RuleSet.ManualV4, period, ["ethnicity"]),
        };
        Assert.Throws<ArgumentException>(() => builder.Merge(other));
        builder.Merge(new ServiceReportBuilder(RuleSet.ManualV4, new ReportPeriod(D("2024-01-01"), D("2024-06-30")), ["gender"]));
    }

    /// <summary>The per-referral derivation orders the sessions itself: any order of a referral's sessions gives the same report.</summary>
    [Fact]
    public void The_sessions_of_each_referral_in_reverse_order_give_the_same_report()
    {
        var inOrder = Report(HandBuiltService.Referrals, breakdowns: HandBuiltService.Breakdowns);
        var reversed = Report(
            HandBuiltService.Referrals.Select(r => r with { Sessions = [.. r.Sessions.Reverse()] }),
            breakdowns: HandBuiltService.Breakdowns);
        Assert.Equal(inOrder.Headline, reversed.Headline);
        Assert.Equal(inOrder.Sections.SelectMany(s => s.Figures), reversed.Sections.SelectMany(s => s.Figures));
        Assert.Equal(inOrder.Breakdowns.SelectMany(b => b.Groups).SelectMany(g => g.Figures), reversed.Breakdowns.SelectMany(b => b.Groups).SelectMany(g => g.Figures));
    }

    /// <summary>
    /// Reference §8: no referral is lost to its descriptor. A code outside the table and text that is no code count
    /// in their national groups of the problem-descriptor breakdown, and the text that is no code in "problem
    /// descriptor not a valid code" (over the referrals ended: 1 of 3).
    /// </summary>
    [Fact]
    public void Descriptors_outside_the_table_count_in_their_national_groups()
    {
        var report = Report(
        [
            new ReferralSpec("a", D("2024-01-01"), "F34.1", ProblemDescriptor.Other, D("2024-03-01"), [], []),
            new ReferralSpec("b", D("2024-01-01"), "Z63.0", ProblemDescriptor.Other, D("2024-03-01"), [], []),
            new ReferralSpec("c", D("2024-01-01"), "sad", ProblemDescriptor.Other, D("2024-03-01"), [], []),
            new ReferralSpec("d", D("2024-01-01"), "F32", ProblemDescriptor.Depression, null, [], []),
        ]);
        Assert.Equal(
            ["depression", "invalid_data_supplied", "other_mental_health_problems", "other_recorded_problems"],
            report.Breakdowns[0].Groups.Select(g => g.Value));
        new ReportAssert(report).Share(ReportKeys.DataQualitySection, "flag_descriptor_not_valid_code", 1, 3);
    }

    /// <summary>
    /// An episode a caller built itself carries no descriptor group: it counts in its descriptor's group, and a code
    /// outside the table (<see cref="ProblemDescriptor.Other"/>) in other mental health problems.
    /// </summary>
    [Theory]
    [InlineData(ProblemDescriptor.Other, "other_mental_health_problems")]
    [InlineData(ProblemDescriptor.Depression, "depression")]
    [InlineData(ProblemDescriptor.None, "none")]
    public void A_hand_built_episode_counts_in_its_descriptors_group(ProblemDescriptor descriptor, string group)
    {
        var builder = new ServiceReportBuilder(RuleSet.ManualV4);
        var episode = Episode.FromSessions(builder.Classifier, descriptor, null, []);
        builder.Add(builder.Assess(D("2024-01-01"), episode, [], 0, 0), ReadOnlySpan<string>.Empty);
        Assert.Equal([group], builder.Build(1, 0).Breakdowns[0].Groups.Select(g => g.Value));
    }

    /// <summary>
    /// Stepping reads whether a low-intensity course ended at caseness on either measure (M4 Table 5): a course not at
    /// caseness at the start whose GAD-7 rose to caseness (7 to 8) while its PHQ-9 fell reliably (9 to 3) is still at
    /// caseness, so a step up was indicated and it was discharged before recovery despite improvement; the same course
    /// ending below caseness on both (GAD-7 7 to 5) responded, and neither applies.
    /// </summary>
    [Fact]
    public void A_low_intensity_course_that_ends_at_caseness_on_the_anxiety_measure_alone_was_not_stepped_up_when_indicated()
    {
        var report = Report(
        [
            Depression("K", "2024-01-01", "2024-03-01", T("2024-01-10", phq9: 9, gad7: 7), T("2024-02-10", phq9: 3, gad7: 8)),
            Depression("R", "2024-01-01", "2024-03-01", T("2024-01-10", phq9: 9, gad7: 7), T("2024-02-10", phq9: 3, gad7: 5)),
        ]);
        var a = new ReportAssert(report);
        a.Share(ReportKeys.OutcomesSection, ReportKeys.NotAtCaseness, 2, 2);
        a.Share(ReportKeys.OutcomesSection, ReportKeys.ReliableImprovement, 2, 2, met: true);
        a.Share(ReportKeys.DataQualitySection, "flag_not_stepped_up_when_indicated", 1, 2);
        a.Share(ReportKeys.DataQualitySection, "flag_discharged_before_recovery_despite_improvement", 1, 2);
    }

    /// <summary>
    /// The first PHQ-9 decides depression's initial step (M4 §1.3, Table 5): 12 is not severe, so step 2 comes first,
    /// and one low-intensity session before high intensity is no trial at step 2 (M4 Table 7). Severe (20) starts at
    /// step 3, where no trial at step 2 is due.
    /// </summary>
    [Fact]
    public void The_first_PHQ_9_decides_whether_a_step_up_without_a_trial_at_step_2_is_flagged()
    {
        var report = Report(
        [
            Depression("M", "2024-01-01", "2024-03-01", T("2024-01-10", phq9: 12, gad7: 9), T("2024-01-17", Intensity.High), T("2024-01-24", Intensity.High, phq9: 6, gad7: 4)),
            Depression("S", "2024-01-01", "2024-03-01", T("2024-01-10", phq9: 20, gad7: 9), T("2024-01-17", Intensity.High), T("2024-01-24", Intensity.High, phq9: 6, gad7: 4)),
        ]);
        new ReportAssert(report).Share(ReportKeys.DataQualitySection, "flag_stepped_up_without_step2_trial", 1, 2);
    }

    /// <summary>
    /// A caller's own treatment sessions out of date order cannot be summarised for stepping
    /// (<see cref="SteppingErrorKind.SessionsOutOfOrder"/>): the assessment has no stepping summary, and still counts.
    /// </summary>
    [Fact]
    public void Treatment_sessions_out_of_date_order_give_no_stepping_summary()
    {
        var builder = new ServiceReportBuilder(RuleSet.ManualV4);
        var episode = Episode.FromSessions(builder.Classifier, ProblemDescriptor.Depression, null, []);
        SteppedSession[] sessions = [new(D("2024-02-10"), Intensity.Low, Intervention.Unknown), new(D("2024-01-10"), Intensity.Low, Intervention.Unknown)];
        var assessment = builder.Assess(D("2024-01-01"), episode, sessions, 2, 0);
        Assert.Null(assessment.Stepping);
        builder.Add(assessment, ReadOnlySpan<string>.Empty);
        Assert.Equal(1, builder.Build(1, 0).Headline.Referrals);
    }

    /// <summary>
    /// In an episode a caller built itself, an assessment or a treatment dated before the referral gives no
    /// assessment wait and no place on the tracking list (the dates contradict each other); the referral still counts.
    /// </summary>
    [Fact]
    public void Contacts_before_the_referral_in_a_hand_built_episode_give_no_assessment_wait_and_no_tracking_position()
    {
        var builder = new ServiceReportBuilder(RuleSet.ManualV4, new ReportPeriod(D("2024-01-01"), D("2024-06-30")));
        SessionRecord[] sessions =
        [
            new(D("2023-12-20"), SessionType.Assessment, true),
            new(D("2023-12-27"), SessionType.Treatment, true),
        ];
        var episode = Episode.FromSessions(builder.Classifier, ProblemDescriptor.Depression, null, sessions);
        builder.Add(builder.Assess(D("2024-01-01"), episode, [], 2, 0), ReadOnlySpan<string>.Empty);
        var report = builder.Build(3, 0);
        Assert.Equal(1, report.Headline.Referrals);
        var a = new ReportAssert(report);
        a.Share(ReportKeys.WaitsSection, "assessment_within_14_days", 0, 0);
        a.Share(ReportKeys.WaitsSection, "waiting_over_90_days", 0, 0);
        a.Share(ReportKeys.WaitsSection, "no_contact_over_90_days", 0, 0);
    }
}

using Iapt.Rules.Provenance;
using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using static Iapt.Rules.Tests.Reporting.ServiceModel;

namespace Iapt.Rules.Tests.Reporting;

/// <summary>
/// The report's figures as people and other tools read them: every figure's place, stable key, label, the rule it
/// cites and the national standard it is judged against (reference §7; M4 §6.4, Table 7, Table 8; MQS 1, 11), on the
/// hand-built service of <see cref="HandBuiltService"/>. The counts themselves are checked in
/// <see cref="ServiceReportBuilderTests"/>; keys are a contract (add, never rename), so each row is its own case.
/// </summary>
public class ReportFiguresTests
{
    // Built afresh for every case, never cached in a static field: a cached report would hide a mutant of the
    // figures from every case after the first (docs/mutation-testing.md, "Static caches in tests").
    private static ServiceReport Plain => Report(HandBuiltService.Referrals, breakdowns: HandBuiltService.Breakdowns);

    /// <summary>The period 2024-01-01..2024-06-30: its last day is the tracking list's as-of day (reference §9).</summary>
    private static ServiceReport InPeriod => Report(HandBuiltService.Referrals, new ReportPeriod(D("2024-01-01"), D("2024-06-30")));

    [Theory]
    [InlineData(0, "activity", "Referrals and activity")]
    [InlineData(1, "outcomes", "Clinical outcomes of finished courses")]
    [InlineData(2, "waits", "Waiting times")]
    [InlineData(3, "data_quality", "Data quality and worse-practice flags")]
    [InlineData(4, "stepping", "Stepped care")]
    public void Each_section_has_its_key_and_title_in_display_order(int position, string key, string title)
    {
        var section = Plain.Sections[position];
        Assert.Equal(key, section.Key);
        Assert.Equal(title, section.Title);
    }

    /// <summary>Without a period there is no as-of day, so the waits section has no tracking-list figures.</summary>
    [Theory]
    [InlineData("activity", 7)]
    [InlineData("outcomes", 9)]
    [InlineData("waits", 17)]
    [InlineData("data_quality", 15)]
    [InlineData("stepping", 4)]
    public void Each_section_holds_exactly_the_figures_listed_here(string section, int figures)
    {
        Assert.Equal(5, Plain.Sections.Length);
        Assert.Equal(figures, Plain.Sections.Single(s => s.Key == section).Figures.Length);
    }

    [Fact]
    public void A_period_adds_the_two_tracking_list_figures_at_the_end_of_the_waits_section()
    {
        var plainWaits = Plain.Sections.Single(s => s.Key == ReportKeys.WaitsSection).Figures;
        var periodWaits = InPeriod.Sections.Single(s => s.Key == ReportKeys.WaitsSection).Figures;
        Assert.Equal(plainWaits.Length + 2, periodWaits.Length);
        Assert.Equal(plainWaits.Select(f => f.Key), periodWaits.Take(plainWaits.Length).Select(f => f.Key));
    }

    [Theory]
    [InlineData("activity", 0, "referrals", "Referrals received", "M4 §6.4.1", null)]
    [InlineData("activity", 1, "entered_treatment", "Entered treatment (first treatment session)", "M4 §6.4.1", null)]
    [InlineData("activity", 2, "ended", "Referrals ended (discharged)", "NHSD", null)]
    [InlineData("activity", 3, "finished", "Finished a course of treatment (2+ treatment sessions)", "M4 §6.4.3", null)]
    [InlineData("activity", 4, "seen_to_course", "Referrals seen who had a course of treatment", "M4 Table 7, Table 8", "seen_to_course")]
    [InlineData("activity", 5, "mean_treatment_sessions", "Mean treatment sessions per finished course", "M4 §9.1.2", null)]
    [InlineData("activity", 6, "missed_appointments", "Missed appointments (of attended + missed contacts)", "NHSD", null)]
    [InlineData("outcomes", 0, "at_caseness", "At caseness at the start", "M4 §6.4.3; NHSD", null)]
    [InlineData("outcomes", 1, "not_at_caseness", "Not at caseness at the start", "M4 §6.4.3; NHSD", null)]
    [InlineData("outcomes", 2, "recovered", "Recovered (of finished at caseness)", "M4 §6.4.3; NHSD", "recovery_rate")]
    [InlineData("outcomes", 3, "reliable_recovery", "Reliable recovery (of finished at caseness)", "M4 §6.4.3; NHSD", null)]
    [InlineData("outcomes", 4, "reliable_improvement", "Reliable improvement (of finished)", "M4 §6.4.3; NHSD", "reliable_improvement_rate")]
    [InlineData("outcomes", 5, "reliable_deterioration", "Reliable deterioration (of finished)", "M4 §6.4.3; NHSD", null)]
    [InlineData("outcomes", 6, "no_reliable_change", "No reliable change (of finished)", "M4 §6.4.3; NHSD", null)]
    [InlineData("outcomes", 7, "effect_size_phq9", "Pre-post effect size, PHQ-9 (national 1.4)", "slides; reference §4", null)]
    [InlineData("outcomes", 8, "effect_size_gad7", "Pre-post effect size, GAD-7 (national 1.5)", "slides; reference §4", null)]
    [InlineData("waits", 0, "within_6_weeks", "Finished courses: first treatment within 6 weeks", "M4 §6.4.2 (headline)", "within_6_weeks")]
    [InlineData("waits", 1, "within_18_weeks", "Finished courses: first treatment within 18 weeks", "M4 §6.4.2 (headline)", "within_18_weeks")]
    [InlineData("waits", 2, "secondary_within_6_weeks", "Entered treatment: first treatment within 6 weeks", "M4 §6.4.2 (secondary)", "within_6_weeks")]
    [InlineData("waits", 3, "secondary_within_18_weeks", "Entered treatment: first treatment within 18 weeks", "M4 §6.4.2 (secondary)", "within_18_weeks")]
    [InlineData("waits", 4, "wait_band_0_28", "Wait 0-28 (0 to 28 days)", "NHSD wait bands", null)]
    [InlineData("waits", 5, "wait_band_29_56", "Wait 29-56 (29 to 56 days)", "NHSD wait bands", null)]
    [InlineData("waits", 6, "wait_band_57_90", "Wait 57-90 (57 to 90 days)", "NHSD wait bands", null)]
    [InlineData("waits", 7, "wait_band_over_90", "Wait over-90 (91 days or more)", "NHSD wait bands", null)]
    [InlineData("waits", 8, "first_to_second_over_28_days", "First to second treatment session over 28 days", "M4 §6.4.2; NHSD", null)]
    [InlineData("waits", 9, "first_to_second_over_90_days", "First to second treatment session over 90 days", "M4 §6.4.2; NHSD", null)]
    [InlineData("waits", 10, "step_up_within_6_weeks", "Step-ups with the step-up wait within 6 weeks", "M4 §6.4.2", null)]
    [InlineData("waits", 11, "second_treatment_over_90_days", "Second treatment sessions in the period more than 90 days after the first", "NHSD in-service waits: first to second treatment session over 28 and over 90 days", null)]
    [InlineData("waits", 12, "assessment_within_14_days", "First assessments in the period within 14 days of referral", "RtB 7.10, 7.12: referral to assessment within 14 days", null)]
    [InlineData("waits", 13, "assessment_wait_0_28", "First assessments after 0-28 days", "NHSD wait bands of the national dashboards (0-28, 29-56, 57-90, over 90 days)", null)]
    [InlineData("waits", 14, "assessment_wait_29_56", "First assessments after 29-56 days", "NHSD wait bands of the national dashboards (0-28, 29-56, 57-90, over 90 days)", null)]
    [InlineData("waits", 15, "assessment_wait_57_90", "First assessments after 57-90 days", "NHSD wait bands of the national dashboards (0-28, 29-56, 57-90, over 90 days)", null)]
    [InlineData("waits", 16, "assessment_wait_over_90", "First assessments after over-90 days", "NHSD wait bands of the national dashboards (0-28, 29-56, 57-90, over 90 days)", null)]
    [InlineData("data_quality", 0, "paired_completeness", "Finished courses with paired PHQ-9 and anxiety-measure scores", "M4 §6.3.1; MQS 11", "paired_data_completeness")]
    [InlineData("data_quality", 1, "descriptor_recorded", "Finished courses with a problem descriptor", "M4 Table 8", "problem_descriptor_recorded")]
    [InlineData("data_quality", 2, "adsm_paired", "Finished courses whose descriptor calls for an ADSM: ADSM paired", "M4 Table 6, §6.2.1", null)]
    [InlineData("data_quality", 3, "flag_no_problem_descriptor", "No problem descriptor", "M4 §5.1.3, Table 7", null)]
    [InlineData("data_quality", 4, "flag_mixed_anxiety_depression_at_caseness", "Mixed anxiety and depression while both at caseness", "M4 §5.1.3, Table 7", null)]
    [InlineData("data_quality", 5, "flag_adsm_not_paired", "ADSM called for but not paired", "M4 §5.1.3, Table 7", null)]
    [InlineData("data_quality", 6, "flag_descriptor_not_valid_code", "Problem descriptor not a valid code", "NHSD: invalid data supplied (reference §8)", null)]
    [InlineData("data_quality", 7, "flag_same_day_scores", "Two or more scores on one measure on the day of its first or last score", "M4 §6.2 (first and last scores); the same-day order of docs/rules.md", null)]
    [InlineData("data_quality", 8, "flag_stepped_up_without_step2_trial", "Stepped up without a trial at step 2", "M4 Table 7", null)]
    [InlineData("data_quality", 9, "flag_non_guided_self_help", "Non-guided self-help", "M4 Table 7", null)]
    [InlineData("data_quality", 10, "flag_one_off_appointment", "One-off appointment instead of a course", "M4 Table 7", null)]
    [InlineData("data_quality", 11, "flag_discharged_before_recovery_despite_improvement", "Discharged before recovery despite improvement", "M4 Table 7", null)]
    [InlineData("data_quality", 12, "flag_intervention_not_nice_recommended", "Intervention not NICE-recommended", "M4 Table 7", null)]
    [InlineData("data_quality", 13, "flag_step_up_wait_over_standard", "Step-up wait over 6 weeks", "M4 Table 7", null)]
    [InlineData("data_quality", 14, "flag_not_stepped_up_when_indicated", "Not stepped up when indicated", "M4 Table 7", null)]
    [InlineData("stepping", 0, "low_intensity_only", "Low intensity only (national 37%)", "M4 Table 8", null)]
    [InlineData("stepping", 1, "high_intensity_only", "High intensity only (national 29%)", "M4 Table 8", null)]
    [InlineData("stepping", 2, "both_intensities", "Both intensities (national 34%)", "M4 Table 8", null)]
    [InlineData("stepping", 3, "mqs1_step_up", "Started low intensity, did not recover: moved to high intensity", "MQS 1", null)]
    public void Each_figure_has_its_place_key_label_rule_and_standard(string section, int position, string key, string label, string rule, string? standard) =>
        AssertFigure(Plain.Sections.Single(s => s.Key == section).Figures[position], key, label, rule, standard);

    /// <summary>The tracking list's views name the as-of day, the period's last day (reference §9).</summary>
    [Theory]
    [InlineData("waits", 17, "waiting_over_90_days", "Open referrals waiting over 90 days for a first treatment on 2024-06-30", "NHSD waiting list: referrals waiting more than 90 days for a first treatment", null)]
    [InlineData("waits", 18, "no_contact_over_90_days", "Open referrals in treatment with no attended contact for over 90 days on 2024-06-30", "NHSD open pathways in treatment with no attended contact for over 90 days", null)]
    public void A_period_report_names_its_as_of_day_in_the_tracking_list_figures(string section, int position, string key, string label, string rule, string? standard) =>
        AssertFigure(InPeriod.Sections.Single(s => s.Key == section).Figures[position], key, label, rule, standard);

    /// <summary>Each group of a breakdown (here the problem descriptor's first group) holds these seven figures (MQS 5).</summary>
    [Theory]
    [InlineData(0, "referrals", "Referrals", "M4 §6.4.1", null)]
    [InlineData(1, "entered_treatment", "Entered treatment", "M4 §6.4.1", null)]
    [InlineData(2, "finished", "Finished", "M4 §6.4.3", null)]
    [InlineData(3, "recovered", "Recovered", "M4 §6.4.3; NHSD", "recovery_rate")]
    [InlineData(4, "reliable_improvement", "Reliable improvement", "M4 §6.4.3; NHSD", "reliable_improvement_rate")]
    [InlineData(5, "reliable_deterioration", "Reliable deterioration", "M4 §6.4.3; NHSD", null)]
    [InlineData(6, "within_6_weeks", "Within 6 weeks (finished)", "M4 §6.4.2", "within_6_weeks")]
    public void Each_breakdown_group_has_its_figures_in_order(int position, string key, string label, string rule, string? standard)
    {
        foreach (var breakdown in Plain.Breakdowns)
        {
            foreach (var group in breakdown.Groups)
            {
                Assert.Equal(7, group.Figures.Length);
                AssertFigure(group.Figures[position], key, label, rule, standard);
            }
        }
    }

    /// <summary>Each month of <see cref="ServiceReport.OutcomesByMonth"/> holds these six figures.</summary>
    [Theory]
    [InlineData(0, "ended", "Referrals ended (discharged)", "NHSD", null)]
    [InlineData(1, "finished", "Finished a course of treatment", "M4 §6.4.3", null)]
    [InlineData(2, "recovered", "Recovered (of finished at caseness)", "M4 §6.4.3; NHSD", "recovery_rate")]
    [InlineData(3, "reliable_recovery", "Reliable recovery (of finished at caseness)", "M4 §6.4.3; NHSD", null)]
    [InlineData(4, "reliable_improvement", "Reliable improvement (of finished)", "M4 §6.4.3; NHSD", "reliable_improvement_rate")]
    [InlineData(5, "reliable_deterioration", "Reliable deterioration (of finished)", "M4 §6.4.3; NHSD", null)]
    public void Each_month_of_the_outcomes_by_month_has_its_figures_in_order(int position, string key, string label, string rule, string? standard)
    {
        var months = Plain.OutcomesByMonth!;
        Assert.Equal(ReportKeys.MonthEndedBreakdown, months.Key);
        Assert.NotEmpty(months.Groups);
        foreach (var month in months.Groups)
        {
            Assert.Equal(6, month.Figures.Length);
            AssertFigure(month.Figures[position], key, label, rule, standard);
        }
    }

    /// <summary>
    /// The waiting-time standards are the rule set's targets (75% within 6 weeks, 95% within 18 weeks, M4 §6.4.2),
    /// judged at least; the other standards are the rule set's <see cref="ServiceStandards"/> themselves.
    /// </summary>
    [Theory]
    [InlineData("waits", "within_6_weeks", "first treatment within 6 weeks", "0.75")]
    [InlineData("waits", "within_18_weeks", "first treatment within 18 weeks", "0.95")]
    [InlineData("waits", "secondary_within_6_weeks", "first treatment within 6 weeks", "0.75")]
    [InlineData("waits", "secondary_within_18_weeks", "first treatment within 18 weeks", "0.95")]
    public void The_wait_figures_are_judged_against_the_rule_sets_waiting_targets(string section, string key, string description, string target)
    {
        var standard = ReportAssert.Find(Plain, section, key).Standard!;
        Assert.Equal(description, standard.Description);
        Assert.Equal(decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture), standard.Target);
        Assert.Equal(StandardComparison.AtLeast, standard.Comparison);
        Assert.Null(standard.TargetFraction);
        Assert.Equal(key.EndsWith("6_weeks", StringComparison.Ordinal) ? RuleSet.ManualV4.Waiting.SixWeekTarget.Source : RuleSet.ManualV4.Waiting.EighteenWeekTarget.Source, standard.Source);
    }

    /// <summary>
    /// A breakdown group's 6-week figure is judged against the same standard as the report's headline 6-week figure:
    /// same key, description, target, comparison and source (M4 §6.4.2).
    /// </summary>
    [Fact]
    public void A_breakdown_group_s_6_week_standard_is_the_headline_s()
    {
        var report = Plain;
        var headline = ReportAssert.Find(report, "waits", "within_6_weeks").Standard!;
        foreach (var group in report.Breakdowns.SelectMany(b => b.Groups))
        {
            var standard = group.Figures.Single(f => f.Key == ReportKeys.Within6Weeks).Standard!;
            Assert.Equal(
                (headline.Key, headline.Description, headline.Target, headline.Comparison, headline.Source),
                (standard.Key, standard.Description, standard.Target, standard.Comparison, standard.Source));
        }
    }

    [Theory]
    [InlineData("activity", "seen_to_course")]
    [InlineData("outcomes", "recovered")]
    [InlineData("outcomes", "reliable_improvement")]
    [InlineData("data_quality", "paired_completeness")]
    [InlineData("data_quality", "descriptor_recorded")]
    public void The_other_standards_are_the_rule_sets_own(string section, string key)
    {
        var standards = RuleSet.ManualV4.Standards;
        ServiceStandard[] all = [standards.SeenToCourseOfTreatment, standards.RecoveryRate, standards.ReliableImprovementRate, standards.PairedDataCompleteness, standards.ProblemDescriptorRecorded];
        var standard = ReportAssert.Find(Plain, section, key).Standard!;
        Assert.Contains(all, s => ReferenceEquals(s, standard));
    }

    /// <summary>
    /// A rule set with fewer wait bands than the report's four band keys reports only its own bands, each under the
    /// key of its place and labelled by the rule set's band (reference §9).
    /// </summary>
    [Fact]
    public void A_rule_set_with_two_wait_bands_reports_two_band_figures()
    {
        var local = new Source("LOCAL", "two wait bands");
        var rules = RuleSet.ManualV4 with
        {
            Waiting = RuleSet.ManualV4.Waiting with { Bands = [new WaitBand("short", 0, 41, local), new WaitBand("long", 42, null, local)] },
        };
        var bands = BandFigures(Report(HandBuiltService.Referrals, rules: rules));
        Assert.Equal(["wait_band_0_28", "wait_band_29_56"], bands.Select(f => f.Key));
        Assert.Equal(["Wait short (0 to 41 days)", "Wait long (42 days or more)"], bands.Select(f => f.Label));
    }

    /// <summary>
    /// A rule set with more wait bands than the report's four band keys reports the first four: keys are a contract,
    /// so no key is made up for a fifth band (reference §9).
    /// </summary>
    [Fact]
    public void A_rule_set_with_five_wait_bands_reports_the_first_four()
    {
        var local = new Source("LOCAL", "five wait bands");
        var rules = RuleSet.ManualV4 with
        {
            Waiting = RuleSet.ManualV4.Waiting with
            {
                Bands =
                [
                    new WaitBand("a", 0, 9, local), new WaitBand("b", 10, 19, local), new WaitBand("c", 20, 29, local),
                    new WaitBand("d", 30, 39, local), new WaitBand("e", 40, null, local),
                ],
            },
        };
        var bands = BandFigures(Report(HandBuiltService.Referrals, rules: rules));
        Assert.Equal(ReportKeys.WaitBands, bands.Select(f => f.Key));
        Assert.Equal(["Wait a (0 to 9 days)", "Wait b (10 to 19 days)", "Wait c (20 to 29 days)", "Wait d (30 to 39 days)"], bands.Select(f => f.Label));
    }

    private static ReportFigure[] BandFigures(ServiceReport report) =>
        [.. report.Sections.Single(s => s.Key == ReportKeys.WaitsSection).Figures.Where(f => f.Key.StartsWith("wait_band_", StringComparison.Ordinal))];

    private static void AssertFigure(ReportFigure figure, string key, string label, string rule, string? standard)
    {
        Assert.Equal(key, figure.Key);
        Assert.Equal(label, figure.Label);
        Assert.Equal(rule, figure.Rule);
        Assert.Equal(standard, figure.Standard?.Key);
        Assert.Equal(DisclosureState.Exact, figure.Disclosure);
        Assert.Equal(FigureParts.None, figure.Withheld);
    }
}

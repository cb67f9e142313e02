using Iapt.Rules.Episodes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Reporting;
using Iapt.Rules.Stepping;
using static Iapt.Rules.Tests.Reporting.ServiceModel;

namespace Iapt.Rules.Tests.Reporting;

/// <summary>
/// What the report counts for each ended or finished course, one figure at a time, on services of one or two
/// referrals built for the figure (reference §5, §6, §7; M4 §6.4.2, Table 6, Table 7). The hand-built service of
/// <see cref="HandBuiltService"/> has none of these cases: each figure is shown both counted and not counted.
/// </summary>
public class ReportTallyTests
{
    private static SessionSpec T(string date, Intensity intensity = Intensity.Low, int? phq9 = null, int? gad7 = null, int? spin = null) =>
        new(D(date), SessionType.Treatment, true, intensity, Intervention.Unknown, phq9, gad7, spin);

    private static ReferralSpec Referral(string id, string referred, string? discharged, string code, ProblemDescriptor descriptor, params SessionSpec[] sessions) =>
        new(id, D(referred), code, descriptor, discharged is null ? null : D(discharged), [], [.. sessions]);

    private static ReferralSpec Depression(string id, string referred, string? discharged, params SessionSpec[] sessions) =>
        Referral(id, referred, discharged, "F32", ProblemDescriptor.Depression, sessions);

    /// <summary>
    /// Two PHQ-9 scores on the day of the first PHQ-9 make the first score depend on the same-day order (docs/rules.md):
    /// the referral counts in "two or more scores on one measure on the day of its first or last score".
    /// </summary>
    [Fact]
    public void A_course_with_two_scores_on_one_measure_on_its_first_day_counts_as_same_day_scores()
    {
        var report = Report(
        [
            Depression("S", "2024-01-01", "2024-03-01", T("2024-01-10", phq9: 15), T("2024-01-10", phq9: 14), T("2024-02-10", phq9: 8)),
            Depression("N", "2024-01-01", "2024-03-01", T("2024-01-10", phq9: 15), T("2024-02-10", phq9: 8)),
        ]);
        new ReportAssert(report).Share(ReportKeys.DataQualitySection, "flag_same_day_scores", 1, 2);
    }

    /// <summary>
    /// The step-up wait runs from the last low-intensity session to the first high-intensity one; 28 days is within
    /// the 6-week standard (M4 §6.4.2), 43 days is not.
    /// </summary>
    [Fact]
    public void A_step_up_within_six_weeks_counts_as_within_the_standard_and_one_after_as_over_it()
    {
        var report = Report(
        [
            Depression("W", "2024-01-01", "2024-04-01",
                T("2024-01-10", phq9: 14, gad7: 10), T("2024-01-17"), T("2024-02-14", Intensity.High), T("2024-02-21", Intensity.High, phq9: 8, gad7: 5)),
            Depression("O", "2024-01-01", "2024-04-01",
                T("2024-01-10", phq9: 14, gad7: 10), T("2024-01-17"), T("2024-02-29", Intensity.High), T("2024-03-07", Intensity.High, phq9: 8, gad7: 5)),
        ]);
        var a = new ReportAssert(report);
        a.Share(ReportKeys.WaitsSection, "step_up_within_6_weeks", 1, 2);
        a.Share(ReportKeys.DataQualitySection, "flag_step_up_wait_over_standard", 1, 2);
    }

    /// <summary>
    /// Social anxiety disorder calls for the SPIN (M4 Table 6); a finished course with a first SPIN and no last one
    /// has its ADSM called for but not paired.
    /// </summary>
    [Fact]
    public void A_finished_course_whose_adsm_is_not_paired_counts_as_called_for_but_not_paired()
    {
        var report = Report(
        [
            Referral("P", "2024-01-01", "2024-03-01", "F40.1", ProblemDescriptor.SocialAnxietyDisorder,
                T("2024-01-10", Intensity.High, phq9: 12, gad7: 10, spin: 40), T("2024-02-10", Intensity.High, phq9: 6, gad7: 4, spin: 20)),
            Referral("U", "2024-01-01", "2024-03-01", "F40.1", ProblemDescriptor.SocialAnxietyDisorder,
                T("2024-01-10", Intensity.High, phq9: 12, gad7: 10, spin: 40), T("2024-02-10", Intensity.High, phq9: 6, gad7: 4)),
        ]);
        new ReportAssert(report).Share(ReportKeys.DataQualitySection, "adsm_paired", 1, 2);
    }

    /// <summary>
    /// The headline waits among finished courses (M4 §6.4.2): a first treatment 126 days after the referral is within
    /// 18 weeks, 127 days is not; neither is within 6 weeks.
    /// </summary>
    [Fact]
    public void A_finished_course_first_treated_after_eighteen_weeks_is_not_within_eighteen_weeks()
    {
        var report = Report(
        [
            Depression("I", "2024-01-01", "2024-07-01", T("2024-05-06", phq9: 15), T("2024-05-13", phq9: 8)),
            Depression("O", "2024-01-01", "2024-07-01", T("2024-05-07", phq9: 15), T("2024-05-14", phq9: 8)),
        ]);
        var a = new ReportAssert(report);
        a.Share(ReportKeys.WaitsSection, ReportKeys.Within18Weeks, 1, 2, met: false);
        a.Share(ReportKeys.WaitsSection, ReportKeys.Within6Weeks, 0, 2, met: false);
        Assert.Equal(1, report.Headline.Within18Weeks);
        Assert.Equal(0, report.Headline.Within6Weeks);
    }
}

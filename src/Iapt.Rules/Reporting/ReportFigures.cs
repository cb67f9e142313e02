using System.Collections.Immutable;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Reporting;

/// <summary>Turns a tally into the report's sections and figures, with the national denominators and standards.</summary>
internal static class ReportFigures
{
    private const string OutcomeRule = "M4 §6.4.3; NHSD";

    public static ImmutableArray<ReportSection> Sections(IReportRuleSet rules, ReportTally t)
    {
        var standards = rules.Standards;
        var waiting = rules.Waiting;
        var six = WaitStandard("within_6_weeks", "first treatment within 6 weeks", waiting.SixWeekTarget);
        var eighteen = WaitStandard("within_18_weeks", "first treatment within 18 weeks", waiting.EighteenWeekTarget);
        long eligible = t.Finished - t.NotAtCaseness;

        var activity = new ReportSection(ReportKeys.ActivitySection, "Referrals and activity",
        [
            ReportFigure.Of(ReportKeys.Referrals, "Referrals received", t.Referrals, rule: "M4 §6.4.1"),
            ReportFigure.Of(ReportKeys.EnteredTreatment, "Entered treatment (first treatment session)", t.EnteredTreatment, rule: "M4 §6.4.1"),
            ReportFigure.Of(ReportKeys.Ended, "Referrals ended (discharged)", t.Ended, rule: "NHSD"),
            ReportFigure.Of(ReportKeys.Finished, "Finished a course of treatment (2+ treatment sessions)", t.Finished, t.Ended, "M4 §6.4.3"),
            ReportFigure.Of("seen_to_course", "Referrals seen who had a course of treatment", t.SeenFinished, t.Seen, "M4 Table 7, Table 8", standards.SeenToCourseOfTreatment),
            ReportFigure.OfValue("mean_treatment_sessions", "Mean treatment sessions per finished course",
                t.Finished == 0 ? null : Math.Round((decimal)t.SessionsOfFinished / t.Finished, 2, MidpointRounding.AwayFromZero), t.Finished, "M4 §9.1.2"),
            ReportFigure.Of("missed_appointments", "Missed appointments (of attended + missed contacts)", t.Missed, t.Attended + t.Missed, "NHSD"),
        ]);

        var outcomes = new ReportSection(ReportKeys.OutcomesSection, "Clinical outcomes of finished courses",
        [
            ReportFigure.Of(ReportKeys.AtCaseness, "At caseness at the start", eligible, t.Finished, OutcomeRule),
            ReportFigure.Of(ReportKeys.NotAtCaseness, "Not at caseness at the start", t.NotAtCaseness, t.Finished, OutcomeRule),
            ReportFigure.Of(ReportKeys.Recovered, "Recovered (of finished at caseness)", t.Recovered, eligible, OutcomeRule, standards.RecoveryRate),
            ReportFigure.Of(ReportKeys.ReliableRecovery, "Reliable recovery (of finished at caseness)", t.ReliableRecovery, eligible, OutcomeRule),
            ReportFigure.Of(ReportKeys.ReliableImprovement, "Reliable improvement (of finished)", t.ReliableImprovement, t.Finished, OutcomeRule, standards.ReliableImprovementRate),
            ReportFigure.Of(ReportKeys.ReliableDeterioration, "Reliable deterioration (of finished)", t.ReliableDeterioration, t.Finished, OutcomeRule),
            ReportFigure.Of(ReportKeys.NoReliableChange, "No reliable change (of finished)", t.NoReliableChange, t.Finished, OutcomeRule),
            ReportFigure.OfValue("effect_size_phq9", "Pre-post effect size, PHQ-9 (national 1.4)", t.Phq9.Value(), t.Phq9.Count, "slides; reference §4"),
            ReportFigure.OfValue("effect_size_gad7", "Pre-post effect size, GAD-7 (national 1.5)", t.Gad7.Value(), t.Gad7.Count, "slides; reference §4"),
        ]);

        var bands = waiting.Bands;
        var waitFigures = ImmutableArray.CreateBuilder<ReportFigure>();
        waitFigures.Add(ReportFigure.Of(ReportKeys.Within6Weeks, "Finished courses: first treatment within 6 weeks", t.Within6Weeks, t.Finished, "M4 §6.4.2 (headline)", six));
        waitFigures.Add(ReportFigure.Of(ReportKeys.Within18Weeks, "Finished courses: first treatment within 18 weeks", t.Within18Weeks, t.Finished, "M4 §6.4.2 (headline)", eighteen));
        waitFigures.Add(ReportFigure.Of("secondary_within_6_weeks", "Entered treatment: first treatment within 6 weeks", t.SecondaryWithin6Weeks, t.EnteredTreatment, "M4 §6.4.2 (secondary)", six));
        waitFigures.Add(ReportFigure.Of("secondary_within_18_weeks", "Entered treatment: first treatment within 18 weeks", t.SecondaryWithin18Weeks, t.EnteredTreatment, "M4 §6.4.2 (secondary)", eighteen));
        for (int i = 0; i < ReportKeys.WaitBands.Count && i < bands.Length; i++)
        {
            waitFigures.Add(ReportFigure.Of(ReportKeys.WaitBands[i], $"Wait {bands[i]}", t.WaitBands[i], t.EnteredTreatment, "NHSD wait bands"));
        }

        waitFigures.Add(ReportFigure.Of("first_to_second_over_28_days", "First to second treatment session over 28 days", t.FirstToSecondOver28, t.WithSecondSession, "M4 §6.4.2; NHSD"));
        waitFigures.Add(ReportFigure.Of("first_to_second_over_90_days", "First to second treatment session over 90 days", t.FirstToSecondOver90, t.WithSecondSession, "M4 §6.4.2; NHSD"));
        waitFigures.Add(ReportFigure.Of("step_up_within_6_weeks", "Step-ups with the step-up wait within 6 weeks", t.StepUpsWithinStandard, t.StepUps, "M4 §6.4.2"));
        // The national waiting measures beyond M4 (reference §9): second treatments dated in the period, first
        // assessments dated in the period, and the tracking list's views as of the period's last day.
        var seconds = t.SecondTreatments.Result();
        waitFigures.Add(ReportFigure.Of("second_treatment_over_90_days", "Second treatment sessions in the period more than 90 days after the first",
            seconds.OverVeryLongGap, seconds.SecondTreatments, seconds.VeryLongGapDays.Source.ToString()));
        var assessed = t.Assessments.Result();
        string assessmentRule = assessed.StandardDays.Source.ToString();
        waitFigures.Add(ReportFigure.Of("assessment_within_14_days", "First assessments in the period within 14 days of referral",
            assessed.WithinStandard, assessed.Assessed, assessmentRule));
        foreach (var band in assessed.Bands)
        {
            waitFigures.Add(ReportFigure.Of("assessment_wait_" + band.Band.Key.Replace('-', '_'), $"First assessments after {band.Band.Key} days",
                band.Count, assessed.Assessed, band.Band.Source.ToString()));
        }

        if (t.Tracking is { } tracking)
        {
            var views = tracking.Result();
            waitFigures.Add(ReportFigure.Of("waiting_over_90_days", $"Open referrals waiting over 90 days for a first treatment on {views.AsOf:yyyy-MM-dd}",
                views.WaitingOverLimit, views.Waiting, views.LongWaitDays.Source.ToString()));
            waitFigures.Add(ReportFigure.Of("no_contact_over_90_days", $"Open referrals in treatment with no attended contact for over 90 days on {views.AsOf:yyyy-MM-dd}",
                views.NoContactOverLimit, views.InTreatment, views.NoContactDays.Source.ToString()));
        }

        var waits = new ReportSection(ReportKeys.WaitsSection, "Waiting times", waitFigures.ToImmutable());

        var quality = ImmutableArray.CreateBuilder<ReportFigure>();
        quality.Add(ReportFigure.Of("paired_completeness", "Finished courses with paired PHQ-9 and anxiety-measure scores", t.FinishedPaired, t.Finished, "M4 §6.3.1; MQS 11", standards.PairedDataCompleteness));
        quality.Add(ReportFigure.Of("descriptor_recorded", "Finished courses with a problem descriptor", t.FinishedWithDescriptor, t.Finished, "M4 Table 8", standards.ProblemDescriptorRecorded));
        quality.Add(ReportFigure.Of("adsm_paired", "Finished courses whose descriptor calls for an ADSM: ADSM paired", t.AdsmPaired, t.AdsmCalledFor, "M4 Table 6, §6.2.1"));
        for (int i = 0; i < ReportTally.DataQualityFlags.Length; i++)
        {
            var (_, key, label) = ReportTally.DataQualityFlags[i];
            quality.Add(ReportFigure.Of(key, label, t.DataQuality[i], t.Ended, "M4 §5.1.3, Table 7"));
        }

        quality.Add(ReportFigure.Of("flag_descriptor_not_valid_code", "Problem descriptor not a valid code",
            t.DescriptorNotValidCode, t.Ended, "NHSD: invalid data supplied (reference §8)"));
        quality.Add(ReportFigure.Of("flag_same_day_scores", "Two or more scores on one measure on the day of its first or last score",
            t.SameDayScores, t.Ended, "M4 §6.2 (first and last scores); the same-day order of docs/rules.md"));

        for (int i = 0; i < ReportTally.PracticeConcernFlags.Length; i++)
        {
            var (_, key, label) = ReportTally.PracticeConcernFlags[i];
            quality.Add(ReportFigure.Of(key, label, t.Concerns[i], t.EndedEnteredTreatment, "M4 Table 7"));
        }

        var dataQuality = new ReportSection(ReportKeys.DataQualitySection, "Data quality and worse-practice flags", quality.ToImmutable());

        long withIntensity = t.LowOnly + t.HighOnly + t.Both;
        var stepping = new ReportSection(ReportKeys.SteppingSection, "Stepped care",
        [
            ReportFigure.Of("low_intensity_only", $"Low intensity only (national {Percent(standards.NationalLowIntensityOnly.Value)})", t.LowOnly, withIntensity, "M4 Table 8"),
            ReportFigure.Of("high_intensity_only", $"High intensity only (national {Percent(standards.NationalHighIntensityOnly.Value)})", t.HighOnly, withIntensity, "M4 Table 8"),
            ReportFigure.Of("both_intensities", $"Both intensities (national {Percent(standards.NationalBothIntensities.Value)})", t.Both, withIntensity, "M4 Table 8"),
            ReportFigure.Of("mqs1_step_up", "Started low intensity, did not recover: moved to high intensity", t.Mqs1Numerator, t.Mqs1Denominator, "MQS 1"),
        ]);

        return [activity, outcomes, waits, dataQuality, stepping];
    }

    public static ImmutableArray<ReportFigure> GroupFigures(IReportRuleSet rules, ReportTally t)
    {
        long eligible = t.Finished - t.NotAtCaseness;
        var standards = rules.Standards;
        return
        [
            ReportFigure.Of(ReportKeys.Referrals, "Referrals", t.Referrals, rule: "M4 §6.4.1"),
            ReportFigure.Of(ReportKeys.EnteredTreatment, "Entered treatment", t.EnteredTreatment, rule: "M4 §6.4.1"),
            ReportFigure.Of(ReportKeys.Finished, "Finished", t.Finished, rule: "M4 §6.4.3"),
            ReportFigure.Of(ReportKeys.Recovered, "Recovered", t.Recovered, eligible, OutcomeRule, standards.RecoveryRate),
            ReportFigure.Of(ReportKeys.ReliableImprovement, "Reliable improvement", t.ReliableImprovement, t.Finished, OutcomeRule, standards.ReliableImprovementRate),
            ReportFigure.Of(ReportKeys.ReliableDeterioration, "Reliable deterioration", t.ReliableDeterioration, t.Finished, OutcomeRule),
            ReportFigure.Of(ReportKeys.Within6Weeks, "Within 6 weeks (finished)", t.Within6Weeks, t.Finished, "M4 §6.4.2",
                WaitStandard("within_6_weeks", "first treatment within 6 weeks", rules.Waiting.SixWeekTarget)),
        ];
    }

    /// <summary>The figures of one month of <see cref="OutcomesByMonthTally"/>: the outcomes section's counts and rates for the courses ended in it.</summary>
    public static ImmutableArray<ReportFigure> MonthFigures(IReportRuleSet rules, in Outcomes.OutcomeRates o)
    {
        long eligible = o.Finished - o.FinishedNotAtCaseness;
        var standards = rules.Standards;
        return
        [
            ReportFigure.Of(ReportKeys.Ended, "Referrals ended (discharged)", o.Referrals, rule: "NHSD"),
            ReportFigure.Of(ReportKeys.Finished, "Finished a course of treatment", o.Finished, o.Referrals, "M4 §6.4.3"),
            ReportFigure.Of(ReportKeys.Recovered, "Recovered (of finished at caseness)", o.Recovered, eligible, OutcomeRule, standards.RecoveryRate),
            ReportFigure.Of(ReportKeys.ReliableRecovery, "Reliable recovery (of finished at caseness)", o.ReliablyRecovered, eligible, OutcomeRule),
            ReportFigure.Of(ReportKeys.ReliableImprovement, "Reliable improvement (of finished)", o.ReliablyImproved, o.Finished, OutcomeRule, standards.ReliableImprovementRate),
            ReportFigure.Of(ReportKeys.ReliableDeterioration, "Reliable deterioration (of finished)", o.ReliablyDeteriorated, o.Finished, OutcomeRule),
        ];
    }

    private static ServiceStandard WaitStandard(string key, string description, Sourced<Numerics.Threshold> target) =>
        new(key, description, target.Value.Value, StandardComparison.AtLeast, target.Source);

    private static string Percent(decimal fraction) =>
        (fraction * 100m).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
}

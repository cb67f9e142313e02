using Iapt.Rules.Numerics;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Waiting;

public sealed partial record WaitingTimeRules
{
    private static readonly Source Nhsd6And18 =
        new("NHSD", "waiting times: within 6 weeks = at most 42 days, within 18 weeks = at most 126 days",
            Note: "the 6- and 18-week standards are M4 §6.4.2 and §8");

    private static readonly Source BandsSource = Source.Nhsd("wait bands of the national dashboards (0-28, 29-56, 57-90, over 90 days)");

    private static readonly Source InServiceSource =
        new("NHSD", "in-service waits: first to second treatment session over 28 and over 90 days",
            Note: "M4 §6.4.2 and §8.1.5 ask that the gap match the session frequency");

    /// <summary>
    /// The IAPT Manual v4 waiting-time rules: 42 and 126 days, targets 75% and 95% (M4 §6.4.2, §8; NHSD), bands
    /// 0-28 / 29-56 / 57-90 / over 90 days (NHSD), first-to-second flags over 28 and over 90 days (NHSD), step up
    /// within 42 days (M4 §6.4.2), rules of thumb 2-3 weeks for 4 weeks and 4-5 weeks for 6 weeks (M4 §8.1.4), and
    /// the access standards of OSS paragraphs 10, 11 and 13 and RtB 7.10 and 7.12.
    /// </summary>
    public static WaitingTimeRules ManualV4 { get; } = new()
    {
        SixWeekStandardDays = new(42, Nhsd6And18),
        EighteenWeekStandardDays = new(126, Nhsd6And18),
        SixWeekTarget = new(0.75m, Source.M4("§6.4.2, §8: 75% within 6 weeks")),
        EighteenWeekTarget = new(0.95m, Source.M4("§6.4.2, §8: 95% within 18 weeks")),
        Bands =
        [
            new WaitBand("0-28", 0, 28, BandsSource),
            new WaitBand("29-56", 29, 56, BandsSource),
            new WaitBand("57-90", 57, 90, BandsSource),
            new WaitBand("over-90", 91, null, BandsSource),
        ],
        FirstToSecondLongGapDays = new(28, InServiceSource),
        FirstToSecondVeryLongGapDays = new(90, InServiceSource),
        StepUpStandardDays = new(42, Source.M4(
            "§6.4.2: the wait from the last low-intensity to the first high-intensity session should not exceed the waiting time standard")),
        RulesOfThumb =
        [
            new WaitingListRuleOfThumb(4, 2, 3, Source.M4("§8.1.4")),
            new WaitingListRuleOfThumb(6, 4, 5, Source.M4("§8.1.4")),
        ],
        AccessStandards =
        [
            new AccessStandard(
                AccessStandardKeys.OssDecisionToTreat, "Referral to decision to treat within 1 to 3 working days",
                AccessMilestone.Referral, AccessMilestone.DecisionToTreat, 3, DayCounting.WorkingDays,
                new Source("OSS", "para 10", Note: "'1 to 3 working days': a same-day decision (0) also meets it")),
            new AccessStandard(
                AccessStandardKeys.OssStep2Treatment, "Referral to step 2 treatment commencing within 1 to 10 working days",
                AccessMilestone.Referral, AccessMilestone.Step2TreatmentStart, 10, DayCounting.WorkingDays,
                new Source("OSS", "para 11", Note: "'1 - 10 working days': a same-day start (0) also meets it")),
            new AccessStandard(
                AccessStandardKeys.OssStep3Or4FirstStep, "Referral to step 3 or 4 treatment commencing within 12 weeks",
                AccessMilestone.Referral, AccessMilestone.Step3Or4TreatmentStart, 84, DayCounting.CalendarDays,
                new Source("OSS", "para 11", Note: "'NO more than 12 weeks': 12 x 7 = 84 calendar days"))
            {
                AppliesWhen = "step 3 or 4 is the first step",
            },
            new AccessStandard(
                AccessStandardKeys.OssHighRiskSameDay, "High risk referred on urgently the same day",
                AccessMilestone.HighRiskIdentified, AccessMilestone.UrgentOnwardReferral, 0, DayCounting.CalendarDays,
                new Source("OSS", "para 13", Note: "'Access standard - same day' for high-risk patients referred urgently to the CMHT"))
            {
                AppliesWhen = "the patient is identified as high risk",
            },
            new AccessStandard(
                AccessStandardKeys.RtbAssessment, "Referral to assessment within 14 days (early-adopter best practice)",
                AccessMilestone.Referral, AccessMilestone.Assessment, 14, DayCounting.CalendarDays,
                new Source("RtB", "7.10, 7.12", Note: "best practice, not mandatory (RtB 7.10: two weeks)")),
            new AccessStandard(
                AccessStandardKeys.RtbTreatment, "Referral to treatment commencing within 28 days (early-adopter best practice)",
                AccessMilestone.Referral, AccessMilestone.FirstTreatment, 28, DayCounting.CalendarDays,
                new Source("RtB", "7.12", Note: "achieved by early adopter sites; best practice, not mandatory")),
        ],
    };
}

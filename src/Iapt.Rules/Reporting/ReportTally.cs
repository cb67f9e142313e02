using Iapt.Rules.Outcomes;
using Iapt.Rules.Stepping;
using Iapt.Rules.Waiting;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Reporting;

/// <summary>
/// The running counts behind a report or one breakdown group: plain integers, so adding a referral allocates nothing.
/// Every count is a sum, so tallies of any partition of the referrals merge (<see cref="Merge"/>) into exactly the
/// tally of all of them, in any order. The outcome and MQS 1 counts are the library's own tallies
/// (<see cref="OutcomeRates"/>, <see cref="Mqs1StepUpAggregator"/>), composed rather than counted again.
/// </summary>
internal sealed class ReportTally(IReportRuleSet rules, ReportPeriod? period)
{
    /// <summary>Every date: the national waiting tallies' period when the report has none.</summary>
    private static readonly NodaTime.DateInterval AllDates = new(NodaTime.LocalDate.MinIsoValue, NodaTime.LocalDate.MaxIsoValue);

    /// <summary>Second treatment sessions dated in the period, and their gap from the first (reference §9, core data pack B03).</summary>
    public readonly FirstToSecondTreatmentTally SecondTreatments =
        new(rules.Waiting, period is { } p ? new NodaTime.DateInterval(p.Start, p.End) : AllDates);

    /// <summary>First assessments dated in the period, and their wait from referral (RtB 7.10; reference §9).</summary>
    public readonly AssessmentWaitTally Assessments =
        new(rules.Waiting, period is { } p ? new NodaTime.DateInterval(p.Start, p.End) : null);

    /// <summary>The tracking list's national views as of the period's last day (reference §9); none without a period.</summary>
    public readonly PatientTrackingTally? Tracking = period is { } p ? new(rules.Waiting, p.End) : null;

    /// <summary>The outcomes of the referrals ended (discharged) in the period.</summary>
    public OutcomeRates Outcomes;

    /// <summary>The MQS 1 step-up measure of the referrals ended in the period.</summary>
    public readonly Mqs1StepUpAggregator Mqs1 = new(rules);

    public long Finished => Outcomes.Finished;
    public long NotAtCaseness => Outcomes.FinishedNotAtCaseness;
    public long Recovered => Outcomes.Recovered;
    public long ReliableImprovement => Outcomes.ReliablyImproved;
    public long ReliableDeterioration => Outcomes.ReliablyDeteriorated;
    public long NoReliableChange => Outcomes.NoReliableChange;
    public long ReliableRecovery => Outcomes.ReliablyRecovered;
    public long FinishedPaired => Outcomes.FinishedPaired;
    public long Mqs1Denominator => Mqs1.StartedLowNotRecovered;
    public long Mqs1Numerator => Mqs1.MovedToHigh;

    public long Referrals;
    public long EnteredTreatment;
    public long SecondaryWithin6Weeks;
    public long SecondaryWithin18Weeks;
    public readonly long[] WaitBands = new long[4];
    public long WithSecondSession;
    public long FirstToSecondOver28;
    public long FirstToSecondOver90;

    public long Ended;
    public long EndedEnteredTreatment;
    public long Seen;
    public long SeenFinished;
    public long Attended;
    public long Missed;
    public long FinishedWithDescriptor;
    public long DescriptorNotValidCode;
    public long AdsmCalledFor;
    public long AdsmPaired;
    public long Within6Weeks;
    public long Within18Weeks;
    public long SessionsOfFinished;
    public long LowOnly;
    public long HighOnly;
    public long Both;
    public long StepUps;
    public long StepUpsWithinStandard;
    public long SameDayScores;
    public readonly long[] DataQuality = new long[3];
    public readonly long[] Concerns = new long[PracticeConcernFlags.Length];
    public EffectSize Phq9;
    public EffectSize Gad7;

    /// <summary>The practice concerns the report counts, in display order, with their figure keys.</summary>
    public static readonly (PracticeConcerns Flag, string Key, string Label)[] PracticeConcernFlags =
    [
        (PracticeConcerns.SteppedUpWithoutStep2Trial, "flag_stepped_up_without_step2_trial", "Stepped up without a trial at step 2"),
        (PracticeConcerns.NonGuidedSelfHelp, "flag_non_guided_self_help", "Non-guided self-help"),
        (PracticeConcerns.OneOffAppointment, "flag_one_off_appointment", "One-off appointment instead of a course"),
        (PracticeConcerns.DischargedBeforeRecoveryDespiteImprovement, "flag_discharged_before_recovery_despite_improvement", "Discharged before recovery despite improvement"),
        (PracticeConcerns.InterventionNotNiceRecommended, "flag_intervention_not_nice_recommended", "Intervention not NICE-recommended"),
        (PracticeConcerns.StepUpWaitOverStandard, "flag_step_up_wait_over_standard", "Step-up wait over 6 weeks"),
        (PracticeConcerns.NotSteppedUpWhenIndicated, "flag_not_stepped_up_when_indicated", "Not stepped up when indicated"),
    ];

    /// <summary>The data-quality issues the report counts, in display order, with their figure keys.</summary>
    public static readonly (DataQualityIssues Flag, string Key, string Label)[] DataQualityFlags =
    [
        (DataQualityIssues.NoProblemDescriptor, "flag_no_problem_descriptor", "No problem descriptor"),
        (DataQualityIssues.MixedAnxietyDepressionAtCaseness, "flag_mixed_anxiety_depression_at_caseness", "Mixed anxiety and depression while both at caseness"),
        (DataQualityIssues.AdsmNotPaired, "flag_adsm_not_paired", "ADSM called for but not paired"),
    ];

    /// <summary>Adds every count of <paramref name="other"/> (a tally of other referrals) to this one.</summary>
    public void Merge(ReportTally other)
    {
        Referrals += other.Referrals;
        EnteredTreatment += other.EnteredTreatment;
        SecondaryWithin6Weeks += other.SecondaryWithin6Weeks;
        SecondaryWithin18Weeks += other.SecondaryWithin18Weeks;
        WithSecondSession += other.WithSecondSession;
        FirstToSecondOver28 += other.FirstToSecondOver28;
        FirstToSecondOver90 += other.FirstToSecondOver90;
        Ended += other.Ended;
        EndedEnteredTreatment += other.EndedEnteredTreatment;
        Seen += other.Seen;
        SeenFinished += other.SeenFinished;
        Attended += other.Attended;
        Missed += other.Missed;
        FinishedWithDescriptor += other.FinishedWithDescriptor;
        DescriptorNotValidCode += other.DescriptorNotValidCode;
        AdsmCalledFor += other.AdsmCalledFor;
        AdsmPaired += other.AdsmPaired;
        Within6Weeks += other.Within6Weeks;
        Within18Weeks += other.Within18Weeks;
        SessionsOfFinished += other.SessionsOfFinished;
        LowOnly += other.LowOnly;
        HighOnly += other.HighOnly;
        Both += other.Both;
        StepUps += other.StepUps;
        StepUpsWithinStandard += other.StepUpsWithinStandard;
        SameDayScores += other.SameDayScores;
        Add(WaitBands, other.WaitBands);
        Add(DataQuality, other.DataQuality);
        Add(Concerns, other.Concerns);
        Outcomes.Merge(other.Outcomes);
        Mqs1.Merge(other.Mqs1);
        SecondTreatments.Merge(other.SecondTreatments);
        Assessments.Merge(other.Assessments);
        if (Tracking is not null && other.Tracking is not null)
        {
            Tracking.Merge(other.Tracking);
        }

        Phq9.Merge(other.Phq9);
        Gad7.Merge(other.Gad7);
    }

    private static void Add(long[] to, long[] from)
    {
        for (int i = 0; i < to.Length; i++)
        {
            to[i] += from[i];
        }
    }

    public void CountReferral() => Referrals++;

    /// <summary>
    /// Counts one referral in the national waiting measures beyond M4, each of which picks its own referrals by its
    /// own dates (second treatment, first assessment, the as-of day), so every referral is offered to them.
    /// </summary>
    public void CountNational(in ReferralAssessment referral, in AssessmentWait? assessment, in PathwayPosition? position)
    {
        if (referral.Wait is { } wait)
        {
            SecondTreatments.Add(wait);
        }

        if (assessment is { } a)
        {
            Assessments.Add(a);
        }

        if (Tracking is not null && position is { } at)
        {
            Tracking.Add(at);
        }
    }

    public void CountAccess(in ReferralWait wait)
    {
        EnteredTreatment++;
        if (wait.IsWithinSixWeeks == true)
        {
            SecondaryWithin6Weeks++;
        }

        if (wait.IsWithinEighteenWeeks == true)
        {
            SecondaryWithin18Weeks++;
        }

        if (wait.Band is { } band)
        {
            int index = wait.Rules.Bands.IndexOf(band);
            if (index >= 0 && index < WaitBands.Length)
            {
                WaitBands[index]++;
            }
        }

        if (wait.DaysFirstToSecond is not null)
        {
            WithSecondSession++;
            if (wait.IsFirstToSecondOverLongGap == true)
            {
                FirstToSecondOver28++;
            }

            if (wait.IsFirstToSecondOverVeryLongGap == true)
            {
                FirstToSecondOver90++;
            }
        }
    }

    public void CountEnded(in ReferralAssessment referral, bool validDescriptor)
    {
        var outcome = referral.Outcome;
        Ended++;
        Attended += referral.AttendedContacts;
        Missed += referral.MissedAppointments;
        if (referral.Episode.TreatmentSessions > 0)
        {
            EndedEnteredTreatment++;
        }

        if (referral.AttendedContacts > 0)
        {
            Seen++;
            if (outcome.Finished)
            {
                SeenFinished++;
            }
        }

        SameDayScores += referral.Episode.HasSameDayScores ? 1 : 0;
        DescriptorNotValidCode += validDescriptor ? 0 : 1;
        for (int i = 0; i < DataQualityFlags.Length; i++)
        {
            if ((outcome.DataQuality & DataQualityFlags[i].Flag) != 0)
            {
                DataQuality[i]++;
            }
        }

        if (referral.Stepping is { } stepping)
        {
            for (int i = 0; i < PracticeConcernFlags.Length; i++)
            {
                if ((stepping.Concerns & PracticeConcernFlags[i].Flag) != 0)
                {
                    Concerns[i]++;
                }
            }

            if (stepping.SteppedUp && stepping.StepUpWait is { } stepUp)
            {
                StepUps++;
                if (stepUp.IsWithinStandard)
                {
                    StepUpsWithinStandard++;
                }
            }

            Mqs1.Add(stepping);
        }

        Outcomes.Add(outcome);
        if (!outcome.Finished)
        {
            return;
        }

        SessionsOfFinished += referral.Episode.TreatmentSessions;
        FinishedWithDescriptor += outcome.Descriptor != ProblemDescriptors.ProblemDescriptor.None && validDescriptor ? 1 : 0;
        if (referral.CallsForAdsm)
        {
            AdsmCalledFor++;
            AdsmPaired += referral.Episode.Outcome.Adsm.IsPaired ? 1 : 0;
        }

        if (referral.Wait is { } wait)
        {
            Within6Weeks += wait.IsWithinSixWeeks == true ? 1 : 0;
            Within18Weeks += wait.IsWithinEighteenWeeks == true ? 1 : 0;
        }

        if (referral.Stepping is { } summary)
        {
            bool low = summary.LowIntensitySessions > 0;
            bool high = summary.HighIntensitySessions > 0;
            LowOnly += low && !high ? 1 : 0;
            HighOnly += high && !low ? 1 : 0;
            Both += low && high ? 1 : 0;
        }

        var input = referral.Episode.Outcome;
        if (input.Phq9.IsPaired)
        {
            Phq9.Add(input.Phq9.First!.Value.Value, input.Phq9.Last!.Value.Value);
        }

        if (input.Gad7.IsPaired)
        {
            Gad7.Add(input.Gad7.First!.Value.Value, input.Gad7.Last!.Value.Value);
        }
    }

    /// <summary>
    /// Running sums for a pre-post effect size: (mean first - mean last) / standard deviation of the first scores
    /// (sample standard deviation, n - 1), reference §4.
    /// </summary>
    public struct EffectSize
    {
        public long Count;
        public decimal SumFirst;
        public decimal SumFirstSquared;
        public decimal SumLast;

        public void Add(decimal first, decimal last)
        {
            Count++;
            SumFirst += first;
            SumFirstSquared += first * first;
            SumLast += last;
        }

        public void Merge(in EffectSize other)
        {
            Count += other.Count;
            SumFirst += other.SumFirst;
            SumFirstSquared += other.SumFirstSquared;
            SumLast += other.SumLast;
        }

        public readonly decimal? Value()
        {
            if (Count < 2)
            {
                return null;
            }

            decimal meanFirst = SumFirst / Count;
            decimal meanLast = SumLast / Count;
            decimal variance = (SumFirstSquared - (SumFirst * meanFirst)) / (Count - 1);
            if (variance <= 0m)
            {
                return null;
            }

            double sd = Math.Sqrt((double)variance);
            return Math.Round((meanFirst - meanLast) / (decimal)sd, 4, MidpointRounding.AwayFromZero);
        }
    }
}

using Iapt.Rules.ProblemDescriptors;
using NodaTime;
using OneOf;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Stepping;

public static partial class SteppedCare
{
    /// <summary>
    /// A referral's stepping summary for the service report: initial step, movement between intensities, step-up
    /// wait and recommendation, NICE concordance of its sessions, review point, practice flags (each defined on
    /// <see cref="PracticeConcerns"/>) and MQS 1 membership.
    /// </summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="input">The descriptor, context, whether ended, outcome and data-quality flags.</param>
    /// <param name="sessions">The referral's attended treatment sessions, in date order (same-day sessions allowed).</param>
    /// <returns>
    /// The summary, or a typed error: <see cref="SteppingErrorKind.SessionsOutOfOrder"/> when a session is dated before
    /// the one listed before it; <see cref="SteppingErrorKind.InconsistentOutcome"/> when the outcome is both
    /// recovered and still at caseness.
    /// </returns>
    /// <exception cref="ArgumentException"><see cref="TreatmentContext.FirstPhq9"/> is not a PHQ-9 score.</exception>
    public static OneOf<SteppingSummary, SteppingError> Summarise(
        ISteppingRuleSet rules, in SteppingInput input, ReadOnlySpan<SteppedSession> sessions)
    {
        Guard.Against.Null(rules);
        var stepping = rules.Stepping;
        var outcome = input.Outcome;
        if (outcome.Recovered == true && outcome.AtCasenessAtEnd == true)
        {
            return SteppingError.InconsistentOutcome();
        }

        for (int i = 1; i < sessions.Length; i++)
        {
            if (sessions[i].Date < sessions[i - 1].Date)
            {
                return SteppingError.SessionsOutOfOrder(i + 1);
            }
        }

        var descriptor = input.Descriptor;
        var context = input.Context;
        var initial = InitialStep(rules, descriptor, context.FirstPhq9);
        var starting = sessions.IsEmpty ? Intensity.Unknown : sessions[0].Intensity;

        int low = 0, high = 0, lowBeforeHigh = 0, notRecommended = 0, undetermined = 0;
        int firstHigh = -1;
        LocalDate? lastLowBeforeHigh = null;
        var flags = input.DataQuality & PracticeConcerns.FromDataQuality;
        var verdict = ConcordanceVerdict.Undetermined;
        var lastIntervention = Intervention.Unknown;
        var lastStep = CareStep.LowIntensity;

        for (int i = 0; i < sessions.Length; i++)
        {
            var session = sessions[i];
            if (session.Intensity == Intensity.Low)
            {
                low++;
                if (firstHigh < 0)
                {
                    lowBeforeHigh++;
                    lastLowBeforeHigh = session.Date;
                }
            }
            else if (session.Intensity == Intensity.High)
            {
                high++;
                if (firstHigh < 0)
                {
                    firstHigh = i;
                }
            }

            // Concordance depends only on the intervention and step here (descriptor and context are the course's),
            // and a course repeats them session after session: work it out again only when they change.
            var step = session.Intensity.ToStep();
            if (i == 0 || session.Intervention != lastIntervention || step != lastStep)
            {
                verdict = Concordance(rules, descriptor, session.Intervention, step, context).Verdict;
                (lastIntervention, lastStep) = (session.Intervention, step);
            }

            if (verdict == ConcordanceVerdict.NotRecommended)
            {
                notRecommended++;
            }
            else if (verdict == ConcordanceVerdict.Undetermined)
            {
                undetermined++;
            }

            if (session.Intervention == Intervention.NonGuidedSelfHelp
                && descriptor != ProblemDescriptor.None
                && (flags & PracticeConcerns.NonGuidedSelfHelp) == 0
                && Concordance(rules, descriptor, Intervention.NonGuidedSelfHelp, CareStep.LowIntensity, context).Verdict
                    != ConcordanceVerdict.Recommended)
            {
                flags |= PracticeConcerns.NonGuidedSelfHelp;
            }
        }

        bool steppedUp = starting == Intensity.Low && firstHigh >= 0;
        Waiting.StepUpWait? wait = null;
        if (steppedUp && lastLowBeforeHigh is { } lastLow)
        {
            var firstHighDate = sessions[firstHigh].Date;
            // Sessions are in date order here, so the wait is never negative and always measures.
            wait = rules.Waiting.MeasureStepUp(lastLow, firstHighDate).AsT0;
            if (!wait.Value.IsWithinStandard)
            {
                flags |= PracticeConcerns.StepUpWaitOverStandard;
            }
        }

        StepUpDecision? stepUp = null;
        if (starting == Intensity.Low && firstHigh < 0 && input.Ended)
        {
            stepUp = StepUp(rules, outcome);
            if (stepUp.Value.IsRecommended)
            {
                flags |= PracticeConcerns.NotSteppedUpWhenIndicated;
            }
        }

        if (initial.Step == CareStep.LowIntensity && firstHigh >= 0
            && lowBeforeHigh < stepping.Step2TrialMinimumSessions.Value)
        {
            flags |= PracticeConcerns.SteppedUpWithoutStep2Trial;
        }

        int total = sessions.Length;
        if (input.Ended && total >= 1 && total < rules.Outcomes.MinimumTreatmentSessions.Value)
        {
            flags |= PracticeConcerns.OneOffAppointment;
        }

        if (input.Ended && total >= rules.Outcomes.MinimumTreatmentSessions.Value && total < stepping.ShortCourseBelowSessions.Value
            && outcome.AtCasenessAtEnd == true && outcome.ReliablyImproved == true)
        {
            flags |= PracticeConcerns.DischargedBeforeRecoveryDespiteImprovement;
        }

        if (notRecommended > 0)
        {
            flags |= PracticeConcerns.InterventionNotNiceRecommended;
        }

        bool startedLow = starting == Intensity.Low;
        return new SteppingSummary
        {
            InitialStep = initial,
            StartingIntensity = starting,
            TreatmentSessions = total,
            LowIntensitySessions = low,
            HighIntensitySessions = high,
            LowIntensitySessionsBeforeHighIntensity = lowBeforeHigh,
            SteppedUp = steppedUp,
            StepUpWait = wait,
            StepUpAfterLowIntensity = stepUp,
            NotRecommendedSessions = notRecommended,
            UndeterminedSessions = undetermined,
            Review = new ReviewPoint(total, stepping.ReviewAfterSessions),
            Concerns = flags,
            InMqs1Denominator = startedLow && (firstHigh >= 0 || (input.Ended && outcome.Recovered == false)),
            InMqs1Numerator = steppedUp,
        };
    }
}

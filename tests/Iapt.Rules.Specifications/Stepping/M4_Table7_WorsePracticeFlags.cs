using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using NodaTime;
using Iapt.Rules.Provenance;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Specifications.Stepping;

/// <summary>
/// M4 Table 7 (worse-performing services), the characteristics a referral's data can show, one test per flag with
/// the cases either side of its definition; and the stepping principles of M4 Table 5 and §6.4.2 the summary also
/// flags. The three data-quality flags are copied from the outcome, and "a fixed, low number of sessions" is a
/// service-level measure (see <see cref="PracticeConcerns"/>).
/// Source: seeds/001_a2cac0063d4a7b45.txt, §9.1.1, §9.1.2, Table 7, Table 5, §6.4.2, §6.4.3.
/// </summary>
public class M4_Table7_WorsePracticeFlags
{
    private static readonly RuleSet Rules = RuleSet.ManualV4;
    private static readonly LocalDate Start = new(2024, 1, 8);

    private static Score Phq9(int total) => Rules.Measures[MeasureKeys.Phq9].ScoreTotal(total).AsT0;

    /// <summary>Weekly sessions from <see cref="Start"/>, each with an intensity and an intervention.</summary>
    private static SteppedSession[] Weekly(params (Intensity Intensity, Intervention Intervention)[] sessions) =>
        [.. sessions.Select((s, i) => new SteppedSession(Start.PlusWeeks(i), s.Intensity, s.Intervention))];

    private static (Intensity, Intervention) Low(Intervention i = Intervention.GuidedSelfHelp) => (Intensity.Low, i);

    private static (Intensity, Intervention) High(Intervention i = Intervention.Cbt) => (Intensity.High, i);

    private static PracticeConcerns Concerns(SteppingInput input, SteppedSession[] sessions) =>
        SteppedCare.Summarise(Rules, input, sessions).AsT0.Concerns;

    private static SteppingInput Depression(int phq9, bool ended = false, CourseOutcome outcome = default) =>
        new() { Descriptor = ProblemDescriptor.Depression, Context = new TreatmentContext { FirstPhq9 = Phq9(phq9) }, Ended = ended, Outcome = outcome };

    /// <summary>
    /// "Patients have been stepped up without a trial at step 2": step 2 indicated (moderate depression, PHQ-9 12)
    /// and fewer than two low-intensity sessions before the first high-intensity one. Not for severe depression
    /// (PHQ-9 20), where high intensity comes first.
    /// </summary>
    [Theory]
    [InlineData(12, 0, true)]
    [InlineData(12, 1, true)]
    [InlineData(12, 2, false)]
    [InlineData(20, 0, false)]
    public void Stepped_up_without_a_trial_at_step_2(int phq9, int lowSessionsFirst, bool flagged)
    {
        var sessions = Weekly([.. Enumerable.Repeat(Low(), lowSessionsFirst), High(), High()]);
        Assert.Equal(flagged, Concerns(Depression(phq9), sessions).HasFlag(PracticeConcerns.SteppedUpWithoutStep2Trial));
    }

    /// <summary>
    /// "Stepped up without a trial at step 2" for the descriptors whose initial step is step 2 but which are not
    /// depression: mixed anxiety and depressive disorder (step 2 by §5.1.3) and GAD are flagged with fewer than two
    /// low-intensity sessions first; PTSD (high intensity first, §1.3) never is.
    /// </summary>
    [Theory]
    [InlineData(ProblemDescriptor.MixedAnxietyAndDepression, 1, true)]
    [InlineData(ProblemDescriptor.MixedAnxietyAndDepression, 2, false)]
    [InlineData(ProblemDescriptor.GeneralisedAnxietyDisorder, 0, true)]
    [InlineData(ProblemDescriptor.PostTraumaticStressDisorder, 0, false)]
    public void Stepped_up_without_a_trial_at_step_2_by_descriptor(ProblemDescriptor descriptor, int lowSessionsFirst, bool flagged)
    {
        var input = new SteppingInput { Descriptor = descriptor, Context = new TreatmentContext { FirstPhq9 = Phq9(8) } };
        var sessions = Weekly([.. Enumerable.Repeat(Low(), lowSessionsFirst), High(), High()]);
        Assert.Equal(flagged, Concerns(input, sessions).HasFlag(PracticeConcerns.SteppedUpWithoutStep2Trial));
    }

    /// <summary>
    /// "Non-guided self-help is given despite not being a NICE-recommended intervention" (Table 7; §9.1.1 for
    /// depression). Table 2 lists self-help at step 2 only for GAD and panic disorder.
    /// </summary>
    [Theory]
    [InlineData(ProblemDescriptor.Depression, true)]
    [InlineData(ProblemDescriptor.ObsessiveCompulsiveDisorder, true)]
    [InlineData(ProblemDescriptor.MixedAnxietyAndDepression, true)]
    [InlineData(ProblemDescriptor.GeneralisedAnxietyDisorder, false)]
    [InlineData(ProblemDescriptor.PanicDisorder, false)]
    [InlineData(ProblemDescriptor.None, false)]
    public void Non_guided_self_help_given_where_it_is_not_recommended(ProblemDescriptor descriptor, bool flagged)
    {
        var input = new SteppingInput { Descriptor = descriptor, Context = new TreatmentContext { FirstPhq9 = Phq9(12) } };
        var sessions = Weekly(Low(Intervention.NonGuidedSelfHelp), Low(Intervention.NonGuidedSelfHelp));
        Assert.Equal(flagged, Concerns(input, sessions).HasFlag(PracticeConcerns.NonGuidedSelfHelp));
    }

    /// <summary>"High numbers of 'one-off' appointments": a referral that ended after exactly one treatment session (a course is two or more, §6.4.3).</summary>
    [Theory]
    [InlineData(0, true, false)]
    [InlineData(1, true, true)]
    [InlineData(1, false, false)]
    [InlineData(2, true, false)]
    public void A_one_off_appointment_instead_of_a_course(int sessionCount, bool ended, bool flagged)
    {
        var sessions = Weekly([.. Enumerable.Repeat(Low(), sessionCount)]);
        Assert.Equal(flagged, Concerns(Depression(12, ended), sessions).HasFlag(PracticeConcerns.OneOffAppointment));
    }

    /// <summary>
    /// "Patients are discharged before recovery despite showing consistent improvement": ended after 2-5 treatment
    /// sessions (short of the review point of about 6, §9.1.2), still at caseness and reliably improved.
    /// </summary>
    [Theory]
    [InlineData(2, true, true, true)]
    [InlineData(5, true, true, true)]
    [InlineData(6, true, true, false)]
    [InlineData(1, true, true, false)]
    [InlineData(4, false, true, false)]
    [InlineData(4, true, false, false)]
    public void Discharged_before_recovery_despite_consistent_improvement(int sessionCount, bool atCaseness, bool reliablyImproved, bool flagged)
    {
        var outcome = new CourseOutcome { Recovered = false, AtCasenessAtEnd = atCaseness, ReliablyImproved = reliablyImproved };
        var sessions = Weekly([.. Enumerable.Repeat(High(), sessionCount)]);
        var input = Depression(20, ended: true, outcome);
        Assert.Equal(flagged, Concerns(input, sessions).HasFlag(PracticeConcerns.DischargedBeforeRecoveryDespiteImprovement));
    }

    /// <summary>Table 5 "a NICE-recommended intervention": counselling for GAD is flagged; CBT for GAD is not.</summary>
    [Theory]
    [InlineData(Intervention.Counselling, true)]
    [InlineData(Intervention.Cbt, false)]
    public void An_intervention_NICE_does_not_recommend_for_the_descriptor(Intervention intervention, bool flagged)
    {
        var input = new SteppingInput { Descriptor = ProblemDescriptor.GeneralisedAnxietyDisorder };
        var summary = SteppedCare.Summarise(Rules, input, Weekly(High(intervention), High(intervention))).AsT0;
        Assert.Equal(flagged, summary.Concerns.HasFlag(PracticeConcerns.InterventionNotNiceRecommended));
        Assert.Equal(flagged ? 2 : 0, summary.NotRecommendedSessions);
    }

    /// <summary>§6.4.2: the step-up wait over 42 days is flagged; exactly 42 is not.</summary>
    [Theory]
    [InlineData(42, false)]
    [InlineData(43, true)]
    public void A_step_up_wait_over_the_6_week_standard(int days, bool flagged)
    {
        SteppedSession[] sessions =
        [
            new(Start, Intensity.Low, Intervention.GuidedSelfHelp),
            new(Start.PlusWeeks(1), Intensity.Low, Intervention.GuidedSelfHelp),
            new(Start.PlusWeeks(1).PlusDays(days), Intensity.High, Intervention.Cbt),
        ];
        var summary = SteppedCare.Summarise(Rules, Depression(12), sessions).AsT0;
        Assert.Equal(days, summary.StepUpWait!.Value.Days);
        Assert.Equal(flagged, summary.Concerns.HasFlag(PracticeConcerns.StepUpWaitOverStandard));
    }

    /// <summary>Table 5: those who do not respond to low intensity should get a full dose of high intensity; ending at low intensity still at caseness is flagged.</summary>
    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, true, false)]
    public void Not_stepped_up_when_still_at_caseness_after_low_intensity(bool atCaseness, bool recovered, bool flagged)
    {
        var outcome = new CourseOutcome { Recovered = recovered, AtCasenessAtEnd = atCaseness, ReliablyImproved = true };
        var sessions = Weekly(Low(), Low(), Low(), Low(), Low(), Low());
        Assert.Equal(flagged, Concerns(Depression(12, ended: true, outcome), sessions).HasFlag(PracticeConcerns.NotSteppedUpWhenIndicated));
    }

    /// <summary>No problem descriptor, mixed anxiety and depression at caseness on both, ADSM not used: copied from the outcome's data-quality flags, never detected here.</summary>
    [Theory]
    [InlineData(PracticeConcerns.NoProblemDescriptor)]
    [InlineData(PracticeConcerns.MixedAnxietyAndDepressionWhenBothAtCaseness)]
    [InlineData(PracticeConcerns.AnxietyMeasureNotUsed)]
    public void Data_quality_flags_are_copied_from_the_outcome(PracticeConcerns flag)
    {
        var copied = new SteppingInput { Descriptor = ProblemDescriptor.Depression, DataQuality = flag };
        var notGiven = new SteppingInput { Descriptor = ProblemDescriptor.None };
        Assert.True(Concerns(copied, []).HasFlag(flag));
        Assert.False(Concerns(notGiven, []).HasFlag(flag));
    }
}

using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using NodaTime;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Tests.Stepping;

/// <summary>The per-referral stepping summary: counts, movement, waits, step-up, concordance counts, errors and flags.</summary>
public class SteppingSummaryTests
{
    private static readonly RuleSet Rules = RuleSet.ManualV4;
    private static readonly LocalDate Start = new(2024, 5, 6);

    private static SteppingInput Depression(int phq9 = 12, bool ended = false, CourseOutcome outcome = default) => new()
    {
        Descriptor = ProblemDescriptor.Depression,
        Context = new TreatmentContext { FirstPhq9 = Rules.Measures[MeasureKeys.Phq9].ScoreTotal(phq9).AsT0 },
        Ended = ended,
        Outcome = outcome,
    };

    private static SteppedSession At(int day, Intensity intensity, Intervention intervention = Intervention.Unknown) =>
        new(Start.PlusDays(day), intensity, intervention);

    [Fact]
    public void Low_then_high_intensity_is_counted_as_a_step_up_with_its_wait()
    {
        SteppedSession[] sessions =
        [
            At(0, Intensity.Low, Intervention.GuidedSelfHelp),
            At(7, Intensity.Low, Intervention.GuidedSelfHelp),
            At(14, Intensity.Low, Intervention.GuidedSelfHelp),
            At(30, Intensity.High, Intervention.Cbt),
            At(37, Intensity.High, Intervention.Cbt),
        ];
        var summary = SteppedCare.Summarise(Rules, Depression(), sessions).AsT0;

        Assert.Equal(Intensity.Low, summary.StartingIntensity);
        Assert.Equal((5, 3, 2, 3), (summary.TreatmentSessions, summary.LowIntensitySessions, summary.HighIntensitySessions, summary.LowIntensitySessionsBeforeHighIntensity));
        Assert.True(summary.SteppedUp);
        Assert.Equal(16, summary.StepUpWait!.Value.Days);
        Assert.Null(summary.StepUpAfterLowIntensity);
        Assert.Equal(CareStep.LowIntensity, summary.InitialStep.Step);
        Assert.Equal(PracticeConcerns.None, summary.Concerns);
        Assert.Equal(0, summary.NotRecommendedSessions);
        Assert.False(summary.Review.IsDue);
        Assert.True(summary.InMqs1Denominator);
        Assert.True(summary.InMqs1Numerator);
    }

    [Fact]
    public void The_step_up_wait_runs_from_the_last_low_intensity_session_before_the_first_high_intensity_one()
    {
        SteppedSession[] sessions = [At(0, Intensity.Low), At(10, Intensity.Low), At(12, Intensity.High), At(20, Intensity.Low), At(25, Intensity.High)];
        var wait = SteppedCare.Summarise(Rules, Depression(), sessions).AsT0.StepUpWait!.Value;
        Assert.Equal(2, wait.Days);
        Assert.Equal(Start.PlusDays(10), wait.LastLowIntensityDate);
    }

    [Fact]
    public void Starting_high_is_not_a_step_up_and_has_no_wait()
    {
        SteppedSession[] sessions = [At(0, Intensity.High), At(7, Intensity.Low)];
        var summary = SteppedCare.Summarise(Rules, Depression(22), sessions).AsT0;
        Assert.False(summary.SteppedUp);
        Assert.Null(summary.StepUpWait);
        Assert.False(summary.InMqs1Denominator);
    }

    [Fact]
    public void Sessions_of_unknown_intensity_count_only_in_the_total()
    {
        SteppedSession[] sessions = [At(0, Intensity.Unknown), At(7, Intensity.Low)];
        var summary = SteppedCare.Summarise(Rules, Depression(), sessions).AsT0;
        Assert.Equal((2, 1, 0), (summary.TreatmentSessions, summary.LowIntensitySessions, summary.HighIntensitySessions));
        Assert.Equal(Intensity.Unknown, summary.StartingIntensity);
        Assert.Equal(1, summary.UndeterminedSessions);
    }

    [Fact]
    public void After_a_low_intensity_only_course_that_ended_the_step_up_decision_is_given()
    {
        var outcome = new CourseOutcome { Recovered = false, AtCasenessAtEnd = true, ReliablyImproved = false };
        SteppedSession[] sessions = [At(0, Intensity.Low), At(7, Intensity.Low), At(14, Intensity.Low)];
        var summary = SteppedCare.Summarise(Rules, Depression(ended: true, outcome: outcome), sessions).AsT0;
        Assert.Equal(StepUpReason.StillAtCaseness, summary.StepUpAfterLowIntensity!.Value.Reason);
        Assert.True(summary.Concerns.HasFlag(PracticeConcerns.NotSteppedUpWhenIndicated));
        Assert.True(summary.InMqs1Denominator);
        Assert.False(summary.InMqs1Numerator);
    }

    [Fact]
    public void While_the_referral_is_open_no_step_up_decision_is_given()
    {
        SteppedSession[] sessions = [At(0, Intensity.Low), At(7, Intensity.Low)];
        Assert.Null(SteppedCare.Summarise(Rules, Depression(), sessions).AsT0.StepUpAfterLowIntensity);
    }

    [Fact]
    public void Same_day_sessions_are_in_order()
    {
        SteppedSession[] sessions = [At(3, Intensity.Low), At(3, Intensity.Low)];
        Assert.True(SteppedCare.Summarise(Rules, Depression(), sessions).IsT0);
    }

    [Fact]
    public void Sessions_out_of_date_order_are_a_typed_error_naming_the_position()
    {
        SteppedSession[] sessions = [At(0, Intensity.Low), At(14, Intensity.Low), At(7, Intensity.Low)];
        var error = SteppedCare.Summarise(Rules, Depression(), sessions).AsT1;
        Assert.Equal(SteppingErrorKind.SessionsOutOfOrder, error.Kind);
        Assert.Equal("sessions", error.Field);
        Assert.Equal("sessions: session 3 is dated before session 2; sessions must be in date order", error.Message);
    }

    [Fact]
    public void A_self_contradicting_outcome_is_a_typed_error()
    {
        var input = Depression(ended: true, outcome: new CourseOutcome { Recovered = true, AtCasenessAtEnd = true });
        var error = SteppedCare.Summarise(Rules, input, [At(0, Intensity.Low), At(7, Intensity.Low)]).AsT1;
        Assert.Equal(SteppingErrorKind.InconsistentOutcome, error.Kind);
        Assert.StartsWith("outcome:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_quality_members_are_the_only_flags_copied_from_the_input()
    {
        var input = Depression() with { DataQuality = PracticeConcerns.OneOffAppointment | PracticeConcerns.AnxietyMeasureNotUsed };
        Assert.Equal(PracticeConcerns.AnxietyMeasureNotUsed, SteppedCare.Summarise(Rules, input, []).AsT0.Concerns);
    }

    [Fact]
    public void An_empty_referral_has_nothing_to_flag()
    {
        var summary = SteppedCare.Summarise(Rules, Depression(ended: true), []).AsT0;
        Assert.Equal(0, summary.TreatmentSessions);
        Assert.Equal(Intensity.Unknown, summary.StartingIntensity);
        Assert.Equal(PracticeConcerns.None, summary.Concerns);
    }

    [Fact]
    public void Without_a_PHQ_9_a_depression_referral_starting_high_is_not_flagged_as_skipping_step_2()
    {
        var input = new SteppingInput { Descriptor = ProblemDescriptor.Depression };
        var summary = SteppedCare.Summarise(Rules, input, [At(0, Intensity.High), At(7, Intensity.High)]).AsT0;
        Assert.Equal(InitialStepReason.DepressionSeverityUnknown, summary.InitialStep.Reason);
        Assert.False(summary.Concerns.HasFlag(PracticeConcerns.SteppedUpWithoutStep2Trial));
    }

    [Fact]
    public void The_review_point_is_reached_at_the_sixth_session()
    {
        SteppedSession[] sessions = [.. Enumerable.Range(0, 6).Select(i => At(7 * i, Intensity.High))];
        Assert.True(SteppedCare.Summarise(Rules, Depression(22), sessions).AsT0.Review.IsDue);
        Assert.False(SteppedCare.Summarise(Rules, Depression(22), sessions.AsSpan(0, 5)).AsT0.Review.IsDue);
    }

    [Fact]
    public void Summarising_allocates_nothing()
    {
        SteppedSession[] sessions =
        [
            At(0, Intensity.Low, Intervention.GuidedSelfHelp), At(7, Intensity.Low, Intervention.NonGuidedSelfHelp),
            At(60, Intensity.High, Intervention.Counselling), At(67, Intensity.High, Intervention.CoupleTherapy),
        ];
        var input = Depression(ended: true, outcome: new CourseOutcome { Recovered = false, AtCasenessAtEnd = true, ReliablyImproved = true });
        _ = SteppedCare.Summarise(Rules, input, sessions);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            _ = SteppedCare.Summarise(Rules, input, sessions);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Episodes;
using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using NodaTime;
using static Iapt.Rules.Tests.Outcomes.Referral;

namespace Iapt.Rules.Tests.Episodes;

/// <summary>Deriving a referral's outcome input and dates from its session records (reference §4; M4 §6.2, §6.4.1).</summary>
public class EpisodeAccumulatorTests
{
    private static readonly LocalDate Day1 = new(2024, 1, 1);

    private static LocalDate Day(int n) => Day1.PlusDays(n - 1);

    private static SessionRecord Session(int day, SessionType type, bool attended = true, Intensity intensity = Intensity.Unknown, params Score[] scores) =>
        new(Day(day), type, attended) { Intensity = intensity, Scores = [.. scores] };

    private static SessionRecord Treatment(int day, params Score[] scores) => Session(day, SessionType.Treatment, scores: scores);

    private static Episode Build(ProblemDescriptor descriptor, LocalDate? discharge, params SessionRecord[] sessions) =>
        Episode.FromSessions(new OutcomeClassifier(RuleSet.ManualV4), descriptor, discharge, sessions);

    [Fact]
    public void Treatment_sessions_are_attended_treatment_or_assessment_and_treatment_sessions()
    {
        var episode = Build(ProblemDescriptor.Depression, Day(30),
            Session(1, SessionType.Assessment),
            Session(2, SessionType.AssessmentAndTreatment),
            Session(3, SessionType.Treatment),
            Session(4, SessionType.Treatment, attended: false),
            Session(5, SessionType.FollowUp),
            Session(6, SessionType.Treatment));
        Assert.Equal(3, episode.TreatmentSessions);
    }

    [Fact]
    public void Sessions_after_discharge_count_for_nothing()
    {
        var episode = Build(ProblemDescriptor.Depression, Day(10),
            Treatment(10, Score("phq9", 20)),
            Treatment(11, Score("phq9", 5)));
        Assert.Equal(1, episode.TreatmentSessions);
        Assert.False(episode.Outcome.Phq9.IsPaired);
    }

    [Fact]
    public void A_referral_has_ended_when_it_has_a_discharge_date()
    {
        Assert.True(Build(ProblemDescriptor.Depression, Day(10)).Ended);
        Assert.False(Build(ProblemDescriptor.Depression, null).Ended);
        Assert.Null(Build(ProblemDescriptor.Depression, null).DischargeDate);
    }

    [Fact]
    public void First_and_last_scores_follow_the_dates_not_the_order_of_arrival()
    {
        var episode = Build(ProblemDescriptor.Depression, Day(30),
            Treatment(9, Score("phq9", 12)),
            Session(1, SessionType.Assessment, scores: Score("phq9", 20)),
            Treatment(20, Score("phq9", 6)),
            Treatment(5, Score("phq9", 15)));
        Assert.Equal(Pair("phq9", 20, 6), episode.Outcome.Phq9);
    }

    [Fact]
    public void One_score_is_not_a_pair()
    {
        var episode = Build(ProblemDescriptor.Depression, Day(30),
            Treatment(1, Score("phq9", 20)),
            Treatment(2));
        Assert.Equal(Pair("phq9", 20, null), episode.Outcome.Phq9);
        Assert.False(episode.Outcome.Phq9.IsPaired);
    }

    [Fact]
    public void Two_scores_on_one_measure_at_one_session_are_not_a_pair()
    {
        var episode = Build(ProblemDescriptor.Depression, Day(30), Treatment(1, Score("phq9", 20), Score("phq9", 5)));
        Assert.False(episode.Outcome.Phq9.IsPaired);
    }

    [Fact]
    public void Scores_at_follow_ups_and_missed_sessions_are_ignored()
    {
        var episode = Build(ProblemDescriptor.Depression, Day(60),
            Treatment(1, Score("phq9", 20)),
            Treatment(10, Score("phq9", 12)),
            Session(11, SessionType.Treatment, attended: false, scores: Score("phq9", 3)),
            Session(40, SessionType.FollowUp, scores: Score("phq9", 2)));
        Assert.Equal(Pair("phq9", 20, 12), episode.Outcome.Phq9);
    }

    [Fact]
    public void Same_date_sessions_are_ordered_by_the_same_day_rule_not_by_arrival()
    {
        var episode = Build(ProblemDescriptor.Depression, Day(30),
            Session(1, SessionType.Assessment, scores: Score("phq9", 20)),
            Treatment(1, Score("phq9", 18)));
        Assert.Equal(Pair("phq9", 20, 18), episode.Outcome.Phq9);
        var reversed = Build(ProblemDescriptor.Depression, Day(30),
            Treatment(1, Score("phq9", 18)),
            Session(1, SessionType.Assessment, scores: Score("phq9", 20)));
        Assert.Equal(episode, reversed);
    }

    [Fact]
    public void Scores_are_kept_for_PHQ9_GAD7_and_the_descriptors_measure_only()
    {
        var episode = Build(ProblemDescriptor.SocialAnxietyDisorder, Day(30),
            Treatment(1, Score("phq9", 20), Score("gad7", 15), Score("spin", 40), Score("pdss", 20)),
            Treatment(8, Score("phq9", 5), Score("gad7", 4), Score("spin", 10), Score("pdss", 2)));
        Assert.Equal(Pair("phq9", 20, 5), episode.Outcome.Phq9);
        Assert.Equal(Pair("gad7", 15, 4), episode.Outcome.Gad7);
        Assert.Equal(Pair("spin", 40, 10), episode.Outcome.Adsm);
        Assert.Equal(MeasureKeys.Spin, Classify(episode.Outcome).AnxietyMeasure.Key);
    }

    [Fact]
    public void The_first_and_second_treatment_dates_follow_the_dates()
    {
        var episode = Build(ProblemDescriptor.Depression, Day(60),
            Treatment(20), Session(2, SessionType.Assessment), Treatment(9), Treatment(30), Treatment(5));
        Assert.Equal(Day(5), episode.FirstTreatmentDate);
        Assert.Equal(Day(9), episode.SecondTreatmentDate);
    }

    [Fact]
    public void Two_treatment_sessions_on_one_day_are_the_first_and_the_second()
    {
        var episode = Build(ProblemDescriptor.Depression, Day(60), Treatment(7), Treatment(7));
        Assert.Equal(Day(7), episode.FirstTreatmentDate);
        Assert.Equal(Day(7), episode.SecondTreatmentDate);
    }

    [Fact]
    public void A_referral_with_one_treatment_session_has_no_second_treatment_date()
    {
        var episode = Build(ProblemDescriptor.Depression, null, Treatment(7), Session(3, SessionType.Assessment));
        Assert.Equal(Day(7), episode.FirstTreatmentDate);
        Assert.Null(episode.SecondTreatmentDate);
        Assert.Null(Build(ProblemDescriptor.Depression, null).FirstTreatmentDate);
    }

    [Fact]
    public void The_step_up_dates_are_the_last_low_and_the_first_high_intensity_treatment_sessions()
    {
        var episode = Build(ProblemDescriptor.Depression, Day(90),
            Session(40, SessionType.Treatment, intensity: Intensity.High),
            Session(3, SessionType.Treatment, intensity: Intensity.Low),
            Session(21, SessionType.Treatment, intensity: Intensity.Low),
            Session(60, SessionType.Treatment, intensity: Intensity.High),
            Session(10, SessionType.Treatment, intensity: Intensity.Low),
            Session(25, SessionType.Treatment, attended: false, intensity: Intensity.Low));
        Assert.Equal(Day(21), episode.LastLowIntensityDate);
        Assert.Equal(Day(40), episode.FirstHighIntensityDate);
    }

    [Fact]
    public void The_accumulator_feeds_the_classifier()
    {
        var accumulator = new EpisodeAccumulator(new OutcomeClassifier(RuleSet.ManualV4), ProblemDescriptor.Depression, Day(30));
        accumulator.Add(Day(14), SessionType.Treatment, attended: true, Intensity.Low, [Score("phq9", 6), Score("gad7", 5)]);
        accumulator.Add(Session(1, SessionType.AssessmentAndTreatment, scores: [Score("phq9", 18), Score("gad7", 12)]));
        var result = Classify(accumulator.ToEpisode().Outcome);
        Assert.True(result.Finished);
        Assert.True(result.ReliableRecovery);
    }

    /// <summary>Sessions on distinct days with random types, attendance and PHQ-9 / GAD-7 scores.</summary>
    private static Gen<SessionRecord[]> DistinctDaySessions() =>
        from days in Gen.Shuffle(Enumerable.Range(1, 40)).Select(d => d.Take(8).ToArray())
        from sessions in Gen.CollectToArray(days, day =>
            from type in Gen.Elements(Enum.GetValues<SessionType>())
            from attended in Gen.Frequency((1, Gen.Constant(false)), (4, Gen.Constant(true)))
            from intensity in Gen.Elements(Enum.GetValues<Intensity>())
            from phq9 in Gen.Choose(-1, 27)
            from gad7 in Gen.Choose(-1, 21)
            select new SessionRecord(Day(day), type, attended)
            {
                Intensity = intensity,
                Scores = [.. (phq9 < 0 ? Array.Empty<Score>() : [Score("phq9", phq9)]), .. (gad7 < 0 ? Array.Empty<Score>() : [Score("gad7", gad7)])],
            })
        select sessions;

    [Property]
    public Property The_order_of_sessions_on_distinct_days_does_not_matter() =>
        Prop.ForAll(
            DistinctDaySessions().SelectMany(s => Gen.Shuffle(s), (s, shuffled) => (Sessions: s, Shuffled: shuffled)).ToArbitrary(),
            input => Build(ProblemDescriptor.Depression, Day(35), input.Sessions)
                     == Build(ProblemDescriptor.Depression, Day(35), input.Shuffled));

    [Theory]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public void Scores_recorded_against_the_referral_count_up_to_the_discharge_date_and_are_no_contact(int day, bool counts)
    {
        var episode = Build(ProblemDescriptor.Depression, Day(30),
            Treatment(5, Score("phq9", 18)),
            Session(day, SessionType.ReferralScores, attended: false, scores: Score("phq9", 6)));
        Assert.Equal(counts ? 6m : null, episode.Outcome.Phq9.Last?.Value);
        Assert.Equal(Day(5), episode.LastContactDate);
        Assert.Null(episode.FirstAssessmentDate);
        Assert.Equal(1, episode.Outcome.TreatmentSessions);
    }

    [Fact]
    public void On_one_date_scores_recorded_against_the_referral_come_before_an_assessments()
    {
        var episode = Build(ProblemDescriptor.Depression, Day(30),
            Session(1, SessionType.Assessment, scores: Score("phq9", 6)),
            Session(1, SessionType.ReferralScores, scores: Score("phq9", 20)));
        Assert.Equal((20m, 6m), (episode.Outcome.Phq9.First?.Value, episode.Outcome.Phq9.Last?.Value));
    }

    [Property]
    public Property A_pair_never_comes_from_fewer_than_two_scored_sessions() =>
        Prop.ForAll(DistinctDaySessions().ToArbitrary(), sessions =>
        {
            var episode = Build(ProblemDescriptor.Depression, Day(35), sessions);
            int scored = sessions.Count(s => (s.Type == SessionType.ReferralScores || (s.Attended && s.Type != SessionType.FollowUp)) && s.Date <= Day(35)
                                             && s.Scores.Any(x => x.Measure.Key == MeasureKeys.Phq9));
            return episode.Outcome.Phq9.IsPaired == (scored >= 2);
        });

    /// <summary>
    /// Without a session of a kind, its date is unknown (null), never a default date; without a score on a measure,
    /// there is no first score either.
    /// </summary>
    [Fact]
    public void Dates_and_scores_that_no_session_gave_are_unknown()
    {
        var episode = Build(ProblemDescriptor.Depression, Day(30),
            Session(1, SessionType.Assessment, scores: Score("gad7", 12)),
            Treatment(5));
        Assert.Equal(Day(5), episode.FirstTreatmentDate);
        Assert.Null(episode.SecondTreatmentDate);
        Assert.Null(episode.LastLowIntensityDate);
        Assert.Null(episode.FirstHighIntensityDate);
        Assert.Null(episode.Outcome.Phq9.First);
        Assert.Null(episode.Outcome.Phq9.Last);
        Assert.NotNull(episode.Outcome.Gad7.First);
    }

    /// <summary>
    /// A score made with another instance of the same measure (the same key, for example from a rule set built with
    /// <c>with</c>) is kept like one made with the rule set's own instance.
    /// </summary>
    [Fact]
    public void Scores_on_another_instance_of_the_same_measure_are_kept()
    {
        var phq9 = RuleSet.ManualV4.Measures[MeasureKeys.Phq9] with { Name = "PHQ-9 (local copy)" };
        var episode = Build(ProblemDescriptor.Depression, Day(30),
            Treatment(1, phq9.ScoreTotal(20).AsT0),
            Treatment(8, phq9.ScoreTotal(6).AsT0));
        Assert.True(episode.Outcome.Phq9.IsPaired);
        Assert.Equal(20, episode.Outcome.Phq9.First!.Value.WholeValue);
        Assert.Equal(6, episode.Outcome.Phq9.Last!.Value.WholeValue);
    }
}

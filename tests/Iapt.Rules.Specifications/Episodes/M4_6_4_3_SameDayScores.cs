using Iapt.Rules.Episodes;
using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using NodaTime;
using static Iapt.Rules.Specifications.Outcomes.Referrals;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Specifications.Episodes;

/// <summary>
/// Scores on one measure on the same date: which is the first and which the last score of the course. M4 §6.2 and
/// Table 9 pair the first and the last score; M4 §6.4.3 claims recovery and reliable change only where they are
/// demonstrated. On one date the session type orders the scores (assessment, then assessment and treatment, then
/// treatment); of scores the type does not tell apart, the lower value is the first score and the higher value the
/// last, so that the pair showing the least improvement is taken. The rule in words is
/// <see cref="EpisodeAccumulator.SameDayOrder"/>; the data-quality figure is <see cref="Episode.HasSameDayScores"/>.
/// Source: seeds/001_a2cac0063d4a7b45.txt §6.2, §6.4.3, Table 9; reference fact sheet §4.
/// </summary>
public class M4_6_4_3_SameDayScores
{
    private static readonly LocalDate Start = new(2024, 3, 1);

    private static LocalDate Day(int n) => Start.PlusDays(n);

    private static SessionRecord Session(int day, SessionType type, params Score[] scores) =>
        new(Day(day), type, true) { Scores = [.. scores] };

    private static SessionRecord Treatment(int day, params Score[] scores) => Session(day, SessionType.Treatment, scores);

    private static Episode Referral(params SessionRecord[] sessions) => Referral(ProblemDescriptor.Depression, sessions);

    private static Episode Referral(ProblemDescriptor descriptor, params SessionRecord[] sessions) =>
        Episode.FromSessions(new OutcomeClassifier(RuleSet.ManualV4), descriptor, Day(90), sessions);

    private static Score Phq9(decimal value) => Score(MeasureKeys.Phq9, value);

    /// <summary>
    /// Same-day order by session type: assessment before assessment and treatment before treatment, whatever the
    /// values and whatever order the sessions arrive in (the later type is given first here).
    /// </summary>
    [Theory]
    [InlineData(SessionType.Assessment, SessionType.AssessmentAndTreatment)]
    [InlineData(SessionType.Assessment, SessionType.Treatment)]
    [InlineData(SessionType.AssessmentAndTreatment, SessionType.Treatment)]
    public void On_one_date_the_session_type_orders_the_scores(SessionType earlier, SessionType later)
    {
        Assert.Equal(Scores(MeasureKeys.Phq9, 20, 8), Referral(Session(1, later, Phq9(8)), Session(1, earlier, Phq9(20))).Outcome.Phq9);
        Assert.Equal(Scores(MeasureKeys.Phq9, 8, 20), Referral(Session(1, later, Phq9(20)), Session(1, earlier, Phq9(8))).Outcome.Phq9);
    }

    /// <summary>M4 §6.4.3: of two first scores of one type on one date the lower is the first score (less improvement is claimed).</summary>
    [Fact]
    public void Of_same_day_first_scores_the_lower_value_is_the_first_score()
    {
        var episode = Referral(Treatment(1, Phq9(18)), Treatment(1, Phq9(12)), Treatment(30, Phq9(6)));
        Assert.Equal(Scores(MeasureKeys.Phq9, 12, 6), episode.Outcome.Phq9);
    }

    /// <summary>M4 §6.4.3: of two last scores of one type on one date the higher is the last score (less improvement is claimed).</summary>
    [Fact]
    public void Of_same_day_last_scores_the_higher_value_is_the_last_score()
    {
        var episode = Referral(Treatment(1, Phq9(18)), Treatment(30, Phq9(9)), Treatment(30, Phq9(4)));
        Assert.Equal(Scores(MeasureKeys.Phq9, 18, 9), episode.Outcome.Phq9);
    }

    /// <summary>
    /// M4 §6.4.3: only demonstrated recovery is claimed. A first PHQ-9 of 9 or of 15 on one day (below and at
    /// caseness) and a last of 4: the first score is 9, so the course is not at caseness at the start and does not
    /// count as recovered.
    /// </summary>
    [Fact]
    public void An_ambiguous_first_day_is_not_read_as_caseness()
    {
        var episode = Referral(
            Treatment(1, Phq9(15), Score(MeasureKeys.Gad7, 5)), Treatment(1, Phq9(9)), Treatment(40, Phq9(4), Score(MeasureKeys.Gad7, 3)));
        Assert.Equal(Scores(MeasureKeys.Phq9, 9, 4), episode.Outcome.Phq9);
        var outcome = new OutcomeClassifier(RuleSet.ManualV4).Classify(episode.Outcome);
        Assert.Equal(CasenessAtStart.NotCase, outcome.CasenessAtStart);
        Assert.NotEqual(true, outcome.Recovered);
    }

    /// <summary>M4 §6.2, Table 9: two equal scores on one day from two sessions are two scores, so they make a pair.</summary>
    [Fact]
    public void Two_equal_scores_on_one_day_from_two_sessions_make_a_pair()
    {
        var episode = Referral(Treatment(1, Phq9(14)), Treatment(1, Phq9(14)));
        Assert.True(episode.Outcome.Phq9.IsPaired);
        Assert.Equal(Scores(MeasureKeys.Phq9, 14, 14), episode.Outcome.Phq9);
        Assert.True(episode.HasSameDayScores);
    }

    /// <summary>The data-quality figure: two scores on one measure on the date of its first score.</summary>
    [Fact]
    public void Two_scores_on_the_first_date_are_same_day_scores()
    {
        Assert.True(Referral(Treatment(1, Phq9(18)), Treatment(1, Phq9(12)), Treatment(30, Phq9(6))).HasSameDayScores);
    }

    /// <summary>The data-quality figure: two scores on one measure on the date of its last score.</summary>
    [Fact]
    public void Two_scores_on_the_last_date_are_same_day_scores()
    {
        Assert.True(Referral(Treatment(1, Phq9(18)), Treatment(30, Phq9(9)), Treatment(30, Phq9(4))).HasSameDayScores);
    }

    /// <summary>The data-quality figure (boundary): same-day scores on a middle date decide neither end, so they do not count.</summary>
    [Fact]
    public void Two_scores_on_a_middle_date_are_not_same_day_scores()
    {
        var episode = Referral(Treatment(1, Phq9(18)), Treatment(15, Phq9(12)), Treatment(15, Phq9(11)), Treatment(30, Phq9(6)));
        Assert.False(episode.HasSameDayScores);
        Assert.Equal(Scores(MeasureKeys.Phq9, 18, 6), episode.Outcome.Phq9);
    }

    /// <summary>The data-quality figure: one score per measure per date is not a same-day score, even with two measures on one date.</summary>
    [Fact]
    public void One_score_per_measure_per_date_is_not_a_same_day_score()
    {
        var episode = Referral(
            Treatment(1, Phq9(18), Score(MeasureKeys.Gad7, 12)), Treatment(30, Phq9(6), Score(MeasureKeys.Gad7, 4)));
        Assert.False(episode.HasSameDayScores);
    }

    /// <summary>The data-quality figure counts GAD-7 (the default anxiety measure, M4 §6.2.1) as well as PHQ-9.</summary>
    [Fact]
    public void Two_GAD7_scores_on_the_first_date_are_same_day_scores()
    {
        var episode = Referral(
            Treatment(1, Score(MeasureKeys.Gad7, 15)), Treatment(1, Score(MeasureKeys.Gad7, 11)), Treatment(30, Score(MeasureKeys.Gad7, 5)));
        Assert.True(episode.HasSameDayScores);
        Assert.Equal(Scores(MeasureKeys.Gad7, 11, 5), episode.Outcome.Gad7);
    }

    /// <summary>The data-quality figure counts the descriptor's recommended measure (M4 Table 6: SPIN for social anxiety disorder).</summary>
    [Fact]
    public void Two_scores_on_the_recommended_measure_on_the_last_date_are_same_day_scores()
    {
        var episode = Referral(ProblemDescriptor.SocialAnxietyDisorder,
            Treatment(1, Score(MeasureKeys.Spin, 40)), Treatment(30, Score(MeasureKeys.Spin, 20)), Treatment(30, Score(MeasureKeys.Spin, 25)));
        Assert.True(episode.HasSameDayScores);
        Assert.Equal(Scores(MeasureKeys.Spin, 40, 25), episode.Outcome.Adsm);
    }

    /// <summary>The data-quality figure ignores measures the episode does not keep (PDSS for a depression referral).</summary>
    [Fact]
    public void Same_day_scores_on_a_measure_not_kept_do_not_count()
    {
        var episode = Referral(
            Treatment(1, Score(MeasureKeys.Pdss, 20)), Treatment(1, Score(MeasureKeys.Pdss, 12)), Treatment(30, Score(MeasureKeys.Pdss, 4)));
        Assert.False(episode.HasSameDayScores);
    }

    /// <summary>The data-quality figure reads only scores that count: a score at a missed session on the first date is not a second score.</summary>
    [Fact]
    public void A_score_at_a_missed_session_is_not_a_same_day_score()
    {
        var missed = new SessionRecord(Day(1), SessionType.Treatment, false) { Scores = [Phq9(12)] };
        var episode = Referral(Treatment(1, Phq9(18)), missed, Treatment(30, Phq9(6)));
        Assert.False(episode.HasSameDayScores);
        Assert.Equal(Scores(MeasureKeys.Phq9, 18, 6), episode.Outcome.Phq9);
    }

    /// <summary>The rule in words, as the report and the rule document state it.</summary>
    [Fact]
    public void The_same_day_order_is_stated_in_words()
    {
        Assert.Equal(
            "scores on one date: scores recorded against the referral (IDS606) before assessment before assessment and treatment before treatment; then the lower value first",
            EpisodeAccumulator.SameDayOrder);
    }
}

using Iapt.Rules.Episodes;
using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using NodaTime;
using static Iapt.Rules.Specifications.Outcomes.Referrals;
using Iapt.Rules.Provenance;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Specifications.Episodes;

/// <summary>
/// M4 §6.4.1 and §6.4.2 (a treatment session is an attended session coded "treatment" or "assessment and
/// treatment"; follow-ups do not count, NHSD) and M4 §6.2, Table 9 (paired scores are the first and last score of a
/// measure, from different sessions). Source: seeds/001_a2cac0063d4a7b45.txt §6.4.1, §6.4.2, Table 9; reference §4.
/// </summary>
public class M4_6_4_1_TreatmentSessions
{
    private static readonly LocalDate Start = new(2024, 3, 1);

    private static Episode Referral(params SessionRecord[] sessions) =>
        Episode.FromSessions(new OutcomeClassifier(RuleSet.ManualV4), ProblemDescriptor.Depression, Start.PlusDays(60), sessions);

    /// <summary>M4 §6.4.1, §6.4.2: treatment sessions are attended sessions coded "treatment" or "assessment and treatment"; NHSD leaves out follow-ups.</summary>
    [Theory]
    [InlineData(SessionType.Assessment, true, 0)]
    [InlineData(SessionType.AssessmentAndTreatment, true, 1)]
    [InlineData(SessionType.Treatment, true, 1)]
    [InlineData(SessionType.FollowUp, true, 0)]
    [InlineData(SessionType.Treatment, false, 0)]
    public void A_treatment_session_is_an_attended_treatment_or_assessment_and_treatment_session(SessionType type, bool attended, int counted)
    {
        Assert.Equal(counted, Referral(new SessionRecord(Start, type, attended)).TreatmentSessions);
    }

    /// <summary>M4 Table 9 and §6.2: the paired scores are the first and the last score of the referral, by session date, whatever the order received.</summary>
    [Fact]
    public void The_first_and_last_scores_are_from_the_earliest_and_latest_sessions()
    {
        var episode = Referral(
            new SessionRecord(Start.PlusDays(21), SessionType.Treatment, true) { Scores = [Score(MeasureKeys.Phq9, 7)] },
            new SessionRecord(Start, SessionType.Assessment, true) { Scores = [Score(MeasureKeys.Phq9, 16)] },
            new SessionRecord(Start.PlusDays(7), SessionType.Treatment, true) { Scores = [Score(MeasureKeys.Phq9, 12)] });
        Assert.Equal(Scores(MeasureKeys.Phq9, 16, 7), episode.Outcome.Phq9);
    }

    /// <summary>M4 §6.2, Table 9: a pair needs two scores from different sessions; one score alone is not a pair.</summary>
    [Fact]
    public void One_score_alone_is_not_a_pair()
    {
        var episode = Referral(
            new SessionRecord(Start, SessionType.AssessmentAndTreatment, true) { Scores = [Score(MeasureKeys.Phq9, 16)] },
            new SessionRecord(Start.PlusDays(7), SessionType.Treatment, true));
        Assert.False(episode.Outcome.Phq9.IsPaired);
    }

    /// <summary>NHSD: a follow-up is not a treatment session, so a score taken at follow-up is not the last score of the course.</summary>
    [Fact]
    public void Follow_up_scores_are_not_last_scores()
    {
        var episode = Referral(
            new SessionRecord(Start, SessionType.Treatment, true) { Scores = [Score(MeasureKeys.Phq9, 16)] },
            new SessionRecord(Start.PlusDays(7), SessionType.Treatment, true) { Scores = [Score(MeasureKeys.Phq9, 9)] },
            new SessionRecord(Start.PlusDays(50), SessionType.FollowUp, true) { Scores = [Score(MeasureKeys.Phq9, 3)] });
        Assert.Equal(Scores(MeasureKeys.Phq9, 16, 9), episode.Outcome.Phq9);
    }
}

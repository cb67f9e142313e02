using Iapt.Rules.Outcomes;
using static Iapt.Rules.Specifications.Outcomes.Referrals;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Specifications.Outcomes;

/// <summary>
/// M4 §6.4.3 (recovery standard; finishing a course of treatment; reliable improvement and reliable recovery) and the
/// NHSD definitions of reliable deterioration and no reliable change (reference §4). PHQ-9 caseness is 10 and above,
/// GAD-7 8 and above (M4 Table 6); reliable-change values PHQ-9 6, GAD-7 4 (NHSD).
/// Source: seeds/001_a2cac0063d4a7b45.txt §6.4.3, Table 6, Table 9.
/// </summary>
public class M4_6_4_3_RecoveryAndReliableChange
{
    /// <summary>"Finishing a course of treatment is a count of everyone who had at least two treatment sessions ... before discharge."</summary>
    [Theory]
    [InlineData(1, true, false)]
    [InlineData(2, true, true)]
    [InlineData(2, false, false)]
    public void Finishing_a_course_of_treatment_is_at_least_two_treatment_sessions_before_discharge(int sessions, bool discharged, bool finished)
    {
        Assert.Equal(finished, Outcome(Course(15, 5, 12, 4, sessions) with { Ended = discharged }).Finished);
    }

    /// <summary>§6.4.3: recovery and reliable improvement are counted among those who finished a course of treatment; a single session claims no outcome.</summary>
    [Fact]
    public void Outcomes_are_claimed_only_for_a_finished_course()
    {
        var outcome = Outcome(Course(15, 5, 12, 4, sessions: 1));
        Assert.Null(outcome.Recovered);
        Assert.Null(outcome.ReliableImprovement);
        Assert.Null(outcome.ReliableRecovery);
    }

    /// <summary>"A person has moved to recovery if their symptoms were ... at clinical caseness at the start ... and below caseness at the end."</summary>
    [Fact]
    public void Recovery_is_caseness_at_the_start_and_both_measures_below_caseness_at_the_end()
    {
        Assert.True(Outcome(Course(15, 7, 10, 5)).Recovered);
    }

    /// <summary>"... above the clinical cut-off on either at the start of treatment ..."</summary>
    [Theory]
    [InlineData(10, 7)] // PHQ-9 alone at caseness
    [InlineData(9, 8)] // GAD-7 alone at caseness
    public void Caseness_on_either_measure_at_the_start_is_enough(int phq9First, int gad7First)
    {
        var outcome = Outcome(Course(phq9First, 3, gad7First, 2));
        Assert.Equal(CasenessAtStart.Case, outcome.CasenessAtStart);
        Assert.True(outcome.Recovered);
    }

    /// <summary>"... and their scores on both are below the clinical cut-off at the end of treatment."</summary>
    [Theory]
    [InlineData(10, 5)] // PHQ-9 still at caseness
    [InlineData(5, 8)] // GAD-7 still at caseness
    public void Recovery_needs_both_last_scores_below_caseness(int phq9Last, int gad7Last)
    {
        Assert.False(Outcome(Course(15, phq9Last, 12, gad7Last)).Recovered);
    }

    /// <summary>§6.4.3: recovery is claimed only for people at caseness at the start ("above the clinical cut-off on either").</summary>
    [Fact]
    public void A_referral_not_at_caseness_at_the_start_cannot_recover()
    {
        var outcome = Outcome(Course(9, 2, 7, 1));
        Assert.Equal(CasenessAtStart.NotCase, outcome.CasenessAtStart);
        Assert.False(outcome.Recovered);
    }

    /// <summary>"IAPT operates a policy of only claiming demonstrated recovery ... missing post-treatment data are coded as having not recovered."</summary>
    [Theory]
    [InlineData(15, null, 12, 4)]
    [InlineData(15, 5, 12, null)]
    public void Missing_post_treatment_data_is_coded_as_not_recovered(int? phq9First, int? phq9Last, int? gad7First, int? gad7Last)
    {
        var outcome = Outcome(Course(phq9First, phq9Last, gad7First, gad7Last));
        Assert.False(outcome.Paired);
        Assert.False(outcome.Recovered);
        Assert.False(outcome.ReliableImprovement);
        Assert.False(outcome.ReliableRecovery);
    }

    /// <summary>"... scores on the depression and/or the relevant anxiety/MUS measure have reduced by a reliable amount and neither measure has shown a reliable increase."</summary>
    [Theory]
    [InlineData(15, 9, 10, 10, true)] // PHQ-9 fell 6 (exactly the value), GAD-7 unchanged
    [InlineData(15, 15, 10, 6, true)] // GAD-7 fell 4 (exactly the value)
    [InlineData(15, 10, 10, 7, false)] // falls of 5 and 3: not reliable
    [InlineData(15, 9, 5, 9, false)] // PHQ-9 fell reliably but GAD-7 rose 4
    public void Reliable_improvement_is_a_reliable_fall_on_either_measure_and_no_reliable_rise(
        int phq9First, int phq9Last, int gad7First, int gad7Last, bool improved)
    {
        Assert.Equal(improved, Outcome(Course(phq9First, phq9Last, gad7First, gad7Last)).ReliableImprovement);
    }

    /// <summary>"The reliable improvement calculation applies to everyone who has a course of treatment irrespective of whether they meet caseness criteria at the start."</summary>
    [Fact]
    public void Reliable_improvement_applies_whether_or_not_at_caseness_at_the_start()
    {
        var outcome = Outcome(Course(9, 2, 7, 1));
        Assert.Equal(CasenessAtStart.NotCase, outcome.CasenessAtStart);
        Assert.True(outcome.ReliableImprovement);
    }

    /// <summary>NHSD: reliable deterioration is a reliable rise on either measure and no reliable fall.</summary>
    [Theory]
    [InlineData(5, 11, 5, 5, true)] // PHQ-9 rose 6
    [InlineData(5, 5, 5, 9, true)] // GAD-7 rose 4
    [InlineData(5, 10, 5, 8, false)] // rises of 5 and 3
    [InlineData(20, 11, 5, 9, false)] // GAD-7 rose 4 but PHQ-9 fell 9
    public void Reliable_deterioration_is_a_reliable_rise_on_either_measure_and_no_reliable_fall(
        int phq9First, int phq9Last, int gad7First, int gad7Last, bool deteriorated)
    {
        Assert.Equal(deteriorated, Outcome(Course(phq9First, phq9Last, gad7First, gad7Last)).ReliableDeterioration);
    }

    /// <summary>NHSD: a finished course with paired scores that neither reliably improved nor reliably deteriorated.</summary>
    [Theory]
    [InlineData(15, 12, 10, 9)] // small falls
    [InlineData(15, 9, 5, 9)] // reliably better on one measure and reliably worse on the other
    public void No_reliable_change_is_paired_scores_neither_improved_nor_deteriorated(int phq9First, int phq9Last, int gad7First, int gad7Last)
    {
        var outcome = Outcome(Course(phq9First, phq9Last, gad7First, gad7Last));
        Assert.True(outcome.NoReliableChange);
        Assert.False(outcome.ReliableImprovement);
        Assert.False(outcome.ReliableDeterioration);
    }

    /// <summary>"A person has 'reliably recovered' if they meet the criteria for both recovery and reliable improvement."</summary>
    [Theory]
    [InlineData(15, 5, 12, 4, true, true, true)] // recovered, and both fell reliably
    [InlineData(11, 9, 9, 7, true, false, false)] // recovered with falls of 2: not reliable
    [InlineData(20, 12, 15, 9, false, true, false)] // reliably improved, PHQ-9 still at caseness
    public void Reliable_recovery_is_recovery_and_reliable_improvement_together(
        int phq9First, int phq9Last, int gad7First, int gad7Last, bool recovered, bool improved, bool reliablyRecovered)
    {
        var outcome = Outcome(Course(phq9First, phq9Last, gad7First, gad7Last));
        Assert.Equal(recovered, outcome.Recovered);
        Assert.Equal(improved, outcome.ReliableImprovement);
        Assert.Equal(reliablyRecovered, outcome.ReliableRecovery);
    }
}

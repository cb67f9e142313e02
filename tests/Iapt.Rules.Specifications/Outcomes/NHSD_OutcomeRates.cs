using Iapt.Rules.Outcomes;
using static Iapt.Rules.Specifications.Outcomes.Referrals;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Specifications.Outcomes;

/// <summary>
/// The national rates (NHSD; reference §4): recovery rate = recovered / (finished - not at caseness); reliable
/// recovery rate = reliably recovered / (finished - not at caseness); reliable improvement and reliable deterioration
/// rates = count / finished. The standards they are read against are M4 §6.4.3 (recovery at least 50%, reliable
/// improvement at least two thirds).
/// </summary>
public class NHSD_OutcomeRates
{
    /// <summary>Ten finished courses: 2 not at caseness, 5 recovered (4 reliably), 7 reliably improved, 1 deteriorated.</summary>
    private static OutcomeRates TenFinishedCourses()
    {
        OutcomeInput[] courses =
        [
            Course(15, 5, 12, 4), Course(15, 5, 12, 4), Course(15, 5, 12, 4), Course(15, 5, 12, 4), // recovered, reliably improved
            Course(11, 9, 9, 7), // recovered, not reliably improved
            Course(20, 12, 15, 9), Course(20, 12, 15, 9), // reliably improved, still at caseness
            Course(20, 19, 15, 14), // at caseness, no reliable change
            Course(9, 2, 7, 1), // not at caseness, reliably improved
            Course(5, 11, 5, 5), // not at caseness, reliably deteriorated
            Course(15, 5, 12, 4, sessions: 1), // not finished: counted in no rate
        ];
        var rates = new OutcomeRates();
        foreach (var course in courses)
        {
            rates.Add(Outcome(course));
        }

        return rates;
    }

    /// <summary>NHSD recovery rate: recovered / (finished a course - not at caseness at the start). 5 / (10 - 2).</summary>
    [Fact]
    public void Recovery_rate_is_recovered_over_finished_minus_not_at_caseness()
    {
        Assert.Equal(new OutcomeRate(5, 8), TenFinishedCourses().Recovery);
    }

    /// <summary>NHSD reliable recovery rate: reliably recovered / (finished - not at caseness). 4 / 8.</summary>
    [Fact]
    public void Reliable_recovery_rate_is_reliably_recovered_over_finished_minus_not_at_caseness()
    {
        Assert.Equal(new OutcomeRate(4, 8), TenFinishedCourses().ReliableRecovery);
    }

    /// <summary>NHSD reliable improvement rate: reliably improved / finished, whether or not at caseness (M4 §6.4.3). 7 / 10.</summary>
    [Fact]
    public void Reliable_improvement_rate_is_reliably_improved_over_finished()
    {
        Assert.Equal(new OutcomeRate(7, 10), TenFinishedCourses().ReliableImprovement);
    }

    /// <summary>NHSD reliable deterioration rate: reliably deteriorated / finished. 1 / 10.</summary>
    [Fact]
    public void Reliable_deterioration_rate_is_reliably_deteriorated_over_finished()
    {
        Assert.Equal(new OutcomeRate(1, 10), TenFinishedCourses().ReliableDeterioration);
    }

    /// <summary>M4 §6.4.3: "a minimum of 50% ... should move to recovery"; "at least two thirds of patients will reliably improve".</summary>
    [Fact]
    public void The_example_service_meets_the_recovery_and_reliable_improvement_standards()
    {
        var rates = TenFinishedCourses();
        Assert.True(rates.Recovery.Reaches(1, 2));
        Assert.True(rates.ReliableImprovement.Reaches(2, 3));
    }
}

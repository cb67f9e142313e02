using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using Iapt.Rules.Provenance;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Specifications.Stepping;

/// <summary>
/// M4 §9.1.2 "Dose of therapy": high-intensity work generally 12 to 20 sessions; an optimal service average of 9 to
/// 10; an initial number of sessions (around 6) followed by a review.
/// Source: seeds/001_a2cac0063d4a7b45.txt, §9.1.2; reference fact sheet §6.
/// </summary>
public class M4_9_1_2_DoseAndReview
{
    private static readonly RuleSet Rules = RuleSet.ManualV4;

    /// <summary>"An initial number of sessions (around 6) followed by a review": due at the sixth session, not before.</summary>
    [Theory]
    [InlineData(0, false, 6)]
    [InlineData(5, false, 1)]
    [InlineData(6, true, 0)]
    [InlineData(7, true, 0)]
    public void A_review_is_due_after_about_6_sessions(int sessions, bool due, int left)
    {
        var review = SteppedCare.Review(Rules, sessions);
        Assert.Equal(due, review.IsDue);
        Assert.Equal(left, review.SessionsUntilReview);
        Assert.Equal("M4 §9.1.2", review.ReviewAfter.Source.ToString());
    }

    /// <summary>"For high-intensity work this would generally be in the range of 12 to 20 sessions."</summary>
    [Theory]
    [InlineData(11, DoseBand.BelowRange)]
    [InlineData(12, DoseBand.WithinRange)]
    [InlineData(20, DoseBand.WithinRange)]
    [InlineData(21, DoseBand.AboveRange)]
    public void High_intensity_work_is_generally_12_to_20_sessions(int sessions, DoseBand expected)
    {
        var dose = SteppedCare.Dose(Rules, Intensity.High, sessions);
        Assert.Equal(expected, dose.Band);
        Assert.Equal("M4 §9.1.2", dose.Range!.Source.ToString());
    }

    /// <summary>"The optimal number of sessions appears to be 9 to 10 for a service as a whole."</summary>
    [Fact]
    public void The_optimal_service_average_is_9_to_10_sessions()
    {
        var range = Rules.Stepping.ServiceOptimumAverage;
        Assert.Equal((9, 10), (range.Minimum, range.Maximum));
    }
}

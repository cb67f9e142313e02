using Iapt.Rules.Provenance;
using Iapt.Rules.Stepping;

namespace Iapt.Rules.Tests.Stepping;

/// <summary>When a course is reviewed (M4 §9.1.2): due once the sessions given reach the review point.</summary>
public class ReviewPointTests
{
    private static readonly Sourced<int> AfterSix = new(6, new Source("M4", "§9.1.2"));

    [Theory]
    [InlineData(5, false, 1)]
    [InlineData(6, true, 0)]
    [InlineData(7, true, 0)]
    public void A_review_is_due_at_the_review_point_and_after(int sessions, bool due, int until)
    {
        var point = new ReviewPoint(sessions, AfterSix);
        Assert.Equal((due, until), (point.IsDue, point.SessionsUntilReview));
    }

    [Fact]
    public void The_review_point_in_words()
    {
        Assert.Equal("6 sessions given: review due (review after 6 sessions). [M4 §9.1.2]", new ReviewPoint(6, AfterSix).Explain());
        Assert.Equal("4 sessions given: review in 2 more (review after 6 sessions). [M4 §9.1.2]", new ReviewPoint(4, AfterSix).Explain());
    }
}

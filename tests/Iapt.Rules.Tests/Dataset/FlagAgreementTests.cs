using Iapt.Rules.Dataset;

namespace Iapt.Rules.Tests.Dataset;

public class FlagAgreementTests
{
    // reference §9 (NHS Digital's derived columns): the share of compared referrals that agree.
    [Fact]
    public void The_rate_is_the_agreed_share_of_those_compared()
    {
        Assert.Equal(0.75m, new FlagAgreement(NhsdIndicator.Recovery, 4, 3).Rate);
    }

    [Fact]
    public void The_rate_is_none_when_nothing_was_compared()
    {
        Assert.Null(new FlagAgreement(NhsdIndicator.Recovery, 0, 0).Rate);
    }
}

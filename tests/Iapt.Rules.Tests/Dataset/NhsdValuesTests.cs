using Iapt.Rules.Dataset;

namespace Iapt.Rules.Tests.Dataset;

public class NhsdValuesTests
{
    // reference §9: the flags' columns in IDS101Referral.
    [Theory]
    [InlineData(NhsdIndicator.CompletedTreatment, "CompletedTreatment_Flag")]
    [InlineData(NhsdIndicator.NotCaseness, "NotCaseness_Flag")]
    [InlineData(NhsdIndicator.Recovery, "Recovery_Flag")]
    [InlineData(NhsdIndicator.ReliableImprovement, "ReliableImprovement_Flag")]
    [InlineData(NhsdIndicator.ReliableDeterioration, "ReliableDeterioration_Flag")]
    public void Each_flag_is_read_from_its_column(NhsdIndicator flag, string column)
    {
        Assert.Equal(column, NhsdValues.ColumnOf(flag));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Setting_a_flag_back_to_none_clears_it(bool value)
    {
        var flags = default(NhsdValues).With(NhsdIndicator.Recovery, value).With(NhsdIndicator.Recovery, null);
        Assert.Null(flags[NhsdIndicator.Recovery]);
        Assert.False(flags.Any);
    }

    [Fact]
    public void Clearing_one_flag_keeps_the_others()
    {
        var flags = default(NhsdValues).With(NhsdIndicator.Recovery, true).With(NhsdIndicator.NotCaseness, false).With(NhsdIndicator.Recovery, null);
        Assert.False(flags[NhsdIndicator.NotCaseness]);
        Assert.True(flags.Any);
    }
}

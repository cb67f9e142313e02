using Iapt.Rules.Dataset;

namespace Iapt.Rules.Tests.Dataset;

/// <summary>The translator's index of referral ids: numbered in the order added, found by their characters.</summary>
public class IdIndexTests
{
    [Fact]
    public void Ids_are_numbered_in_the_order_added_and_found_again_past_every_growth_of_the_table()
    {
        var index = new IdIndex();
        for (int i = 0; i < 100_000; i++)
        {
            Assert.Equal(i, index.Add($"R{i:D8}"));
        }

        Assert.Equal(100_000, index.Count);
        for (int i = 0; i < 100_000; i++)
        {
            Assert.Equal(i, index.IndexOf($"R{i:D8}"));
            Assert.Equal($"R{i:D8}", index[i]);
        }
    }

    [Theory]
    [InlineData("R2")]
    [InlineData("r1")]
    [InlineData("R1 ")]
    [InlineData("")]
    public void An_id_never_added_is_not_found(string id)
    {
        var index = new IdIndex();
        index.Add("R1");
        index.Add("R10");
        Assert.Equal(-1, index.IndexOf(id));
    }

    [Fact]
    public void Ids_that_differ_only_in_case_are_two_ids()
    {
        var index = new IdIndex();
        int upper = index.Add("P1");
        int lower = index.Add("p1");
        Assert.NotEqual(upper, lower);
        Assert.Equal(upper, index.IndexOf("P1"));
        Assert.Equal(lower, index.IndexOf("p1"));
    }
}

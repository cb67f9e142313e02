using Iapt.Rules.Provenance;
using Iapt.Rules.Stepping;

namespace Iapt.Rules.Tests.Stepping;

/// <summary>A recommended number of sessions (M4 §9.1.2, Table 3): both ends are in the range.</summary>
public class SessionRangeTests
{
    private static readonly SessionRange SixToEight = new(6, 8, 7m, new Source("M4", "Table 3"));

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    [InlineData(7, true)]
    [InlineData(8, true)]
    [InlineData(9, false)]
    public void A_range_holds_its_minimum_its_maximum_and_what_lies_between(int sessions, bool contains)
    {
        Assert.Equal(contains, SixToEight.Contains(sessions));
    }

    [Fact]
    public void A_range_in_words_gives_its_ends_its_average_and_its_source()
    {
        Assert.Equal("6-8 sessions, average 7 (M4 Table 3)", SixToEight.ToString());
        Assert.Equal("6-8 sessions (M4 Table 3)", (SixToEight with { Average = null }).ToString());
    }
}

using Iapt.Rules.Dataset;

namespace Iapt.Rules.Tests.Dataset;

/// <summary>The translator's chunked store: what is added stays where it was, across the first chunk's growth and past a chunk's end.</summary>
public class ChunkedListTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(65_536)]
    [InlineData(65_537)]
    [InlineData(200_000)]
    public void Every_item_added_is_read_back_in_order(int count)
    {
        var list = new ChunkedList<int>();
        for (int i = 0; i < count; i++)
        {
            list.Add(i * 3);
        }

        Assert.Equal(count, list.Count);
        for (int i = 0; i < count; i++)
        {
            Assert.Equal(i * 3, list[i]);
        }
    }

    [Fact]
    public void An_item_is_changed_through_its_reference()
    {
        var list = new ChunkedList<long>();
        for (int i = 0; i < 70_000; i++)
        {
            list.Add(i);
        }

        list[65_540] = -1;
        list[3] += 10;
        Assert.Equal(-1, list[65_540]);
        Assert.Equal(13, list[3]);
        Assert.Equal(65_539, list[65_539]);
    }

    [Fact]
    public void A_reference_taken_before_more_items_are_added_still_reaches_its_item()
    {
        var list = new ChunkedList<int>();
        for (int i = 0; i < 65_536; i++)
        {
            list.Add(i);
        }

        ref int item = ref list[65_000];
        for (int i = 0; i < 70_000; i++)
        {
            list.Add(i);
        }

        item = 7;
        Assert.Equal(7, list[65_000]);
    }
}

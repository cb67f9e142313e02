using Iapt.Rules.Dataset;

namespace Iapt.Rules.Tests.Dataset;

/// <summary>The translator's store of care contact ids: each text back as stored, whatever its length.</summary>
public class TextStoreTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65_534)]
    [InlineData(65_535)]
    [InlineData(70_000)]
    [InlineData((1 << 20) - 1)]
    [InlineData((1 << 20) + 5)]
    public void A_text_of_any_length_is_read_back_between_two_others(int length)
    {
        var store = new TextStore();
        int before = store.Add("C1");
        string text = new('x', length);
        int at = store.Add(text);
        int after = store.Add("C2");
        Assert.Equal(text, store[at].ToString());
        Assert.Equal("C1", store[before].ToString());
        Assert.Equal("C2", store[after].ToString());
    }

    [Fact]
    public void Texts_filling_several_chunks_are_all_kept()
    {
        var store = new TextStore();
        var references = new List<int>();
        for (int i = 0; i < 400_000; i++)
        {
            references.Add(store.Add($"C{i}"));
        }

        for (int i = 0; i < references.Count; i++)
        {
            Assert.Equal($"C{i}", store[references[i]].ToString());
        }
    }

    [Fact]
    public void Equals_compares_the_characters_ordinally()
    {
        var store = new TextStore();
        int at = store.Add("C10");
        Assert.True(store.Equals(at, "C10"));
        Assert.False(store.Equals(at, "c10"));
        Assert.False(store.Equals(at, "C1"));
        Assert.False(store.Equals(at, "C100"));
        Assert.False(store.Equals(at, string.Empty));
    }
}

using FsCheck;
using FsCheck.Xunit;
using Iapt.Rules.Csv;

namespace Iapt.Rules.Tests.Csv;

/// <summary>The report's table of referral ids: numbered in the order added, found by a span, duplicates refused.</summary>
public class ReferralIdsTests
{
    [Fact]
    public void Ids_are_numbered_in_the_order_they_are_added()
    {
        var ids = new ReferralIds(0);

        Assert.True(ids.TryAdd("R1", out int first));
        Assert.True(ids.TryAdd("R2", out int second));

        Assert.Equal(0, first);
        Assert.Equal(1, second);
        Assert.Equal(2, ids.Count);
        Assert.Equal("R1", ids[0].ToString());
        Assert.Equal("R2", ids[1].ToString());
    }

    [Fact]
    public void Adding_an_id_again_gives_the_first_number_and_adds_nothing()
    {
        var ids = new ReferralIds(0);
        ids.TryAdd("R1", out _);
        ids.TryAdd("R2", out _);

        Assert.False(ids.TryAdd("R1", out int existing));

        Assert.Equal(0, existing);
        Assert.Equal(2, ids.Count);
    }

    [Fact]
    public void Ids_compare_ordinally_case_and_spaces_included()
    {
        var ids = new ReferralIds(0);
        ids.TryAdd("r1", out _);

        Assert.False(ids.TryGet("R1", out int upper));
        Assert.False(ids.TryGet("r1 ", out _));
        Assert.True(ids.TryAdd("R1", out _));
        Assert.Equal(-1, upper);
    }

    [Fact]
    public void An_id_not_in_the_table_is_not_found()
    {
        var ids = new ReferralIds(4);
        ids.TryAdd("R1", out _);

        Assert.False(ids.TryGet("R10", out int index));
        Assert.False(ids.TryGet(string.Empty, out _));
        Assert.Equal(-1, index);
    }

    [Fact]
    public void The_table_grows_past_its_first_size_keeping_every_number()
    {
        // Sized for 16: 10,000 ids make the buffers and the hash table grow several times.
        var ids = new ReferralIds(1);
        for (int i = 0; i < 10_000; i++)
        {
            Assert.True(ids.TryAdd($"P{i}", out int added));
            Assert.Equal(i, added);
        }

        for (int i = 0; i < 10_000; i++)
        {
            Assert.True(ids.TryGet($"P{i}", out int found));
            Assert.Equal(i, found);
            Assert.Equal($"P{i}", ids[i].ToString());
        }
    }

    [Property(MaxTest = 200)]
    public void The_table_numbers_and_finds_ids_as_a_dictionary_of_first_occurrences_does(NonNull<string>[] values)
    {
        var ids = new ReferralIds(values.Length / 4);
        var model = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var value in values.Select(v => v.Get))
        {
            bool added = ids.TryAdd(value, out int index);
            bool expectedAdded = model.TryAdd(value, model.Count);
            Assert.Equal(expectedAdded, added);
            Assert.Equal(model[value], index);
        }

        Assert.Equal(model.Count, ids.Count);
        foreach (var (value, number) in model)
        {
            Assert.True(ids.TryGet(value, out int found));
            Assert.Equal(number, found);
            Assert.Equal(value, ids[number].ToString());
        }
    }

    /// <summary>The character buffer (10 a slot, 160 for the smallest table) grows to fit an id of any length at once.</summary>
    [Fact]
    public void An_id_longer_than_twice_the_buffer_fits()
    {
        var ids = new ReferralIds(0);
        string id = new('x', 400);

        Assert.True(ids.TryAdd(id, out int index));
        Assert.True(ids.TryAdd("R2", out _));

        Assert.Equal(id, ids[index].ToString());
        Assert.Equal("R2", ids[1].ToString());
    }

    /// <summary>
    /// Two different ids with the same 32-bit hash are two ids: the table compares the characters, not the hash
    /// alone. The hash is randomised per process, so the pair is searched for here (by the birthday bound one turns
    /// up within a few hundred thousand ids); they then start their search at the same slot.
    /// </summary>
    [Fact]
    public void Two_ids_with_the_same_hash_are_kept_apart()
    {
        var (first, second) = IdsWithTheSameHash();
        var ids = new ReferralIds(0);

        Assert.True(ids.TryAdd(first, out int a));
        Assert.True(ids.TryAdd(second, out int b));
        Assert.True(ids.TryGet(first, out int foundFirst));
        Assert.True(ids.TryGet(second, out int foundSecond));

        Assert.Equal((0, 1), (a, b));
        Assert.Equal((0, 1), (foundFirst, foundSecond));
        Assert.Equal(2, ids.Count);
    }

    private static (string First, string Second) IdsWithTheSameHash()
    {
        var byHash = new Dictionary<int, string>();
        for (int i = 0; i < 20_000_000; i++)
        {
            string id = $"P{i}";
            if (!byHash.TryAdd(string.GetHashCode(id.AsSpan()), id))
            {
                return (byHash[string.GetHashCode(id.AsSpan())], id);
            }
        }

        throw new InvalidOperationException("no two of 20 million ids share a hash");
    }
}

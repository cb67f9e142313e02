using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.ProblemDescriptors;

/// <summary>The explicit keys of a descriptor table: checked when the table is made, replaced or added by <c>WithKey</c>.</summary>
public class DescriptorKeyTests
{
    private static readonly Source Local = new("LOCAL", "service keys");

    [Theory]
    [InlineData(" pain")]
    [InlineData("pain ")]
    [InlineData("   ")]
    public void A_padded_or_blank_key_is_refused(string key)
    {
        var table = RuleSet.ManualV4.Descriptors;
        Assert.Throws<ArgumentException>(() => new DescriptorTable(table.DepressionMeasure, table.DefaultAnxietyMeasure,
            table.Rows, table.Codes, table.Keys.Append(new DescriptorKey(key, ProblemDescriptor.ChronicPain, Local))));
    }

    [Fact]
    public void A_key_given_again_replaces_the_old_one_whatever_its_case()
    {
        var table = RuleSet.ManualV4.Descriptors;
        var changed = table.WithKey(new DescriptorKey("BDD", ProblemDescriptor.HealthAnxiety, Local));
        Assert.Equal(table.Keys.Length, changed.Keys.Length);
        Assert.Equal(ProblemDescriptor.HealthAnxiety, changed.Parse("bdd").AsT0);
        Assert.Equal(ProblemDescriptor.BodyDysmorphicDisorder, changed.Parse("83482000").AsT0);
    }

    [Fact]
    public void A_new_key_is_added_after_the_others()
    {
        var table = RuleSet.ManualV4.Descriptors;
        var changed = table.WithKey(new DescriptorKey("pain", ProblemDescriptor.ChronicPain, Local));
        Assert.Equal(table.Keys.Length + 1, changed.Keys.Length);
        Assert.Equal(table.Keys.Select(k => k.Key).Append("pain"), changed.Keys.Select(k => k.Key));
    }
}

using Iapt.Rules.Stepping;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Tests.Stepping;

/// <summary>Intervention keys: unique, round-tripping, forgiving of case and spaces, and unknown keys refused.</summary>
public class InterventionsTests
{
    [Fact]
    public void Every_intervention_has_a_unique_key_that_reads_back()
    {
        var keys = Interventions.All.Select(i => i.Key()).ToArray();
        Assert.Equal(keys.Length, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain("unknown", keys);
        foreach (var intervention in Interventions.All)
        {
            Assert.True(Interventions.TryParse(intervention.Key(), out var read));
            Assert.Equal(intervention, read);
        }
    }

    [Theory]
    [InlineData(" CBT_ERP ", Intervention.CbtWithExposureAndResponsePrevention)]
    [InlineData("Guided_Self_Help", Intervention.GuidedSelfHelp)]
    [InlineData("mbct", Intervention.MindfulnessBasedCognitiveTherapy)]
    public void Keys_ignore_case_and_surrounding_spaces(string key, Intervention expected)
    {
        Assert.True(Interventions.TryParse(key, out var read));
        Assert.Equal(expected, read);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("unknown")]
    [InlineData("hypnotherapy")]
    public void Unknown_keys_are_refused(string? key)
    {
        Assert.False(Interventions.TryParse(key, out var read));
        Assert.Equal(Intervention.Unknown, read);
    }

    [Fact]
    public void Every_intervention_has_a_name()
    {
        Assert.All(Interventions.All, i => Assert.NotEqual("an unrecorded intervention", i.Name()));
    }
}

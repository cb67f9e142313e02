using Iapt.Rules.Dataset;
using Iapt.Rules.Outcomes;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Dataset;

/// <summary>A disagreement's explanation, written when read: the same text, the same equality, as one built with it.</summary>
public class FlagDisagreementTests
{
    private static readonly OutcomeClassifier Classifier = new(RuleSet.ManualV4);

    private static FlagDisagreement Deferred(string id = "P1") =>
        new(id, NhsdIndicator.Recovery, true, false, new FlagDisagreement.Deferred(Classifier, default));

    [Fact]
    public void A_deferred_explanation_is_the_classifier_s_explanation_of_the_outcome()
    {
        string expected = Classifier.Explain(default).ToString();
        Assert.Equal(expected, Deferred().Explanation);
        Assert.Equal(expected, Deferred().Explanation);
    }

    [Fact]
    public void A_deferred_disagreement_equals_one_built_with_its_text()
    {
        var deferred = Deferred();
        var built = new FlagDisagreement("P1", NhsdIndicator.Recovery, true, false, Classifier.Explain(default).ToString());
        Assert.Equal(built, deferred);
        Assert.Equal(built.GetHashCode(), deferred.GetHashCode());
    }

    [Fact]
    public void Disagreements_differing_in_any_value_are_not_equal()
    {
        var one = new FlagDisagreement("P1", NhsdIndicator.Recovery, true, false, "x");
        Assert.NotEqual(one, one with { PathwayId = "P2" });
        Assert.NotEqual(one, one with { Flag = NhsdIndicator.ReliableImprovement });
        Assert.NotEqual(one, one with { NhsDigital = false });
        Assert.NotEqual(one, one with { Engine = true });
        Assert.NotEqual(one, one with { Explanation = "y" });
        Assert.NotEqual(one, Deferred("P2"));
        Assert.False(one.Equals(null));
    }
}

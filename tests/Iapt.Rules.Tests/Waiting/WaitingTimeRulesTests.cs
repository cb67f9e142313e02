using System.Collections.Immutable;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>The waiting-time rule-set data: provenance, defaults on the rule set, and checks on custom bands.</summary>
public class WaitingTimeRulesTests
{
    private static readonly Source Local = new("LOCAL", "test");

    [Fact]
    public void The_default_rule_set_carries_the_Manual_v4_waiting_time_rules()
    {
        Assert.Same(WaitingTimeRules.ManualV4, RuleSet.ManualV4.Waiting);
    }

    [Fact]
    public void Every_waiting_time_value_has_a_source()
    {
        var rules = WaitingTimeRules.ManualV4;
        Assert.Equal("NHSD", rules.SixWeekStandardDays.Source.Document);
        Assert.Equal("M4", rules.SixWeekTarget.Source.Document);
        Assert.Equal("M4", rules.StepUpStandardDays.Source.Document);
        Assert.All(rules.Bands, b => Assert.Equal("NHSD", b.Source.Document));
        Assert.All(rules.RulesOfThumb, r => Assert.Equal("M4 §8.1.4", r.Source.ToString()));
        Assert.All(rules.AccessStandards, s => Assert.Contains(s.Source.Document, new[] { "OSS", "RtB" }));
    }

    [Fact]
    public void A_custom_set_of_bands_must_cover_every_wait_once()
    {
        var rules = WaitingTimeRules.ManualV4;
        Assert.Throws<ArgumentException>(() => rules with { Bands = [] });
        Assert.Throws<ArgumentException>(() => rules with { Bands = [new WaitBand("1+", 1, null, Local)] });
        Assert.Throws<ArgumentException>(() => rules with { Bands = [new WaitBand("0-10", 0, 10, Local), new WaitBand("12+", 12, null, Local)] });
        Assert.Throws<ArgumentException>(() => rules with { Bands = [new WaitBand("0-10", 0, 10, Local), new WaitBand("11-20", 11, 20, Local)] });
        Assert.Throws<ArgumentException>(() => rules with { Bands = [new WaitBand("0+", 0, null, Local), new WaitBand("x", 1, null, Local)] });

        var two = rules with { Bands = [new WaitBand("short", 0, 41, Local), new WaitBand("long", 42, null, Local)] };
        Assert.Equal("short", two.FindBand(41).Key);
        Assert.Equal("long", two.FindBand(42).Key);
    }

    [Fact]
    public void A_negative_wait_has_no_band()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WaitingTimeRules.ManualV4.FindBand(-1));
    }

    [Fact]
    public void A_service_can_add_its_own_access_standard()
    {
        var mine = new AccessStandard("local-assessment", "Assessment within 5 working days",
            AccessMilestone.Referral, AccessMilestone.Assessment, 5, DayCounting.WorkingDays, Local);
        var rules = RuleSet.ManualV4 with
        {
            Waiting = RuleSet.ManualV4.Waiting with { AccessStandards = RuleSet.ManualV4.Waiting.AccessStandards.Add(mine) },
        };
        Assert.Same(mine, rules.Waiting.FindAccessStandard("local-assessment"));
        Assert.Null(RuleSet.ManualV4.Waiting.FindAccessStandard("local-assessment"));
    }

    [Theory]
    [InlineData(4, 2, 3)]
    [InlineData(6, 4, 5)]
    public void The_rules_of_thumb_are_found_by_target(int target, int lower, int upper)
    {
        var rule = WaitingTimeRules.ManualV4.FindRuleOfThumb(target)!;
        Assert.Equal(lower, rule.MinimumWeeksOfDemand);
        Assert.Equal(upper, rule.MaximumWeeksOfDemand);
    }

    [Fact]
    public void Bands_describe_themselves()
    {
        ImmutableArray<WaitBand> bands = WaitingTimeRules.ManualV4.Bands;
        Assert.Equal("29-56 (29 to 56 days)", bands[1].ToString());
        Assert.Equal("over-90 (91 days or more)", bands[3].ToString());
    }
}

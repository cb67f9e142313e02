using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using Iapt.Rules.Provenance;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Tests.Stepping;

/// <summary>The stepping part of the default rule set: every value sourced, and overridable without forking.</summary>
public class SteppingRulesTests
{
    [Fact]
    public void The_default_rule_set_carries_the_Manual_v4_stepping_rules()
    {
        Assert.Same(SteppingRules.ManualV4, RuleSet.ManualV4.Stepping);
    }

    [Fact]
    public void The_numbers_are_sourced()
    {
        var s = RuleSet.ManualV4.Stepping;
        Assert.Equal("6 (M4 §9.1.2)", s.ReviewAfterSessions.ToString());
        Assert.Equal("M4 Table 7, §6.4.3", s.Step2TrialMinimumSessions.Source.ToString());
        Assert.Equal("M4 Table 7, §9.1.2", s.ShortCourseBelowSessions.Source.ToString());
        Assert.Equal("1-6 sessions, average 4 (OSS 6)", s.LowIntensityDose.ToString());
        Assert.Equal("12-20 sessions (M4 §9.1.2)", s.HighIntensityDose.ToString());
        Assert.Equal("M4 Table 2", s.Table2.Source.ToString());
        Assert.All(s.Table2, row => Assert.Equal("M4", row.Source.Document));
    }

    [Fact]
    public void A_service_can_change_the_review_point_and_the_dose_of_a_custom_rule_set()
    {
        var mine = RuleSet.ManualV4 with
        {
            Name = "Our service",
            Version = "2026.1",
            Stepping = RuleSet.ManualV4.Stepping with
            {
                ReviewAfterSessions = new Sourced<int>(4, new Source("LOCAL", "review policy")),
                HighIntensityDose = new SessionRange(8, 20, 12m, new Source("OSS", "7")),
            },
        };
        Assert.True(SteppedCare.Review(mine, 4).IsDue);
        Assert.False(SteppedCare.Review(RuleSet.ManualV4, 4).IsDue);
        Assert.Equal(DoseBand.WithinRange, SteppedCare.Dose(mine, Intensity.High, 8).Band);
        Assert.Equal(DoseBand.BelowRange, SteppedCare.Dose(RuleSet.ManualV4, Intensity.High, 8).Band);
    }

    [Fact]
    public void An_unknown_intensity_has_no_dose_range()
    {
        var dose = SteppedCare.Dose(RuleSet.ManualV4, Intensity.Unknown, 5);
        Assert.Equal(DoseBand.Unknown, dose.Band);
        Assert.Null(dose.Range);
        Assert.Equal("5 treatment sessions: no range for an unknown intensity", dose.Explain());
    }

    [Fact]
    public void Negative_session_counts_are_programmer_errors()
    {
        Assert.Throws<ArgumentException>(() => SteppedCare.Review(RuleSet.ManualV4, -1));
        Assert.Throws<ArgumentException>(() => SteppedCare.Dose(RuleSet.ManualV4, Intensity.Low, -1));
    }
}

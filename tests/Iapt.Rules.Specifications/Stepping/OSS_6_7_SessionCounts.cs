using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using Iapt.Rules.Provenance;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Specifications.Stepping;

/// <summary>
/// The Outline Service Specification's session counts: step 2 (OSS 6) low-intensity interventions 1-6 sessions,
/// average 4; computerised CBT 8 sessions; individual CBT with a therapist 6-8, average 7. Steps 3 and 4 (OSS 7)
/// individual CBT 8-20, average 12; group CBT up to 12 sessions.
/// Source: seeds/002_1a0f5e1b5e1ca585.txt, paragraphs 6 and 7; reference fact sheet §6.
/// </summary>
public class OSS_6_7_SessionCounts
{
    private static readonly SteppingRules Stepping = RuleSet.ManualV4.Stepping;

    /// <summary>One case per session count of OSS 6-7: minimum, maximum, average (0 when none is given), paragraph.</summary>
    [Theory]
    [InlineData("low intensity", 1, 6, 4, "6")]
    [InlineData("computerised CBT", 8, 8, 0, "6")]
    [InlineData("step 2 individual CBT", 6, 8, 7, "6")]
    [InlineData("high-intensity individual CBT", 8, 20, 12, "7")]
    [InlineData("group CBT", 1, 12, 0, "7")]
    public void OSS_session_count(string what, int minimum, int maximum, int average, string paragraph)
    {
        var range = what switch
        {
            "low intensity" => Stepping.LowIntensityDose,
            "computerised CBT" => Stepping.ComputerisedCbtDose,
            "step 2 individual CBT" => Stepping.Step2IndividualCbtDose,
            "high-intensity individual CBT" => Stepping.HighIntensityCbtDose,
            _ => Stepping.GroupCbtDose,
        };
        Assert.Equal(minimum, range.Minimum);
        Assert.Equal(maximum, range.Maximum);
        Assert.Equal(average == 0 ? null : average, range.Average);
        Assert.Equal(("OSS", paragraph), (range.Source.Document, range.Source.Location));
    }

    /// <summary>OSS 6: low intensity is 1-6 sessions, so 6 is within and 7 above.</summary>
    [Theory]
    [InlineData(0, DoseBand.BelowRange)]
    [InlineData(1, DoseBand.WithinRange)]
    [InlineData(6, DoseBand.WithinRange)]
    [InlineData(7, DoseBand.AboveRange)]
    public void Low_intensity_is_1_to_6_sessions(int sessions, DoseBand expected) =>
        Assert.Equal(expected, SteppedCare.Dose(RuleSet.ManualV4, Intensity.Low, sessions).Band);
}

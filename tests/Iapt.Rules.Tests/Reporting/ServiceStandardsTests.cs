using Iapt.Rules.Provenance;
using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Reporting;

/// <summary>
/// <see cref="ServiceStandards.ManualV4"/>: the national standards of the IAPT Manual v4 a report judges rates against
/// (reference §7: M4 §6.3.1, §6.4.3, Table 7, Table 8; MQS 11) and the national intensity mix it shows beside them.
/// </summary>
public class ServiceStandardsTests
{
    private static readonly ServiceStandards M4 = ServiceStandards.ManualV4;

    private static ServiceStandard Named(string key) => key switch
    {
        "recovery_rate" => M4.RecoveryRate,
        "reliable_improvement_rate" => M4.ReliableImprovementRate,
        "paired_data_completeness" => M4.PairedDataCompleteness,
        "problem_descriptor_recorded" => M4.ProblemDescriptorRecorded,
        "seen_to_course" => M4.SeenToCourseOfTreatment,
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };

    [Theory]
    [InlineData("recovery_rate", "recovered / (finished - not at caseness)", "0.5", StandardComparison.AtLeast, "§6.4.3")]
    [InlineData("paired_data_completeness", "finished courses with paired PHQ-9 and anxiety-measure scores / finished", "0.9", StandardComparison.AtLeast, "§6.3.1; MQS 11")]
    [InlineData("problem_descriptor_recorded", "finished courses with a problem descriptor / finished", "0.8", StandardComparison.AtLeast, "Table 8")]
    [InlineData("seen_to_course", "finished courses / referrals seen", "0.5", StandardComparison.MoreThan, "Table 7, Table 8")]
    public void Each_decimal_standard_has_its_key_description_target_comparison_and_source(string key, string description, string target, StandardComparison comparison, string location)
    {
        var standard = Named(key);
        Assert.Equal(key, standard.Key);
        Assert.Equal(description, standard.Description);
        Assert.Equal(decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture), standard.Target);
        Assert.Equal(comparison, standard.Comparison);
        Assert.Null(standard.TargetFraction);
        Assert.Equal(new Source("M4", location), standard.Source);
    }

    /// <summary>Two thirds is held as the exact fraction 2/3, so that 2 of 3 meets it where 0.6666...7 would not (M4 §6.4.3, Table 8).</summary>
    [Fact]
    public void Reliable_improvement_is_at_least_exactly_two_thirds()
    {
        var standard = M4.ReliableImprovementRate;
        Assert.Equal("reliable_improvement_rate", standard.Key);
        Assert.Equal("reliably improved / finished", standard.Description);
        Assert.Equal((2L, 3L), standard.TargetFraction);
        Assert.Equal(2m / 3m, standard.Target);
        Assert.Equal(StandardComparison.AtLeast, standard.Comparison);
        Assert.Equal(Source.M4("§6.4.3, Table 8"), standard.Source);
        Assert.True(standard.IsMet(2, 3));
        Assert.False(standard.IsMet(1999, 3000));
    }

    [Theory]
    [InlineData("low", "0.37")]
    [InlineData("high", "0.29")]
    [InlineData("both", "0.34")]
    public void The_national_intensity_mix_is_that_of_M4_Table_8(string intensity, string share)
    {
        var figure = intensity switch
        {
            "low" => M4.NationalLowIntensityOnly,
            "high" => M4.NationalHighIntensityOnly,
            _ => M4.NationalBothIntensities,
        };
        Assert.Equal(decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture), figure.Value);
        Assert.Equal(Source.M4("Table 8"), figure.Source);
    }

    [Fact]
    public void The_national_intensity_mix_adds_up_to_all_finished_courses()
    {
        Assert.Equal(1m, M4.NationalLowIntensityOnly.Value + M4.NationalHighIntensityOnly.Value + M4.NationalBothIntensities.Value);
    }

    [Fact]
    public void The_manual_v4_rule_set_reads_these_standards()
    {
        Assert.Same(ServiceStandards.ManualV4, RuleSet.ManualV4.Standards);
    }
}

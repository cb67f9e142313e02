using Iapt.Rules.Dataset;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Dataset;

public class DatasetReportTests
{
    private static DatasetInput Input(NhsdValues flags) => new()
    {
        Referrals = [new ReferralRow(2, "P1", "2024-01-01", "2024-06-30") { Flags = flags }],
        CareContacts = [new(2, "P1", "C1", "2024-02-01", "5", "02")],
    };

    [Fact]
    public void A_report_has_flags_when_some_flag_was_compared()
    {
        var report = NationalDataset.Report(RuleSet.ManualV4, Input(default(NhsdValues).With(NhsdIndicator.CompletedTreatment, false)));
        Assert.True(report.HasFlags);
        Assert.Contains(report.Report.Sections, s => s.Key == NationalDataset.AgreementSection);
    }

    [Fact]
    public void A_report_without_flags_has_no_agreement_section()
    {
        var report = NationalDataset.Report(RuleSet.ManualV4, Input(default));
        Assert.False(report.HasFlags);
        Assert.DoesNotContain(report.Report.Sections, s => s.Key == NationalDataset.AgreementSection);
    }

    // reference §9 (NHS Digital's derived columns): a figure only for each flag compared.
    [Fact]
    public void The_agreement_section_has_a_figure_only_for_the_flags_compared()
    {
        var report = NationalDataset.Report(RuleSet.ManualV4, Input(default(NhsdValues).With(NhsdIndicator.Recovery, false)));
        var section = report.Report.Sections.Single(s => s.Key == NationalDataset.AgreementSection);
        Assert.Equal("agreement_" + NhsdValues.ColumnOf(NhsdIndicator.Recovery).ToLowerInvariant(), section.Figures.Single().Key);
    }
}

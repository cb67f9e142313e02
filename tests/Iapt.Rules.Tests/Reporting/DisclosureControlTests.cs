using Iapt.Rules.Reporting;
using Iapt.Rules.Reporting.Disclosure;
using Iapt.Rules.RuleSets;
using static Iapt.Rules.Tests.Reporting.ReportFixtures;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.Reporting;

/// <summary>
/// The composed disclosure control of a whole report (issue 6, <c>--suppress</c>): headline, sections and
/// breakdowns; the operational row counts stay exact.
/// </summary>
public class DisclosureControlTests
{
    private static readonly HeadlineCounts Exact = new()
    {
        RowsRead = 3,
        RowsRejected = 2,
        Referrals = 1234,
        EnteredTreatment = 998,
        Finished = 502,
        NotAtCaseness = 4,
        Recovered = 249,
        ReliableImprovement = 333,
        ReliableDeterioration = 0,
        NoReliableChange = 7,
        ReliableRecovery = 13,
        Within6Weeks = 8,
        Within18Weeks = 12,
    };

    [Fact]
    public void Headline_counts_about_people_are_suppressed_under_5_and_otherwise_rounded()
    {
        var controlled = DisclosureControl.Apply(Report(Exact)).Headline;
        Assert.Equal(1235, controlled.Referrals);
        Assert.Equal(1000, controlled.EnteredTreatment);
        Assert.Equal(500, controlled.Finished);
        Assert.Null(controlled.NotAtCaseness);
        Assert.Equal(250, controlled.Recovered);
        Assert.Equal(335, controlled.ReliableImprovement);
        Assert.Null(controlled.ReliableDeterioration);
        Assert.Equal(5, controlled.NoReliableChange);
        Assert.Equal(15, controlled.ReliableRecovery);
        Assert.Equal(10, controlled.Within6Weeks);
        Assert.Equal(10, controlled.Within18Weeks);
    }

    [Fact]
    public void Rows_read_and_rows_rejected_count_rows_not_people_and_stay_exact()
    {
        var controlled = DisclosureControl.Apply(Report(Exact)).Headline;
        Assert.Equal(3, controlled.RowsRead);
        Assert.Equal(2, controlled.RowsRejected);
    }

    [Fact]
    public void Figures_of_sections_and_of_breakdown_groups_are_controlled()
    {
        var report = Report(Exact, Section(ReportKeys.OutcomesSection,
                ReportFigure.Of(ReportKeys.Recovered, "Recovered", 249, 498, "M4 §6.4.3", Recovery50),
                ReportFigure.Of(ReportKeys.ReliableDeterioration, "Reliable deterioration", 3, 502)))
            with { Breakdowns = [Descriptors(("F32", 2, 9), ("F41.1", 30, 58))] };

        var controlled = DisclosureControl.Apply(report);

        var recovered = controlled.Sections[0].Figures[0];
        Assert.Equal((250L, 500L, 0.5m, true, DisclosureState.Rounded), (recovered.Count!.Value, recovered.Denominator!.Value, recovered.Rate!.Value, recovered.Met!.Value, recovered.Disclosure));
        var deterioration = controlled.Sections[0].Figures[1];
        Assert.Equal((null, 500L, null, DisclosureState.Suppressed), (deterioration.Count, deterioration.Denominator, deterioration.Rate, deterioration.Disclosure));

        var depression = controlled.Breakdowns[0].Groups[0].Figures[0];
        Assert.Equal((null, 10L, null, null), (depression.Count, depression.Denominator, depression.Rate, depression.Met));
        var anxiety = controlled.Breakdowns[0].Groups[1].Figures[0];
        Assert.Equal((30L, 60L, 30m / 58m), (anxiety.Count!.Value, anxiety.Denominator!.Value, anxiety.Rate!.Value));
    }

    [Fact]
    public void A_rate_and_its_verdict_come_from_the_exact_counts_not_the_rounded_ones()
    {
        // 498 of 998 is 49.9%: short of the 50% recovery standard. Rounded, it would read 500 of 1,000 and pass.
        var report = Report(Exact, Section(ReportKeys.OutcomesSection,
            ReportFigure.Of(ReportKeys.Recovered, "Recovered", 498, 998, "M4 §6.4.3", Recovery50)));
        var figure = DisclosureControl.Apply(report).Sections[0].Figures[0];
        Assert.Equal(500, figure.Count);
        Assert.Equal(1000, figure.Denominator);
        Assert.Equal(498m / 998m, figure.Rate);
        Assert.False(figure.Met);
    }

    [Fact]
    public void The_result_says_it_is_suppressed_and_by_which_rules_and_the_original_is_unchanged()
    {
        var exact = Report(Exact);
        var controlled = DisclosureControl.Apply(exact);
        Assert.True(controlled.Suppressed);
        Assert.Same(DisclosureRules.NationalPublications, controlled.DisclosureRules);
        Assert.False(exact.Suppressed);
        Assert.Equal(1234, exact.Headline.Referrals);
    }

    [Fact]
    public void Applying_the_control_twice_changes_nothing_more()
    {
        var once = DisclosureControl.Apply(Report(Exact, Section("s", ReportFigure.Of("x", "X", 8, 13))));
        Assert.Same(once, DisclosureControl.Apply(once));
    }

    /// <summary>
    /// A figure already controlled is returned as it is, whatever rules are passed: its counts are no longer exact,
    /// so rounding them again (here 10 of 15, rounded to 5, would round to 9 of 15 with a base of 3) would misstate them.
    /// </summary>
    [Fact]
    public void A_figure_already_controlled_is_returned_as_it_is()
    {
        var rounded = DisclosureControl.Apply(ReportFigure.Of("x", "X", 8, 13), DisclosureRules.NationalPublications);
        var source = DisclosureRules.NationalPublications.RoundTo.Source;
        var otherRules = new DisclosureRules(new Sourced<long>(2, source), new Sourced<long>(3, source));

        Assert.Equal((10L, 15L, DisclosureState.Rounded), (rounded.Count!.Value, rounded.Denominator!.Value, rounded.Disclosure));
        Assert.Same(rounded, DisclosureControl.Apply(rounded, otherRules));
    }

    /// <summary>A section built without a figure list (a default array) is controlled to a section with no figures, not an error.</summary>
    [Fact]
    public void A_section_without_a_figure_list_is_controlled_to_an_empty_one()
    {
        var report = Report(Exact, new ReportSection("empty", "Empty", default));
        var controlled = DisclosureControl.Apply(report);
        Assert.Empty(controlled.Sections.Single().Figures);
    }

    [Fact]
    public void Keys_labels_order_and_rules_are_kept()
    {
        var report = Report(Exact,
            Section("a", ReportFigure.Of("one", "One", 1, rule: "r1"), ReportFigure.Of("two", "Two", 20, rule: "r2")),
            Section("b", ReportFigure.OfValue("three", "Three", 2.5m, "r3")));
        var controlled = DisclosureControl.Apply(report);
        Assert.Equal(["a", "b"], controlled.Sections.Select(s => s.Key));
        Assert.Equal(["one:One:r1", "two:Two:r2", "three:Three:r3"],
            controlled.Sections.SelectMany(s => s.Figures).Select(f => $"{f.Key}:{f.Label}:{f.Rule}"));
    }

    [Fact]
    public void The_rule_set_carries_the_national_publications_rule_by_default()
    {
        Assert.Equal(5, RuleSet.ManualV4.Disclosure.SuppressBelow.Value);
        Assert.Equal(5, RuleSet.ManualV4.Disclosure.RoundTo.Value);
        Assert.True(RuleSet.ManualV4.Disclosure.SuppressBelow.Source.Unconfirmed);
    }
}

using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Episodes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Reporting;
using Iapt.Rules.Reporting.Disclosure;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using static Iapt.Rules.Tests.Reporting.ServiceModel;

namespace Iapt.Rules.Tests.Reporting;

/// <summary>
/// <see cref="OutcomesByMonthTally"/> and <see cref="ServiceReport.OutcomesByMonth"/>: recovery by the calendar month
/// a referral ended (its discharge date; M4 §6.4.3, the outcomes counted as the report's outcomes section counts
/// them), worked by hand at the month boundaries, and its invariants: any partition merged in any order gives the
/// same breakdown, the months add up to the outcomes section, and each referral counts in its own month.
/// </summary>
public class OutcomesByMonthTallyTests
{
    private static SessionSpec T(string date, int phq9, int gad7) =>
        new(D(date), SessionType.Treatment, true, Intensity.Low, Intervention.Unknown, phq9, gad7);

    private static ReferralSpec Depression(string id, string referred, string? discharged, params SessionSpec[] sessions) =>
        new(id, D(referred), "F32", ProblemDescriptor.Depression, discharged is null ? null : D(discharged), [], [.. sessions]);

    /// <summary>
    /// Six referrals around the turn of 2024 into 2025, worked by hand (recovery: PHQ-9 and GAD-7 both at caseness
    /// at the start, 10 and 8, and both below at the end; reliable improvement: PHQ-9 falls 6 or more or GAD-7 4 or
    /// more, with neither rising reliably; M4 §6.4.3, Table 6).
    /// </summary>
    private static readonly ReferralSpec[] TurnOfTheYear =
    [
        // A: discharged on the last day of December 2024: finished, PHQ-9 15 -> 4, GAD-7 10 -> 3: recovered, reliably.
        Depression("A", "2024-10-01", "2024-12-31", T("2024-10-10", 15, 10), T("2024-11-10", 4, 3)),
        // B: discharged on the first day of January 2025: the same course, so recovered and reliably improved.
        Depression("B", "2024-10-01", "2025-01-01", T("2024-10-10", 15, 10), T("2024-12-10", 4, 3)),
        // C: January, finished at caseness, PHQ-9 20 -> 20, GAD-7 15 -> 15: not recovered, no reliable change.
        Depression("C", "2024-11-01", "2025-01-31", T("2024-11-10", 20, 15), T("2024-12-20", 20, 15)),
        // D: January, finished but not at caseness at the start (PHQ-9 5, GAD-7 4): out of the recovery denominator.
        Depression("D", "2024-11-01", "2025-01-15", T("2024-11-10", 5, 4), T("2024-12-10", 3, 2)),
        // E: January, one treatment session: ended, not a finished course.
        Depression("E", "2024-12-01", "2025-01-20", T("2024-12-10", 18, 12)),
        // F: still open: in no month.
        Depression("F", "2024-12-01", null, T("2024-12-10", 18, 12), T("2025-01-10", 9, 6)),
    ];

    private static ReportFigure Figure(ReportGroup group, string key) => group.Figures.Single(f => f.Key == key);

    [Fact]
    public void Each_referral_counts_in_the_month_of_its_discharge_and_the_months_are_in_calendar_order()
    {
        var months = Report(TurnOfTheYear).OutcomesByMonth!;

        Assert.Equal(ReportKeys.MonthEndedBreakdown, months.Key);
        Assert.Equal(["2024-12", "2025-01"], months.Groups.Select(g => g.Value));
        Assert.Equal(
            [ReportKeys.Ended, ReportKeys.Finished, ReportKeys.Recovered, ReportKeys.ReliableRecovery, ReportKeys.ReliableImprovement, ReportKeys.ReliableDeterioration],
            months.Groups[0].Figures.Select(f => f.Key));

        // December 2024: A alone, recovered: 1 of 1, meeting the 50% standard.
        var december = months.Groups[0];
        Assert.Equal(1L, Figure(december, ReportKeys.Ended).Count);
        Assert.Equal((1L, 1L), (Figure(december, ReportKeys.Finished).Count, Figure(december, ReportKeys.Finished).Denominator));
        var decemberRecovery = Figure(december, ReportKeys.Recovered);
        Assert.Equal((1L, 1L, 1m, true), (decemberRecovery.Count, decemberRecovery.Denominator, decemberRecovery.Rate, decemberRecovery.Met));
    }

    [Fact]
    public void A_month_at_exactly_half_recovered_meets_the_standard_and_its_denominators_are_the_national_ones()
    {
        var january = Report(TurnOfTheYear).OutcomesByMonth!.Groups.Single(g => g.Value == "2025-01");

        // B, C, D and E ended; B, C and D finished (E had one session).
        Assert.Equal(4L, Figure(january, ReportKeys.Ended).Count);
        Assert.Equal((3L, 4L), (Figure(january, ReportKeys.Finished).Count, Figure(january, ReportKeys.Finished).Denominator));

        // Recovery over finished minus not at caseness (D): B of B and C, exactly 50%, which meets "at least 50%".
        var recovered = Figure(january, ReportKeys.Recovered);
        Assert.Equal((1L, 2L, 0.5m, true), (recovered.Count, recovered.Denominator, recovered.Rate, recovered.Met));
        Assert.Equal(RuleSet.ManualV4.Standards.RecoveryRate, recovered.Standard);
        var reliableRecovery = Figure(january, ReportKeys.ReliableRecovery);
        Assert.Equal((1L, 2L), (reliableRecovery.Count, reliableRecovery.Denominator));

        // Reliable improvement over finished: B of B, C and D, one third, below two thirds.
        var improved = Figure(january, ReportKeys.ReliableImprovement);
        Assert.Equal((1L, 3L, false), (improved.Count, improved.Denominator, improved.Met));
        Assert.Equal((0L, 3L), (Figure(january, ReportKeys.ReliableDeterioration).Count, Figure(january, ReportKeys.ReliableDeterioration).Denominator));
    }

    [Fact]
    public void A_period_counts_only_the_discharges_in_it_both_ends_included()
    {
        var january = new ReportPeriod(D("2025-01-01"), D("2025-01-31"));
        var months = Report(TurnOfTheYear, january).OutcomesByMonth!;

        // A (2024-12-31) is the day before the period; B (its first day) and C (its last day) are in it.
        Assert.Equal(["2025-01"], months.Groups.Select(g => g.Value));
        Assert.Equal(4L, Figure(months.Groups[0], ReportKeys.Ended).Count);

        var tally = new OutcomesByMonthTally(RuleSet.ManualV4, new ReportPeriod(D("2025-01-02"), D("2025-01-30")));
        foreach (var assessment in Assessments(TurnOfTheYear))
        {
            tally.Add(assessment);
        }

        // From the day after B to the day before C: D and E only.
        Assert.Equal(2L, Figure(tally.Build().Groups.Single(), ReportKeys.Ended).Count);
    }

    [Fact]
    public void With_no_referral_ended_the_breakdown_has_no_groups()
    {
        var tally = new OutcomesByMonthTally(RuleSet.ManualV4);
        foreach (var assessment in Assessments([TurnOfTheYear[^1]]))
        {
            tally.Add(assessment);
        }

        var months = tally.Build();
        Assert.Equal(ReportKeys.MonthEndedBreakdown, months.Key);
        Assert.Empty(months.Groups);
        Assert.Empty(Report([]).OutcomesByMonth!.Groups);
    }

    [Fact]
    public void Tallies_with_another_period_do_not_merge()
    {
        var all = new OutcomesByMonthTally(RuleSet.ManualV4);
        var january = new OutcomesByMonthTally(RuleSet.ManualV4, new ReportPeriod(D("2025-01-01"), D("2025-01-31")));

        Assert.Throws<ArgumentException>(() => all.Merge(january));
        Assert.Throws<ArgumentNullException>(() => new OutcomesByMonthTally(null!));
    }

    [Fact]
    public void Disclosure_control_applies_to_every_month_figure()
    {
        var suppressed = DisclosureControl.Apply(Report(TurnOfTheYear));

        // Every month has fewer than 5 referrals ended (the national threshold): every count is suppressed.
        var figures = suppressed.OutcomesByMonth!.Groups.SelectMany(g => g.Figures).ToArray();
        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.Equal(DisclosureState.Suppressed, f.Disclosure));
        Assert.All(figures, f => Assert.Null(f.Rate));
    }

    private static ReferralAssessment[] Assessments(IEnumerable<ReferralSpec> referrals)
    {
        var scratch = new ServiceReportBuilder(RuleSet.ManualV4);
        return [.. referrals.Select(r => AddTo(scratch, r))];
    }

    /// <summary>Every group's value and every figure's key, counts, rate and verdict, as one comparable text.</summary>
    private static string Text(ReportBreakdown breakdown) =>
        breakdown.Key + ":" + string.Join(";", breakdown.Groups.Select(g => g.Value + "=" + string.Join(",",
            g.Figures.Select(f => FormattableString.Invariant($"{f.Key} {f.Count}/{f.Denominator} {f.Rate} {f.Met}")))));

    private static Gen<ReportPeriod?> Periods() =>
        Gen.Frequency(
            (1, Gen.Constant<ReportPeriod?>(null)),
            (2, from start in Gen.Choose(0, 300)
                from length in Gen.Choose(0, 200)
                select (ReportPeriod?)new ReportPeriod(ServiceGen.Origin.PlusDays(start), ServiceGen.Origin.PlusDays(start + length))));

    /// <summary>Tallying any partition of the referrals into its own tally and merging, in any order, gives the breakdown of one tally.</summary>
    [Property(MaxTest = 100)]
    public Property Any_partition_merged_in_any_order_gives_the_same_breakdown() =>
        Prop.ForAll(
            (from service in ServiceGen.Service()
             from period in Periods()
             from parts in Gen.Choose(1, 4)
             from assignment in Gen.Choose(0, parts - 1).ArrayOf(service.Length)
             from order in Gen.Shuffle(Enumerable.Range(0, parts))
             select (service, period, parts, assignment, order)).ToArbitrary(),
            input =>
            {
                var assessments = Assessments(input.service);
                var whole = new OutcomesByMonthTally(RuleSet.ManualV4, input.period);
                var tallies = Enumerable.Range(0, input.parts).Select(_ => new OutcomesByMonthTally(RuleSet.ManualV4, input.period)).ToArray();
                for (int i = 0; i < assessments.Length; i++)
                {
                    whole.Add(assessments[i]);
                    tallies[input.assignment[i]].Add(assessments[i]);
                }

                var merged = tallies[input.order[0]];
                foreach (int p in input.order.Skip(1))
                {
                    merged.Merge(tallies[p]);
                }

                return Text(whole.Build()) == Text(merged.Build());
            });

    /// <summary>The months' counts add up to the report's outcomes section and its referrals ended, with or without a period.</summary>
    [Property(MaxTest = 100)]
    public Property The_months_add_up_to_the_outcomes_section() =>
        Prop.ForAll(
            (from service in ServiceGen.Service()
             from period in Periods()
             select (service, period)).ToArbitrary(),
            input =>
            {
                var report = Report(input.service, input.period);
                var months = report.OutcomesByMonth!.Groups;
                long Sum(string key) => months.Sum(g => Figure(g, key).Count!.Value);
                long SumOf(string key) => months.Sum(g => Figure(g, key).Denominator!.Value);
                ReportFigure Section(string section, string key) =>
                    report.Sections.Single(s => s.Key == section).Figures.Single(f => f.Key == key);
                var h = report.Headline;
                return (Sum(ReportKeys.Ended) == Section(ReportKeys.ActivitySection, ReportKeys.Ended).Count
                        && Sum(ReportKeys.Finished) == h.Finished
                        && Sum(ReportKeys.Recovered) == h.Recovered
                        && SumOf(ReportKeys.Recovered) == h.Finished - h.NotAtCaseness
                        && Sum(ReportKeys.ReliableRecovery) == h.ReliableRecovery
                        && Sum(ReportKeys.ReliableImprovement) == h.ReliableImprovement
                        && Sum(ReportKeys.ReliableDeterioration) == h.ReliableDeterioration)
                    .Label($"{months.Length} months, {h.Finished} finished");
            });

    /// <summary>
    /// Each month's referrals ended are exactly the referrals discharged in that calendar month (in the period), counted
    /// here from the discharge dates alone; the months are in calendar order and none is empty.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property Each_month_holds_the_referrals_discharged_in_it() =>
        Prop.ForAll(
            (from service in ServiceGen.Service()
             from period in Periods()
             select (service, period)).ToArbitrary(),
            input =>
            {
                var expected = input.service
                    .Where(r => r.Discharged is { } d && (input.period is not { } p || p.Contains(d)))
                    .GroupBy(r => r.Discharged!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture))
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => $"{g.Key}:{g.Count()}");
                var actual = Report(input.service, input.period).OutcomesByMonth!.Groups
                    .Select(g => $"{g.Value}:{Figure(g, ReportKeys.Ended).Count}");
                return string.Join(" ", expected) == string.Join(" ", actual);
            });
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Numerics;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using Iapt.Rules.Tests.Reporting;
using NodaTime;
using static Iapt.Rules.Tests.Outcomes.Referral;

namespace Iapt.Rules.Tests.Numerics;

/// <summary>
/// The one tally shape (<see cref="ITally{TSelf, TItem, TResult}"/>): the tallies of any split of the items, merged in
/// any order, build exactly what one tally of all the items builds, and merging leaves the other tally unchanged.
/// Checked through the interface alone for <see cref="OutcomeRates"/> (a struct) and <see cref="Mqs1StepUpAggregator"/>
/// (a class), and for <see cref="ServiceReportBuilder.Merge"/>'s guards.
/// </summary>
public class TallyPropertyTests
{
    private static TResult OneTally<T, TItem, TResult>(Func<T> create, IEnumerable<TItem> items)
        where T : ITally<T, TItem, TResult>
    {
        var tally = create();
        foreach (var item in items)
        {
            tally.Add(item);
        }

        return tally.Build();
    }

    /// <summary>Splits the items by <paramref name="assignment"/>, tallies each part, merges them in <paramref name="order"/>.</summary>
    private static (TResult Merged, bool OthersUnchanged) SplitAndMerge<T, TItem, TResult>(
        Func<T> create, TItem[] items, int[] assignment, int[] order)
        where T : ITally<T, TItem, TResult>
    {
        var parts = new T[order.Length];
        for (int p = 0; p < parts.Length; p++)
        {
            parts[p] = create();
        }

        for (int i = 0; i < items.Length; i++)
        {
            parts[assignment[i]].Add(items[i]);
        }

        var merged = parts[order[0]];
        bool unchanged = true;
        foreach (int p in order.Skip(1))
        {
            var before = parts[p].Build();
            merged.Merge(parts[p]);
            unchanged &= EqualityComparer<TResult>.Default.Equals(before, parts[p].Build());
        }

        return (merged.Build(), unchanged);
    }

    private static Gen<(T[] Items, int[] Assignment, int[] Order)> Split<T>(Gen<T> item) =>
        from items in Gen.Choose(0, 40).SelectMany(n => item.ArrayOf(n))
        from parts in Gen.Choose(1, 5)
        from assignment in Gen.Choose(0, parts - 1).ArrayOf(items.Length)
        from order in Gen.Shuffle(Enumerable.Range(0, parts))
        select (items, assignment, order);

    private static Gen<decimal?> Optional(int max) =>
        Gen.Frequency((1, Gen.Constant<decimal?>(null)), (4, Gen.Choose(0, max).Select(v => (decimal?)v)));

    /// <summary>Outcome results of every kind: finished or not, paired or not, at caseness or not, improved or worse.</summary>
    private static Gen<OutcomeResult> Outcomes() =>
        from phq9First in Optional(27)
        from phq9Last in Optional(27)
        from gad7First in Optional(21)
        from gad7Last in Optional(21)
        from sessions in Gen.Choose(0, 4)
        from ended in Gen.Elements(true, true, false)
        select Classify(Finished(phq9First, phq9Last, gad7First, gad7Last) with { TreatmentSessions = sessions, Ended = ended });

    private static Gen<SteppingSummary> Summaries() =>
        from denominator in Gen.Elements(true, false)
        from numerator in Gen.Elements(true, false)
        select new SteppingSummary { InMqs1Denominator = denominator, InMqs1Numerator = numerator };

    [Property(MaxTest = 200)]
    public Property Outcome_rates_of_any_split_merged_equal_one_tally_of_all() =>
        Prop.ForAll(Split(Outcomes()).ToArbitrary(), input =>
        {
            var one = OneTally<OutcomeRates, OutcomeResult, OutcomeRates>(() => new OutcomeRates(), input.Items);
            var (merged, unchanged) = SplitAndMerge<OutcomeRates, OutcomeResult, OutcomeRates>(() => new OutcomeRates(), input.Items, input.Assignment, input.Order);
            return one.Equals(merged) && unchanged && one.Referrals == input.Items.Length;
        });

    [Property(MaxTest = 200)]
    public Property Mqs1_step_up_of_any_split_merged_equals_one_tally_of_all() =>
        Prop.ForAll(Split(Summaries()).ToArbitrary(), input =>
        {
            var one = OneTally<Mqs1StepUpAggregator, SteppingSummary, Mqs1StepUpRate>(() => new Mqs1StepUpAggregator(RuleSet.ManualV4), input.Items);
            var (merged, unchanged) = SplitAndMerge<Mqs1StepUpAggregator, SteppingSummary, Mqs1StepUpRate>(
                () => new Mqs1StepUpAggregator(RuleSet.ManualV4), input.Items, input.Assignment, input.Order);
            return one == merged && unchanged && one.StartedLowNotRecovered == input.Items.Count(s => s.InMqs1Denominator);
        });

    [Fact]
    public void Outcome_rates_merged_add_every_count()
    {
        var left = new OutcomeRates();
        var right = new OutcomeRates();
        left.Add(Classify(Finished(15, 4, 10, 3)));
        right.Add(Classify(Finished(15, 14, 10, 9)));
        right.Add(Classify(Finished(15, 4, 10, 3) with { Ended = false }));
        left.Merge(right);
        Assert.Equal((3L, 2L, 1L), (left.Referrals, left.Finished, left.Recovered));
        Assert.Equal((2L, 1L, 0L), (right.Referrals, right.Finished, right.Recovered));
    }

    [Fact]
    public void Builders_with_another_period_or_breakdowns_or_rule_set_are_not_merged()
    {
        var period = new ReportPeriod(new LocalDate(2024, 4, 1), new LocalDate(2025, 3, 31));
        var builder = new ServiceReportBuilder(RuleSet.ManualV4, period, ["site"]);
        Assert.Throws<ArgumentException>(() => builder.Merge(new ServiceReportBuilder(RuleSet.ManualV4, null, ["site"])));
        Assert.Throws<ArgumentException>(() => builder.Merge(new ServiceReportBuilder(RuleSet.ManualV4, period, ["team"])));
        Assert.Throws<ArgumentException>(() => builder.Merge(new ServiceReportBuilder(RuleSet.ManualV4, period)));
        Assert.Throws<ArgumentException>(() => builder.Merge(new ServiceReportBuilder(RuleSet.ManualV4 with { }, period, ["site"])));
    }

    [Fact]
    public void Merging_a_builder_leaves_it_unchanged()
    {
        var builder = new ServiceReportBuilder(RuleSet.ManualV4);
        var other = new ServiceReportBuilder(RuleSet.ManualV4);
        ServiceModel.AddTo(builder, ServiceGen.Recovered("r1"));
        ServiceModel.AddTo(other, ServiceGen.Recovered("r2"));
        var before = other.Build(0, 0).Headline;
        builder.Merge(other);
        Assert.Equal(before, other.Build(0, 0).Headline);
        Assert.Equal((2L, 2L), (builder.Build(0, 0).Headline.Referrals, builder.Build(0, 0).Headline.Recovered));
    }
}

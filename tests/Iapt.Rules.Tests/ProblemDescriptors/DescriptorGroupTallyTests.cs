using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Tests.ProblemDescriptors;

/// <summary>The breakdown by descriptor group and the figure "problem descriptor not a valid code" (reference §8).</summary>
public class DescriptorGroupTallyTests
{
    private static readonly DescriptorTable Table = RuleSet.ManualV4.Descriptors;

    [Fact]
    public void The_breakdown_and_the_data_quality_figure_worked_by_hand()
    {
        // Ten referrals: 3 depression (F32, F33.1, f32.0), 1 none, 2 other mental health (F34.1, F50.0),
        // 1 other recorded (Z63.0), 2 invalid (F4x.1, "anxiety"), 1 other anxiety (F43.2).
        // Not a valid code: 2 of 10 = 0.2.
        string?[] recorded = ["F32", "F33.1", "f32.0", null, "F34.1", "F50.0", "Z63.0", "F4x.1", "anxiety", "F43.2"];
        var tally = new DescriptorGroupTally(Table);
        foreach (var text in recorded)
        {
            tally.Add(Table.Resolve(text));
        }

        var result = tally.Result();
        Assert.Equal(10, result.Referrals);
        Assert.Equal(2, result.NotValidCode);
        Assert.Equal(0.2m, result.NotValidCodeRate);
        Assert.Equal(3, result.CountOf("depression"));
        Assert.Equal(1, result.CountOf("none"));
        Assert.Equal(2, result.CountOf("other_mental_health_problems"));
        Assert.Equal(1, result.CountOf("other_recorded_problems"));
        Assert.Equal(2, result.CountOf("invalid_data_supplied"));
        Assert.Equal(1, result.CountOf("other_anxiety_or_stress_related"));
        Assert.Equal(0, result.CountOf("panic_disorder"));
        Assert.Equal(0, result.CountOf("no_such_group"));
        Assert.Equal(Table.Groups.Length, result.Groups.Length);
        Assert.Equal(10, result.Groups.Sum(g => g.Count));
    }

    [Fact]
    public void Every_referral_counts_in_the_outcome_rates_of_its_group_worked_by_hand()
    {
        // Four finished courses, each PHQ-9 18 -> 6 (recovered, reliably improved) unless noted:
        // F32 (depression); F34.1 and F50.0 (other mental health); F34.1 with GAD-7 12 -> 12 and PHQ-9 18 -> 17
        // (not recovered, no reliable change). Other mental health: 3 finished, 2 recovered = 2/3; overall 3/4.
        var classifier = new OutcomeClassifier(RuleSet.ManualV4);
        var byGroup = new OutcomeRates[Table.Groups.Length];
        var overall = default(OutcomeRates);
        (string Code, int Phq9Last, int Gad7Last)[] courses = [("F32", 6, 5), ("F34.1", 6, 5), ("F50.0", 6, 5), ("F34.1", 17, 12)];
        foreach (var (code, phq9Last, gad7Last) in courses)
        {
            var resolved = Table.Resolve(code);
            var result = classifier.Classify(new OutcomeInput
            {
                Descriptor = resolved.Descriptor,
                TreatmentSessions = 6,
                Ended = true,
                Phq9 = Pair(MeasureKeys.Phq9, 18, phq9Last),
                Gad7 = Pair(MeasureKeys.Gad7, 12, gad7Last),
            });
            byGroup[resolved.GroupIndex].Add(result);
            overall.Add(result);
        }

        var otherMentalHealth = byGroup[Table.ResolutionOf(DescriptorGroupKind.OtherMentalHealthProblems).GroupIndex];
        Assert.Equal(3, otherMentalHealth.Finished);
        Assert.Equal(2, otherMentalHealth.Recovered);
        Assert.Equal(1, otherMentalHealth.NoReliableChange);
        Assert.Equal(1, byGroup[Table.ResolutionOf(ProblemDescriptor.Depression).GroupIndex].Recovered);
        Assert.Equal(4, overall.Finished);
        Assert.Equal(3, overall.Recovered);
    }

    [Fact]
    public void Misuse_is_a_programmer_error()
    {
        var tally = new DescriptorGroupTally(Table);
        Assert.Throws<ArgumentException>(() => tally.Add(default));
        var other = Table.WithGroup(new DescriptorGroup("dep", "Depression", DescriptorGroupKind.Descriptor, ProblemDescriptor.Depression, new Source("Local", "test")));
        Assert.Throws<ArgumentException>(() => tally.Add(other.Resolve("F32")));
        Assert.Throws<ArgumentException>(() => tally.Merge(new DescriptorGroupTally(other)));
        Assert.Null(tally.Result().NotValidCodeRate);
    }

    [Fact]
    public void Tallying_allocates_nothing()
    {
        var tally = new DescriptorGroupTally(Table);
        var resolved = Table.Resolve("F34.1");
        tally.Add(resolved);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1_000; i++)
        {
            tally.Add(Table.Resolve("F4x.1"));
            tally.Add(resolved);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1_000, tally.NotValidCode);
    }

    [Fact]
    public void Merging_adds_the_referrals_and_the_data_quality_figure_of_both_tallies()
    {
        var left = new DescriptorGroupTally(Table);
        var right = new DescriptorGroupTally(Table);
        left.Add(Table.Resolve("F32"));
        left.Add(Table.Resolve("anxiety"));
        right.Add(Table.Resolve("F32"));
        right.Add(Table.Resolve("F4x.1"));
        right.Add(Table.Resolve("Z63.0"));

        left.Merge(right);

        Assert.Equal(5, left.Referrals);
        Assert.Equal(2, left.NotValidCode);
        Assert.Equal(2, left.Result().CountOf("depression"));
        Assert.Equal(3, right.Referrals); // the other tally is unchanged
    }

    [Property]
    public Property Splitting_and_merging_gives_the_same_counts() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string[]>(), texts =>
        {
            var whole = new DescriptorGroupTally(Table);
            var left = new DescriptorGroupTally(Table);
            var right = new DescriptorGroupTally(Table);
            for (int i = 0; i < texts.Length; i++)
            {
                var resolved = Table.Resolve(texts[i]);
                whole.Add(resolved);
                (i % 2 == 0 ? left : right).Add(resolved);
            }

            left.Merge(right);
            var a = whole.Result();
            var b = left.Result();
            return a.Referrals == texts.Length && b.Referrals == a.Referrals && a.Groups.Sum(g => g.Count) == texts.Length
                && a.Groups.Select(g => g.Count).SequenceEqual(b.Groups.Select(g => g.Count)) && a.NotValidCode == b.NotValidCode;
        });

    private static ScorePair Pair(string measure, int first, int last) =>
        new(RuleSet.ManualV4.Measures[measure].ScoreTotal(first).AsT0, RuleSet.ManualV4.Measures[measure].ScoreTotal(last).AsT0);
}

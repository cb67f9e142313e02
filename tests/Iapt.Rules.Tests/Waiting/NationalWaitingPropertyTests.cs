using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using NodaTime;

namespace Iapt.Rules.Tests.Waiting;

/// <summary>Invariants of the national waiting measures beyond M4 (reference §9) for every valid set of dates.</summary>
public class NationalWaitingPropertyTests
{
    private static readonly WaitingTimeRules Rules = RuleSet.ManualV4.Waiting;
    private static readonly LocalDate Origin = new(2000, 1, 1);

    private static Arbitrary<(LocalDate Referral, int Days)> Waits() =>
        Gen.Choose(0, 18_000).SelectMany(_ => Gen.Choose(0, 400), (start, days) => (Origin.PlusDays(start), days)).ToArbitrary();

    /// <summary>A referral, an optional first treatment, last contact and discharge after it, and an as-of date, within 400 days.</summary>
    private static Arbitrary<(LocalDate Referral, int? First, int? Last, int? Discharge, int AsOf)> Pathways() =>
        (from start in Gen.Choose(0, 18_000)
         from first in Gen.Choose(-1, 300)
         from lastAfterFirst in Gen.Choose(-1, 100)
         from discharge in Gen.Choose(-1, 400)
         from asOf in Gen.Choose(-30, 400)
         select (Origin.PlusDays(start),
             first < 0 ? (int?)null : first,
             first < 0 || lastAfterFirst < 0 ? (int?)null : first + lastAfterFirst,
             discharge < 0 ? (int?)null : discharge,
             asOf)).ToArbitrary();

    [Property]
    public Property Within_14_days_exactly_when_the_days_are_at_most_14_and_the_band_contains_the_days() =>
        Prop.ForAll(Waits(), w =>
        {
            var wait = Rules.MeasureAssessment(w.Referral, w.Referral.PlusDays(w.Days)).AsT0;
            return wait.Days == w.Days && wait.IsWithinStandard == (w.Days <= 14) && wait.Band!.Contains(w.Days);
        });

    [Property]
    public Property The_band_counts_add_up_to_the_assessed_and_splitting_then_merging_changes_nothing() =>
        Prop.ForAll(Gen.ListOf(Gen.Choose(0, 200)).ToArbitrary(), days =>
        {
            var whole = new AssessmentWaitTally(Rules);
            var odd = new AssessmentWaitTally(Rules);
            var even = new AssessmentWaitTally(Rules);
            int i = 0;
            foreach (int d in days)
            {
                var wait = Rules.MeasureAssessment(Origin, Origin.PlusDays(d)).AsT0;
                whole.Add(wait);
                (i++ % 2 == 0 ? even : odd).Add(wait);
            }

            even.Merge(odd);
            var result = whole.Result();
            return result.Bands.Sum(b => b.Count) == result.Assessed
                && result.Assessed == days.Count
                && result.WithinStandard == days.Count(d => d <= 14)
                && even.Result().Bands.SequenceEqual(result.Bands);
        });

    [Property]
    public Property A_second_treatment_is_counted_exactly_when_it_is_in_the_period_and_over_90_exactly_when_the_gap_is() =>
        Prop.ForAll(Waits(), Gen.Choose(0, 400).ToArbitrary(), (w, gap) =>
        {
            var period = new DateInterval(Origin.PlusDays(9_000), Origin.PlusDays(9_090));
            var first = w.Referral.PlusDays(w.Days);
            var second = first.PlusDays(gap);
            var tally = new FirstToSecondTreatmentTally(Rules, period);
            tally.Add(Rules.Measure(w.Referral, first, second).AsT0);
            bool inPeriod = period.Contains(second);
            return tally.SecondTreatments == (inPeriod ? 1 : 0)
                && tally.OverVeryLongGap == (inPeriod && gap > 90 ? 1 : 0)
                && tally.NotCounted == (inPeriod ? 0 : 1);
        });

    [Property]
    public Property Every_pathway_has_one_state_and_only_open_ones_are_over_a_limit() =>
        Prop.ForAll(Pathways(), p =>
        {
            var asOf = p.Referral.PlusDays(p.AsOf);
            var result = Rules.TrackOn(p.Referral, Day(p.Referral, p.First), Day(p.Referral, p.Last), Day(p.Referral, p.Discharge), asOf);
            if (result.IsT1)
            {
                return false; // every generated pathway has consistent dates
            }

            var position = result.AsT0;
            bool waiting = position.State == PathwayState.WaitingForFirstTreatment;
            bool treating = position.State == PathwayState.InTreatment;
            bool expectedState = p.AsOf < 0 ? position.State == PathwayState.NotYetReferred
                : p.Discharge is int d && d <= p.AsOf ? position.State == PathwayState.Closed
                : p.First is int f && f <= p.AsOf ? treating
                : waiting;
            return expectedState
                && (waiting || !position.IsWaitingOverLimit)
                && (treating || position.IsNoContactOverLimit == false)
                && (!waiting || position.DaysWaited == p.AsOf)
                && (!waiting || position.IsWaitingOverLimit == (p.AsOf > 90));
        });

    private static LocalDate? Day(LocalDate referral, int? offset) => offset is int days ? referral.PlusDays(days) : null;
}

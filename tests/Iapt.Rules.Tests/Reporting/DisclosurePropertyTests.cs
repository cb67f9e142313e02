using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Reporting;
using Iapt.Rules.Reporting.Disclosure;
using static Iapt.Rules.Tests.Reporting.ReportFixtures;

namespace Iapt.Rules.Tests.Reporting;

/// <summary>Invariants of disclosure control that hold for every count and every figure.</summary>
public class DisclosurePropertyTests
{
    private static readonly DisclosureRules Rules = DisclosureRules.NationalPublications;

    /// <summary>Counts, often near the threshold and sometimes large.</summary>
    private static readonly Gen<long> Counts =
        Gen.Frequency((3, Gen.Choose(0, 20)), (1, Gen.Choose(0, int.MaxValue))).Select(n => (long)n);

    /// <summary>A count out of a denominator at least as large, with or without the recovery standard.</summary>
    private static readonly Gen<ReportFigure> Shares =
        from denominator in Counts
        from count in Gen.Choose(0, (int)Math.Min(denominator, int.MaxValue))
        from judged in Gen.Elements(true, false)
        select ReportFigure.Of("x", "X", count, denominator, standard: judged ? Recovery50 : null);

    [Property]
    public Property Rounded_counts_are_multiples_of_5() =>
        Prop.ForAll(Counts.ToArbitrary(), n => CountRounding.Round(n, Rules) % 5 == 0);

    [Property]
    public Property Rounding_never_moves_a_count_by_more_than_2() =>
        Prop.ForAll(Counts.ToArbitrary(), n => Math.Abs(CountRounding.Round(n, Rules) - n) <= 2);

    [Property]
    public Property Rounding_is_monotone_and_idempotent() =>
        Prop.ForAll(Gen.Two(Counts).ToArbitrary(), pair =>
        {
            long low = Math.Min(pair.Item1, pair.Item2), high = Math.Max(pair.Item1, pair.Item2);
            long rounded = CountRounding.Round(low, Rules);
            return rounded <= CountRounding.Round(high, Rules) && CountRounding.Round(rounded, Rules) == rounded;
        });

    [Property]
    public Property A_suppressed_count_is_never_shown() =>
        Prop.ForAll(Shares.ToArbitrary(), figure =>
        {
            var controlled = DisclosureControl.Apply(figure, Rules);
            bool countHidden = (figure.Count < 5) == (controlled.Count is null);
            bool denominatorHidden = (figure.Denominator < 5) == (controlled.Denominator is null);
            bool noSmallShown = (controlled.Count is null or >= 5) && (controlled.Denominator is null or >= 5);
            return countHidden && denominatorHidden && noSmallShown;
        });

    [Property]
    public Property Every_shown_count_of_a_controlled_figure_is_a_multiple_of_5_within_2_of_the_exact_count() =>
        Prop.ForAll(Shares.ToArbitrary(), figure =>
        {
            var controlled = DisclosureControl.Apply(figure, Rules);
            return (controlled.Count is not long c || (c % 5 == 0 && Math.Abs(c - figure.Count!.Value) <= 2))
                && (controlled.Denominator is not long d || (d % 5 == 0 && Math.Abs(d - figure.Denominator!.Value) <= 2));
        });

    [Property]
    public Property Rates_lie_between_0_and_1_and_are_shown_only_with_both_parts() =>
        Prop.ForAll(Shares.ToArbitrary(), figure =>
        {
            var controlled = DisclosureControl.Apply(figure, Rules);
            bool inRange = controlled.Rate is null or (>= 0m and <= 1m);
            bool partsShown = controlled.Rate is null || (controlled.Count is not null && controlled.Denominator is not null);
            bool verdictWithRate = controlled.Met is null || controlled.Rate is not null;
            return inRange && partsShown && verdictWithRate;
        });

    [Property]
    public Property The_row_counts_of_the_headline_are_never_changed() =>
        Prop.ForAll(Gen.Two(Counts).ToArbitrary(), rows =>
        {
            var headline = new HeadlineCounts { RowsRead = rows.Item1, RowsRejected = rows.Item2, Referrals = rows.Item1 };
            var controlled = DisclosureControl.Apply(headline, Rules);
            return controlled.RowsRead == rows.Item1 && controlled.RowsRejected == rows.Item2;
        });
}

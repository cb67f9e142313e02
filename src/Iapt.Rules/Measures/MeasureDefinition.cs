using System.Globalization;
using Iapt.Rules.Numerics;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Measures;

/// <summary>
/// What a questionnaire is and how it scores: its items and their range, its total range, its caseness rule, its
/// reliable-change value, its severity bands, and whether the rule set counts it for recovery. Each value carries
/// its source. Definitions are immutable; change one for a custom rule set with a <c>with</c> expression and
/// <see cref="RuleSets.RuleSet.WithMeasure(MeasureDefinition)"/>, which checks that the definition is consistent.
/// </summary>
/// <remarks>
/// Scoring methods are on this type (<see cref="ScoreItems(ReadOnlySpan{int})"/>,
/// <see cref="ScoreItems(ReadOnlySpan{ItemAnswer})"/> for answers that may be missing or not applicable, <see cref="ScoreTotal(int)"/>,
/// <see cref="ScoreText(string?, string?)"/>). They never throw on bad data: they return a
/// <see cref="ScoringError"/>. They allocate nothing when the input is valid.
/// </remarks>
public sealed partial record MeasureDefinition
{
    /// <summary>The measure's key, lower case (see <see cref="MeasureKeys"/>).</summary>
    public required string Key { get; init; }

    /// <summary>The measure's full name, for explanations and docs.</summary>
    public required string Name { get; init; }

    /// <summary>What the measure is used for.</summary>
    public required MeasureRole Role { get; init; }

    /// <summary>
    /// The number of items, or <see langword="null"/> when the sources do not give the structure (BIQ); a measure
    /// without an item count cannot be scored until a rule set supplies one.
    /// </summary>
    public required int? ItemCount { get; init; }

    /// <summary>The lowest answer an item accepts (inclusive).</summary>
    public required int ItemMinimum { get; init; }

    /// <summary>The highest answer an item accepts (inclusive).</summary>
    public required int ItemMaximum { get; init; }

    /// <summary>How item answers become the score: a sum, or the exact item mean (MI).</summary>
    public ScoringMethod Method { get; init; } = ScoringMethod.Sum;

    /// <summary>Where the item structure and ranges come from.</summary>
    public required Source StructureSource { get; init; }

    /// <summary>The cut-off for caseness, or <see langword="null"/> when the measure has none (WSAS, the LTC measures).</summary>
    public CasenessRule? Caseness { get; init; }

    /// <summary>
    /// The reliable-change value: a change of at least this size (in the measure's units) is reliable; a change
    /// exactly equal to it is reliable. <see langword="null"/> when the measure has none.
    /// </summary>
    public Sourced<Threshold>? ReliableChange { get; init; }

    /// <summary>The severity bands over whole-number totals, or <see langword="null"/> when none are defined.</summary>
    public SeverityScale? Severity { get; init; }

    /// <summary>Whether the rule set counts this measure for recovery (as PHQ-9 or as the anxiety measure).</summary>
    public required Sourced<bool> CountsForRecovery { get; init; }

    /// <summary>
    /// The 1-based position of an item whose answer above zero raises a <see cref="RiskSignal"/> (PHQ-9 item 9),
    /// or <see langword="null"/> when the measure has none.
    /// </summary>
    public int? RiskItem { get; init; }

    /// <summary>
    /// Which items may be answered "not applicable" (never the same as missing) and how the total is then read, or
    /// <see langword="null"/> when every item applies to everyone. WSAS item 1 and PHQ-15 item 4 in M4's catalogue.
    /// </summary>
    public NotApplicableRule? NotApplicable { get; init; }

    /// <summary>Whether the rule set defines enough of the measure to score it.</summary>
    public bool IsScorable => ItemCount is > 0;

    /// <summary>
    /// The lowest possible score: the item count times the item minimum for a summed measure, the item minimum for
    /// a mean. <see langword="null"/> when the measure is not scorable.
    /// </summary>
    public decimal? TotalMinimum => ItemCount is int count
        ? (Method == ScoringMethod.Sum ? (decimal)count * ItemMinimum : ItemMinimum)
        : null;

    /// <summary>
    /// The highest possible score: the item count times the item maximum for a summed measure, the item maximum
    /// for a mean. <see langword="null"/> when the measure is not scorable.
    /// </summary>
    public decimal? TotalMaximum => ItemCount is int count
        ? (Method == ScoringMethod.Sum ? (decimal)count * ItemMaximum : ItemMaximum)
        : null;

    /// <summary>The key.</summary>
    /// <returns><see cref="Key"/>.</returns>
    public override string ToString() => Key;

    /// <summary>Checks that the definition is consistent; a rule set calls this for every measure it holds.</summary>
    /// <exception cref="ArgumentException">The definition contradicts itself (a programmer error, not bad data).</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Key) || Key != MeasureKeys.Normalize(Key))
        {
            throw new ArgumentException($"Measure key '{Key}' must be lower case without surrounding spaces.");
        }

        if (ItemCount is <= 0)
        {
            throw new ArgumentException($"Measure '{Key}': the item count must be positive.");
        }

        if (ItemMaximum < ItemMinimum || ItemMinimum < 0)
        {
            throw new ArgumentException($"Measure '{Key}': the item range must be non-negative and not reversed.");
        }

        if (RiskItem is int risk && (ItemCount is not int items || risk < 1 || risk > items))
        {
            throw new ArgumentException($"Measure '{Key}': the risk item must be one of its items.");
        }

        if (NotApplicable is { } rule)
        {
            if (ItemCount is not int itemCount || rule.Positions.IsDefaultOrEmpty || rule.Positions.Length >= itemCount
                || rule.Positions.Any(p => p < 1 || p > itemCount) || rule.Positions.Distinct().Count() != rule.Positions.Length)
            {
                throw new ArgumentException(
                    $"Measure '{Key}': not-applicable items must be distinct item positions, and at least one item must always apply.");
            }

            if (RiskItem is int riskItem && rule.Allows(riskItem))
            {
                throw new ArgumentException($"Measure '{Key}': the risk item cannot be not applicable.");
            }
        }

        if (Severity is not null)
        {
            if (Method != ScoringMethod.Sum || ItemCount is not int count)
            {
                throw new ArgumentException($"Measure '{Key}': severity bands need a summed measure with known items.");
            }

            Severity.Validate(Key, count * ItemMinimum, count * ItemMaximum);
        }

        if (CountsForRecovery.Value && (Caseness is null || ReliableChange is null))
        {
            throw new ArgumentException(
                $"Measure '{Key}': a measure counted for recovery needs a cut-off and a reliable-change value.");
        }
    }

    /// <summary>
    /// Writes a value in the measure's units as files and explanations show it: a summed measure's whole number as
    /// it is (<c>12</c>); a mean-scored measure's value (the MI) to exactly two decimal places, rounded half away from
    /// zero (62 / 27 = 2.2963... as <c>2.30</c>, 2 as <c>2.00</c>). Only the text is rounded: caseness and reliable
    /// change always compare the exact value.
    /// </summary>
    /// <param name="value">A score, or a difference between two scores, in the measure's units.</param>
    /// <returns>The value in invariant culture.</returns>
    public string FormatValue(decimal value) => Method == ScoringMethod.ItemMean
        ? Math.Round(value, MeanDecimals, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture)
        : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The decimal places a mean-scored value is written to (<see cref="FormatValue(decimal)"/>): 2.</summary>
    public const int MeanDecimals = 2;

    private static string FormatBound(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

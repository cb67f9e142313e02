using System.Collections.Immutable;

namespace Iapt.Rules.Measures;

/// <summary>
/// Why an input could not be scored: the kind of problem, the field at fault and a message that names the field
/// and the item positions but never repeats the answers themselves (they are patient data).
/// </summary>
public sealed class ScoringError
{
    internal ScoringError(ScoringErrorKind kind, string field, string message, ImmutableArray<int> positions)
    {
        Kind = kind;
        Field = field;
        Message = message;
        Positions = positions.IsDefault ? ImmutableArray<int>.Empty : positions;
    }

    /// <summary>The name of the input field that carries the items.</summary>
    public const string ItemsField = "items";

    /// <summary>The name of the input field that carries a recorded total.</summary>
    public const string TotalField = "total";

    /// <summary>The name of the input field that names the measure.</summary>
    public const string MeasureField = "measure";

    /// <summary>What is wrong.</summary>
    public ScoringErrorKind Kind { get; }

    /// <summary>The field at fault: <c>items</c>, <c>total</c> or <c>measure</c>.</summary>
    public string Field { get; }

    /// <summary>A sentence for people: it starts with the field name and never contains the answers given.</summary>
    public string Message { get; }

    /// <summary>The 1-based item positions at fault (missing, out of range, not whole); empty when not about items.</summary>
    public ImmutableArray<int> Positions { get; }

    /// <summary>The message.</summary>
    /// <returns><see cref="Message"/>.</returns>
    public override string ToString() => Message;

    internal static ScoringError UnknownMeasure(string validKeys) =>
        new(ScoringErrorKind.UnknownMeasure, MeasureField, $"measure: not a measure of this rule set (valid keys: {validKeys})", default);

    internal static ScoringError NotScorable(string key) =>
        new(ScoringErrorKind.NotScorable, MeasureField,
            $"measure: the rule set does not define the items and ranges of {key}, so it cannot be scored", default);

    internal static ScoringError NoInput() =>
        new(ScoringErrorKind.NoInput, ItemsField, "items: neither item answers nor a total were given", default);

    internal static ScoringError WrongItemCount(string key, int expected, int actual) =>
        new(ScoringErrorKind.WrongItemCount, ItemsField,
            $"items: {key} has {expected} items but {actual} answers were given", default);

    internal static ScoringError MissingItems(string key, ImmutableArray<int> positions) =>
        new(ScoringErrorKind.MissingItems, ItemsField,
            $"items: {Describe(positions)} missing, so {key} has no score (no prorating)", positions);

    internal static ScoringError ItemOutOfRange(string key, int min, int max, ImmutableArray<int> positions) =>
        new(ScoringErrorKind.ItemOutOfRange, ItemsField,
            $"items: {Describe(positions)} outside the {key} item range {min}-{max}", positions);

    internal static ScoringError NotApplicableNotAllowed(string key, NotApplicableRule? rule, ImmutableArray<int> positions) =>
        new(ScoringErrorKind.NotApplicableNotAllowed, ItemsField,
            rule is null
                ? $"items: {Describe(positions)} marked not applicable, but every {key} item applies to everyone"
                : $"items: {Describe(positions)} marked not applicable, but {key} allows that only for {rule}",
            positions);

    internal static ScoringError ItemNotInteger(ImmutableArray<int> positions) =>
        new(ScoringErrorKind.NotInteger, ItemsField, $"items: {Describe(positions)} not a whole number", positions);

    internal static ScoringError ItemMalformed(ImmutableArray<int> positions) =>
        new(ScoringErrorKind.Malformed, ItemsField, $"items: {Describe(positions)} not a number", positions);

    internal static ScoringError TotalOutOfRange(string key, string min, string max) =>
        new(ScoringErrorKind.TotalOutOfRange, TotalField, $"total: outside the {key} range {min}-{max}", default);

    internal static ScoringError TotalNotInteger(string key) =>
        new(ScoringErrorKind.NotInteger, TotalField, $"total: {key} totals are whole numbers", default);

    internal static ScoringError TotalMalformed() =>
        new(ScoringErrorKind.Malformed, TotalField,
            "total: not a number, or more decimal places than can be held exactly (at most 9)", default);

    internal static ScoringError Disagree(string key) =>
        new(ScoringErrorKind.ItemsAndTotalDisagree, TotalField,
            $"total: does not agree with the {key} score of the item answers", default);

    private static string Describe(ImmutableArray<int> positions) =>
        positions.Length == 1
            ? $"item {positions[0]} is"
            : $"items {string.Join(", ", positions)} are";
}

using System.Globalization;

namespace Iapt.Rules.Measures;

/// <summary>
/// One item answer: a number, <see cref="Missing"/> or <see cref="NotApplicable"/>. A small immutable value; an
/// <see cref="int"/> converts to an answered item. <c>default(ItemAnswer)</c> is <see cref="Missing"/>.
/// </summary>
public readonly record struct ItemAnswer
{
    private ItemAnswer(ItemAnswerKind kind, int value)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>Whether the item was answered, is missing or is not applicable.</summary>
    public ItemAnswerKind Kind { get; }

    /// <summary>The answer when <see cref="Kind"/> is <see cref="ItemAnswerKind.Answered"/>; 0 otherwise.</summary>
    public int Value { get; }

    /// <summary>A missing answer (not recorded): the measure has no score.</summary>
    public static ItemAnswer Missing => default;

    /// <summary>An item that does not apply to the person (WSAS item 1 when not in work, PHQ-15 item 4 for a man).</summary>
    public static ItemAnswer NotApplicable => new(ItemAnswerKind.NotApplicable, 0);

    /// <summary>An answered item.</summary>
    /// <param name="value">The answer; it is checked against the item range when scored, never here.</param>
    /// <returns>The answer.</returns>
    public static ItemAnswer Of(int value) => new(ItemAnswerKind.Answered, value);

    /// <summary>An answered item.</summary>
    /// <param name="value">The answer.</param>
    public static implicit operator ItemAnswer(int value) => Of(value);

    /// <summary>The answer as a file writes it: the number, <c>NA</c> when missing, <c>n/a</c> when not applicable.</summary>
    /// <returns>The answer as text.</returns>
    public override string ToString() => Kind switch
    {
        ItemAnswerKind.Answered => Value.ToString(CultureInfo.InvariantCulture),
        ItemAnswerKind.NotApplicable => "n/a",
        _ => "NA",
    };
}

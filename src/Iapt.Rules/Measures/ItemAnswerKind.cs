namespace Iapt.Rules.Measures;

/// <summary>What an item answer is: a number, missing, or not applicable to the person.</summary>
public enum ItemAnswerKind
{
    /// <summary>No answer was recorded (files write it <c>NA</c> or <c>.</c>). A measure with a missing answer has no score (no prorating).</summary>
    Missing = 0,

    /// <summary>A number was recorded; it is checked against the item range.</summary>
    Answered,

    /// <summary>
    /// The item does not apply to the person (files write it <c>n/a</c>): WSAS item 1 (work) for someone retired or
    /// not working for reasons unrelated to the problem, PHQ-15 item 4 (menstrual problems) for a man. Allowed only
    /// at the positions of the measure's <see cref="MeasureDefinition.NotApplicable"/> rule; never the same as missing.
    /// </summary>
    NotApplicable,
}

namespace Iapt.Rules.Episodes;

/// <summary>
/// Why a record cannot be used: the field at fault and the reason, in words. The reason never quotes the field's
/// value (an extract holds patient data), and names no file or line, which only a reader of files knows.
/// </summary>
/// <param name="Field">The field at fault, as the input contract names it, for example <c>referral_date</c>.</param>
/// <param name="Reason">Why, for example <c>before the referral date</c>.</param>
public readonly record struct RecordFault(string Field, string Reason)
{
    /// <summary>The field and the reason, as <c>field: reason</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Field}: {Reason}";
}

namespace Iapt.Rules.Measures;

/// <summary>Why an input could not be scored.</summary>
public enum ScoringErrorKind
{
    /// <summary>The measure key is not in the rule set's catalogue.</summary>
    UnknownMeasure,

    /// <summary>The rule set does not define the measure's items and ranges, so nothing can be checked or scored.</summary>
    NotScorable,

    /// <summary>Neither item answers nor a total were given.</summary>
    NoInput,

    /// <summary>The number of item answers differs from the measure's item count.</summary>
    WrongItemCount,

    /// <summary>One or more item answers are missing; no prorating is done, so there is no score.</summary>
    MissingItems,

    /// <summary>One or more item answers lie outside the measure's item range.</summary>
    ItemOutOfRange,

    /// <summary>The total lies outside the measure's total range.</summary>
    TotalOutOfRange,

    /// <summary>A whole number was due (an item, or the total of a summed measure) and a fraction was given.</summary>
    NotInteger,

    /// <summary>A value could not be read as a number at all, or has more decimal places than can be held exactly.</summary>
    Malformed,

    /// <summary>Both item answers and a total were given and they do not agree.</summary>
    ItemsAndTotalDisagree,

    /// <summary>An item was answered "not applicable" where the measure does not allow it (only WSAS item 1 and PHQ-15 item 4 do in M4's catalogue).</summary>
    NotApplicableNotAllowed,
}

namespace Iapt.Rules.Dataset;

/// <summary>A count of rows by measure, for example the unusable scores on PHQ-9.</summary>
/// <param name="MeasureKey">The measure's key, for example <c>phq9</c>.</param>
/// <param name="Count">The count.</param>
public readonly record struct MeasureCount(string MeasureKey, long Count);

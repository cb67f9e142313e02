using Iapt.Rules.Provenance;

namespace Iapt.Rules.Outcomes;

/// <summary>One step of an explanation: the rule applied, what it found, and where the rule comes from.</summary>
/// <param name="Rule">The rule or quantity, for example <c>reliable improvement</c>.</param>
/// <param name="Finding">What the rule found for this referral, with the scores and thresholds it used.</param>
/// <param name="Source">The source of the rule or threshold.</param>
public sealed record ExplanationLine(string Rule, string Finding, Source Source)
{
    /// <summary>The line as text: <c>rule: finding (source)</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => $"{Rule}: {Finding} ({Source})";
}

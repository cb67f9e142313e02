using Iapt.Rules.Measures;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Stepping;

/// <summary>
/// The stepped-care rules: NICE concordance (M4 Table 2), the initial step (M4 §1.3, Table 5), review and step-up
/// (M4 Table 5, §9.1.2), the step-up wait (M4 §6.4.2), dose (OSS 6-7, M4 Table 5, §9.1.2) and the per-referral
/// stepping summary with its worse-practice flags (M4 Table 7) and MQS 1 membership. Every rule reads its values
/// from the <see cref="RuleSets.RuleSet"/> it is given (<see cref="RuleSets.RuleSet.Stepping"/>) and every
/// decision returns its reason and the <see cref="Provenance.Source"/> it rests on. The per-decision methods take and
/// return small values and allocate nothing.
/// </summary>
public static partial class SteppedCare
{
    /// <summary>
    /// The depression severity band key of a PHQ-9 score under the stepping rules (<see cref="SteppingRules.DepressionSeverity"/>,
    /// or the PHQ-9 measure's own bands when that is <see langword="null"/>); <see langword="null"/> when there is no score.
    /// </summary>
    /// <exception cref="ArgumentException">The score is not a PHQ-9 score (a programmer error).</exception>
    private static string? DepressionBand(SteppingRules stepping, Score? score, string parameterName)
    {
        if (score is not { } value)
        {
            return null;
        }

        if (value.Measure is null || !string.Equals(value.Measure.Key, MeasureKeys.Phq9, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("The depression severity must come from a PHQ-9 score.", parameterName);
        }

        return stepping.DepressionSeverity is { } scale
            ? (value.WholeValue is int total ? scale.Find(total)?.Key : null)
            : value.Severity?.Key;
    }
}

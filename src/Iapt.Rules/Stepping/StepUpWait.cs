using Iapt.Rules.RuleSets;
using NodaTime;

namespace Iapt.Rules.Stepping;

/// <summary>
/// The wait between the last low-intensity session and the first high-intensity session, checked against the
/// waiting time standard (M4 §6.4.2: it should be minimised and certainly not exceed the standard for the first
/// intervention, 6 weeks). A small value.
/// </summary>
/// <param name="LastLowIntensitySession">The date of the last low-intensity session before the step-up.</param>
/// <param name="FirstHighIntensitySession">The date of the first high-intensity session.</param>
/// <param name="Days">The wait in days (same day = 0).</param>
/// <param name="Standard">The most days allowed, with its source (42, M4 §6.4.2).</param>
public readonly record struct StepUpWait(LocalDate LastLowIntensitySession, LocalDate FirstHighIntensitySession, int Days, Sourced<int> Standard)
{
    /// <summary>Whether the wait is within the standard: at most <see cref="Standard"/> days (exactly 42 days is within).</summary>
    public bool WithinStandard => Days <= Standard.Value;

    /// <summary>The wait for people, for example <c>step-up wait 43 days: over the 42-day standard. [M4 §6.4.2]</c>.</summary>
    /// <returns>One sentence and the source; the dates are not repeated.</returns>
    public string Explain() =>
        WithinStandard
            ? $"step-up wait {Days} days: within the {Standard.Value}-day standard. [{Standard.Source}]"
            : $"step-up wait {Days} days: over the {Standard.Value}-day standard. [{Standard.Source}]";
}

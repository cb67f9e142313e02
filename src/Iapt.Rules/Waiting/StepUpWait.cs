using NodaTime;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Waiting;

/// <summary>
/// The wait of a step up, from the last low-intensity session to the first high-intensity session, which should not
/// exceed the waiting-time standard for the first intervention (M4 §6.4.2). Made by
/// <see cref="WaitingTimeRules.MeasureStepUp"/>; allocates nothing.
/// </summary>
public readonly struct StepUpWait
{
    internal StepUpWait(Sourced<int> standardDays, LocalDate lastLowIntensity, LocalDate firstHighIntensity, int days)
    {
        StandardDays = standardDays;
        LastLowIntensityDate = lastLowIntensity;
        FirstHighIntensityDate = firstHighIntensity;
        Days = days;
    }

    /// <summary>The standard: the most days allowed (42 under the Manual v4), with its source.</summary>
    public Sourced<int> StandardDays { get; }

    /// <summary>The day of the last low-intensity session.</summary>
    public LocalDate LastLowIntensityDate { get; }

    /// <summary>The day of the first high-intensity session.</summary>
    public LocalDate FirstHighIntensityDate { get; }

    /// <summary>The days between the two sessions (same day = 0).</summary>
    public int Days { get; }

    /// <summary>Whether the step-up wait is within the standard: at most <see cref="StandardDays"/> days.</summary>
    public bool IsWithinStandard => Days <= StandardDays.Value;

    /// <summary>The last day on which the first high-intensity session would still be within the standard.</summary>
    public LocalDate BreachDate => LastLowIntensityDate.PlusDays(StandardDays.Value);

    /// <summary>The step-up wait in words, for example <c>step-up wait 50 days, over the 42-day standard (M4 §6.4.2)</c>.</summary>
    /// <returns>A sentence for explanations.</returns>
    public override string ToString() =>
        $"step-up wait {Days} days, {(IsWithinStandard ? "within" : "over")} the {StandardDays.Value}-day standard ({StandardDays.Source})";
}

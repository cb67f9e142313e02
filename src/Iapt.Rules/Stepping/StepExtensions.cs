using Iapt.Rules.Episodes;

namespace Iapt.Rules.Stepping;

/// <summary>Conversions between <see cref="CareStep"/> and <see cref="Intensity"/> (M4 Table 9; OSS 5).</summary>
public static class StepExtensions
{
    /// <summary>The intensity delivered at a step: step 2 is low intensity, step 3 high intensity.</summary>
    /// <param name="step">The step.</param>
    /// <returns>
    /// <see cref="Intensity.Low"/> for step 2, <see cref="Intensity.High"/> for step 3, and
    /// <see cref="Intensity.Unknown"/> for steps 1 and 4 (outside IAPT's two intensities) and for an unknown step.
    /// </returns>
    public static Intensity ToIntensity(this CareStep step) => step switch
    {
        CareStep.LowIntensity => Intensity.Low,
        CareStep.HighIntensity => Intensity.High,
        _ => Intensity.Unknown,
    };

    /// <summary>The step at which an intensity is delivered: low intensity is step 2, high intensity step 3.</summary>
    /// <param name="intensity">The intensity.</param>
    /// <returns><see cref="CareStep.LowIntensity"/>, <see cref="CareStep.HighIntensity"/>, or <see cref="CareStep.Unknown"/>.</returns>
    public static CareStep ToStep(this Intensity intensity) => intensity switch
    {
        Intensity.Low => CareStep.LowIntensity,
        Intensity.High => CareStep.HighIntensity,
        _ => CareStep.Unknown,
    };
}

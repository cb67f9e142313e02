using Iapt.Rules.Stepping;
using Iapt.Rules.Provenance;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Specifications.Stepping;

/// <summary>
/// M4 Table 9 "Stepped-care services" (step 1 primary care, step 2 low intensity, step 3 high intensity) and OSS 5,
/// 7 (step 4 specialist).
/// Source: seeds/001_a2cac0063d4a7b45.txt, Table 9; seeds/002_1a0f5e1b5e1ca585.txt, paragraphs 5 and 7.
/// </summary>
public class M4_Table9_SteppedCareServices
{
    /// <summary>Each step's number and the intensity it delivers.</summary>
    [Theory]
    [InlineData(CareStep.PrimaryCare, 1, Intensity.Unknown)]
    [InlineData(CareStep.LowIntensity, 2, Intensity.Low)]
    [InlineData(CareStep.HighIntensity, 3, Intensity.High)]
    [InlineData(CareStep.Specialist, 4, Intensity.Unknown)]
    public void Step_number_and_intensity(CareStep step, int number, Intensity intensity)
    {
        Assert.Equal(number, (int)step);
        Assert.Equal(intensity, step.ToIntensity());
    }

    /// <summary>Low intensity is delivered at step 2 and high intensity at step 3.</summary>
    [Theory]
    [InlineData(Intensity.Low, CareStep.LowIntensity)]
    [InlineData(Intensity.High, CareStep.HighIntensity)]
    [InlineData(Intensity.Unknown, CareStep.Unknown)]
    public void Intensity_is_delivered_at_its_step(Intensity intensity, CareStep step) =>
        Assert.Equal(step, intensity.ToStep());
}

using Iapt.Rules.Episodes;
using Iapt.Rules.Provenance;
using Iapt.Rules.Stepping;

namespace Iapt.Rules.Tests.Stepping;

/// <summary>The dose of a course against its recommended range, in words (M4 §9.1.2).</summary>
public class DoseAssessmentTests
{
    private static readonly SessionRange Range = new(6, 8, null, new Source("M4", "Table 3"));

    [Theory]
    [InlineData(Intensity.Low, 4, DoseBand.BelowRange, "4 low-intensity sessions: below the range 6-8 sessions (M4 Table 3)")]
    [InlineData(Intensity.High, 7, DoseBand.WithinRange, "7 high-intensity sessions: within the range 6-8 sessions (M4 Table 3)")]
    [InlineData(Intensity.High, 9, DoseBand.AboveRange, "9 high-intensity sessions: above the range 6-8 sessions (M4 Table 3)")]
    public void A_dose_in_words_names_the_intensity_the_band_and_the_range(Intensity intensity, int sessions, DoseBand band, string expected)
    {
        Assert.Equal(expected, new DoseAssessment(intensity, sessions, band, Range).Explain());
    }

    [Fact]
    public void A_dose_of_unknown_intensity_has_no_range()
    {
        Assert.Equal("3 treatment sessions: no range for an unknown intensity", new DoseAssessment(Intensity.Unknown, 3, DoseBand.Unknown, null).Explain());
    }
}

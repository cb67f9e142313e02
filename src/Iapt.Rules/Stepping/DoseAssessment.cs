using Iapt.Rules.Episodes;

namespace Iapt.Rules.Stepping;

/// <summary>A number of treatment sessions at an intensity, compared with the rule set's dose range for it. A small value.</summary>
/// <param name="Intensity">The intensity.</param>
/// <param name="Sessions">The treatment sessions at that intensity.</param>
/// <param name="Band">Below, within or above the range; <see cref="DoseBand.Unknown"/> when the intensity is unknown.</param>
/// <param name="Range">The range compared with (low intensity 1-6, OSS 6; high intensity 12-20, M4 §9.1.2), or <see langword="null"/>.</param>
public readonly record struct DoseAssessment(Intensity Intensity, int Sessions, DoseBand Band, SessionRange? Range)
{
    /// <summary>The assessment for people, for example <c>8 high-intensity sessions: below the range 12-20 sessions (M4 §9.1.2)</c>.</summary>
    /// <returns>One sentence.</returns>
    public string Explain()
    {
        string where = Band switch
        {
            DoseBand.BelowRange => "below the range",
            DoseBand.WithinRange => "within the range",
            DoseBand.AboveRange => "above the range",
            _ => "no range for an unknown intensity",
        };
        string intensity = Intensity switch
        {
            Intensity.Low => "low-intensity",
            Intensity.High => "high-intensity",
            _ => "treatment",
        };
        return Range is null ? $"{Sessions} {intensity} sessions: {where}" : $"{Sessions} {intensity} sessions: {where} {Range}";
    }
}

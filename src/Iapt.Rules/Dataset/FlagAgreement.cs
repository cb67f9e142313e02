namespace Iapt.Rules.Dataset;

/// <summary>How often the engine agrees with one of NHS Digital's flags.</summary>
/// <param name="Flag">The flag.</param>
/// <param name="Compared">Referrals that carry a value of the flag.</param>
/// <param name="Agreed">Of those, referrals on which the engine gives the same value.</param>
public readonly record struct FlagAgreement(NhsdIndicator Flag, long Compared, long Agreed)
{
    /// <summary>The share that agree, as a fraction of 1, or <see langword="null"/> when none were compared.</summary>
    public decimal? Rate => Compared == 0 ? null : (decimal)Agreed / Compared;
}

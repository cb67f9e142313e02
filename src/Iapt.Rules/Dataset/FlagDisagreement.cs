namespace Iapt.Rules.Dataset;

/// <summary>One referral on which the engine and one of NHS Digital's flags disagree.</summary>
/// <param name="PathwayId">The referral.</param>
/// <param name="Flag">The flag.</param>
/// <param name="NhsDigital">NHS Digital's value.</param>
/// <param name="Engine">The engine's value.</param>
/// <param name="Explanation">Why the engine says so: the outcome's own explanation, one line per step.</param>
public sealed record FlagDisagreement(string PathwayId, NhsdIndicator Flag, bool NhsDigital, bool Engine, string Explanation);

using Iapt.Rules.Episodes;
using Iapt.Rules.Outcomes;

namespace Iapt.Rules.Dataset;

/// <summary>One referral on which the engine and one of NHS Digital's flags disagree.</summary>
/// <remarks>
/// A report's disagreements write their <see cref="Explanation"/> each time it is read, and keep only the outcome
/// it explains: a national extract may disagree on some hundred thousand referrals, and their explanations, of some
/// thousand characters each, would otherwise be most of the report's memory while only a reconciliation file reads
/// them (once each). A disagreement built with its explanation keeps that text.
/// Equality compares the five values, the explanation's text included. Safe to read from several threads.
/// </remarks>
/// <param name="PathwayId">The referral.</param>
/// <param name="Flag">The flag.</param>
/// <param name="NhsDigital">NHS Digital's value.</param>
/// <param name="Engine">The engine's value.</param>
/// <param name="Explanation">Why the engine says so: the outcome's own explanation, one line per step.</param>
public sealed record FlagDisagreement(string PathwayId, NhsdIndicator Flag, bool NhsDigital, bool Engine, string Explanation)
{
    private readonly Deferred? _deferred;
    private string? _explanation = Explanation;

    /// <summary>A disagreement whose explanation is written when first read (shared by the referral's disagreements).</summary>
    internal FlagDisagreement(string pathwayId, NhsdIndicator flag, bool nhsDigital, bool engine, Deferred explanation)
        : this(pathwayId, flag, nhsDigital, engine, (string)null!)
    {
        _deferred = explanation;
    }

    /// <summary>Why the engine says so: the outcome's own explanation, one line per step.</summary>
    public string Explanation
    {
        get => _explanation ?? _deferred!.Text;
        init => _explanation = value;
    }

    /// <summary>Whether the two disagreements have the same five values.</summary>
    /// <param name="other">The other disagreement.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(FlagDisagreement? other) =>
        other is not null && PathwayId == other.PathwayId && Flag == other.Flag && NhsDigital == other.NhsDigital && Engine == other.Engine
        && Explanation == other.Explanation;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(PathwayId, Flag, NhsDigital, Engine, Explanation);

    /// <summary>One referral's explanation, not yet written: the classifier and the outcome it explains.</summary>
    internal sealed class Deferred(OutcomeClassifier classifier, in OutcomeInput outcome)
    {
        private readonly OutcomeInput _outcome = outcome;

        /// <summary>The explanation, written anew at each read.</summary>
        public string Text => classifier.Explain(_outcome).ToString();
    }
}

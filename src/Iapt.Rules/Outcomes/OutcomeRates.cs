namespace Iapt.Rules.Outcomes;

/// <summary>
/// Counts of outcomes over many referrals, with the national rates (NHSD): recovery and reliable recovery over
/// finished courses minus those not at caseness at the start; reliable improvement and reliable deterioration over
/// finished courses. A small mutable accumulator: keep it in a local or a field and <see cref="Add(in OutcomeResult)"/>
/// each referral's result; memory does not grow with the number of referrals.
/// </summary>
/// <remarks>
/// A finished course whose caseness at the start is unknown (scores missing) stays in the recovery denominator and
/// counts as not recovered: only demonstrated recovery is claimed (M4 §6.4.3). The counts are exact; rates are
/// <see langword="null"/> when their denominator is 0.
/// </remarks>
public struct OutcomeRates : Numerics.ITally<OutcomeRates, OutcomeResult, OutcomeRates>
{
    /// <summary>Every referral added.</summary>
    public long Referrals { get; private set; }

    /// <summary>Referrals that finished a course of treatment.</summary>
    public long Finished { get; private set; }

    /// <summary>Finished courses with paired PHQ-9 and anxiety scores.</summary>
    public long FinishedPaired { get; private set; }

    /// <summary>Finished courses not at caseness at the start (both first scores below caseness).</summary>
    public long FinishedNotAtCaseness { get; private set; }

    /// <summary>Finished courses that recovered.</summary>
    public long Recovered { get; private set; }

    /// <summary>Finished courses that reliably improved.</summary>
    public long ReliablyImproved { get; private set; }

    /// <summary>Finished courses that reliably deteriorated.</summary>
    public long ReliablyDeteriorated { get; private set; }

    /// <summary>Finished courses with paired scores and no reliable change.</summary>
    public long NoReliableChange { get; private set; }

    /// <summary>Finished courses that reliably recovered.</summary>
    public long ReliablyRecovered { get; private set; }

    /// <summary>Recovery rate: recovered / (finished - not at caseness at the start) (NHSD; standard at least 50%, M4 §6.4.3).</summary>
    public readonly OutcomeRate Recovery => new(Recovered, Finished - FinishedNotAtCaseness);

    /// <summary>Reliable recovery rate: reliably recovered / (finished - not at caseness at the start) (NHSD).</summary>
    public readonly OutcomeRate ReliableRecovery => new(ReliablyRecovered, Finished - FinishedNotAtCaseness);

    /// <summary>Reliable improvement rate: reliably improved / finished (NHSD; standard at least two thirds, M4 §6.4.3).</summary>
    public readonly OutcomeRate ReliableImprovement => new(ReliablyImproved, Finished);

    /// <summary>Reliable deterioration rate: reliably deteriorated / finished (NHSD).</summary>
    public readonly OutcomeRate ReliableDeterioration => new(ReliablyDeteriorated, Finished);

    /// <summary>Paired-data completeness: finished courses with paired scores / finished (M4 §6.3.1, MQS 11: at least 90%).</summary>
    public readonly OutcomeRate PairedCompleteness => new(FinishedPaired, Finished);

    /// <summary>Counts one referral's result. Allocates nothing.</summary>
    /// <param name="result">The result.</param>
    public void Add(in OutcomeResult result)
    {
        Referrals++;
        if (!result.Finished)
        {
            return;
        }

        Finished++;
        var outcomes = result.Outcomes;
        FinishedPaired += result.Paired ? 1 : 0;
        FinishedNotAtCaseness += result.CasenessAtStart == CasenessAtStart.NotCase ? 1 : 0;
        Recovered += (outcomes & ClinicalOutcomes.Recovered) != 0 ? 1 : 0;
        ReliablyImproved += (outcomes & ClinicalOutcomes.ReliableImprovement) != 0 ? 1 : 0;
        ReliablyDeteriorated += (outcomes & ClinicalOutcomes.ReliableDeterioration) != 0 ? 1 : 0;
        NoReliableChange += (outcomes & ClinicalOutcomes.NoReliableChange) != 0 ? 1 : 0;
        ReliablyRecovered += (outcomes & ClinicalOutcomes.ReliableRecovery) != 0 ? 1 : 0;
    }

    /// <summary>Adds the counts of another accumulator (for example one filled on another thread): the same as <see cref="Merge"/>.</summary>
    /// <param name="other">The other counts.</param>
    public void Add(in OutcomeRates other) => Merge(other);

    /// <summary>Adds the counts of another accumulator (for example one filled on another thread).</summary>
    /// <param name="other">The other counts; unchanged.</param>
    public void Merge(OutcomeRates other)
    {
        Referrals += other.Referrals;
        Finished += other.Finished;
        FinishedPaired += other.FinishedPaired;
        FinishedNotAtCaseness += other.FinishedNotAtCaseness;
        Recovered += other.Recovered;
        ReliablyImproved += other.ReliablyImproved;
        ReliablyDeteriorated += other.ReliablyDeteriorated;
        NoReliableChange += other.NoReliableChange;
        ReliablyRecovered += other.ReliablyRecovered;
    }

    /// <summary>The counts so far, as a value (the rates are its properties).</summary>
    /// <returns>A copy of these counts.</returns>
    public readonly OutcomeRates Build() => this;
}

using NodaTime;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Waiting;

/// <summary>
/// The patient tracking list's national views on an as-of date (reference §9; NHSD). Made by
/// <see cref="PatientTrackingTally.Result"/>.
/// </summary>
/// <param name="AsOf">The day the views are drawn up.</param>
/// <param name="Waiting">Open referrals waiting for a first treatment.</param>
/// <param name="WaitingOverLimit">Of those, waiting more than <paramref name="LongWaitDays"/> (90) days.</param>
/// <param name="InTreatment">Open referrals in treatment.</param>
/// <param name="NoContactOverLimit">Of those, with no attended contact for more than <paramref name="NoContactDays"/> (90) days.</param>
/// <param name="ContactUnknown">Of those in treatment, how many have a last contact after the as-of date (gap unknown).</param>
/// <param name="Closed">Referrals discharged on or before the as-of date.</param>
/// <param name="NotYetReferred">Referrals received after the as-of date.</param>
/// <param name="LongWaitDays">The long-wait limit with its source.</param>
/// <param name="NoContactDays">The no-contact limit with its source.</param>
public sealed record PatientTrackingSummary(
    LocalDate AsOf, int Waiting, int WaitingOverLimit, int InTreatment, int NoContactOverLimit, int ContactUnknown,
    int Closed, int NotYetReferred, Sourced<int> LongWaitDays, Sourced<int> NoContactDays)
{
    /// <summary>Open referrals on the as-of date: waiting plus in treatment.</summary>
    public int Open => Waiting + InTreatment;
}

using System.Collections.Immutable;
using NodaTime;
using OneOf;

namespace Iapt.Rules.Waiting;

/// <summary>
/// A patient tracking list (M4 §8.1.5): every referral waiting for its first treatment on an as-of date, with days and
/// weeks waited and its breach dates, longest wait first; the breaches and the breaches to come; the list split by
/// any key; and its size against demand and capacity (M4 §8.1.4). Immutable. Build one with
/// <see cref="PatientTrackingList.Build{T}(IEnumerable{T}, Func{T, LocalDate}, LocalDate, WaitingTimeRules)"/>.
/// </summary>
/// <typeparam name="T">The caller's referral record.</typeparam>
public sealed class PatientTrackingList<T>
{
    internal PatientTrackingList(
        LocalDate asOf, WaitingTimeRules rules, ImmutableArray<TrackedReferral<T>> entries, ImmutableArray<RejectedReferral<T>> rejected)
    {
        AsOf = asOf;
        Rules = rules;
        Entries = entries;
        Rejected = rejected;
    }

    /// <summary>The day the list is drawn up.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The rules the positions were measured with.</summary>
    public WaitingTimeRules Rules { get; }

    /// <summary>The waiting referrals, longest wait first.</summary>
    public ImmutableArray<TrackedReferral<T>> Entries { get; }

    /// <summary>The records that could not be placed, each with its error.</summary>
    public ImmutableArray<RejectedReferral<T>> Rejected { get; }

    /// <summary>The number of referrals waiting (the entries; rejected records are not counted).</summary>
    public int Count => Entries.Length;

    /// <summary>The referrals whose breach date for a standard has passed, longest wait first.</summary>
    /// <param name="target">The standard; the 6-week standard when omitted.</param>
    /// <returns>The breached entries.</returns>
    public ImmutableArray<TrackedReferral<T>> Breached(BreachTarget target = BreachTarget.SixWeeks) =>
        [.. Entries.Where(e => e.Position.HasBreached(target))];

    /// <summary>The number of referrals whose breach date for a standard has passed.</summary>
    /// <param name="target">The standard; the 6-week standard when omitted.</param>
    /// <returns>The count.</returns>
    public int CountBreached(BreachTarget target = BreachTarget.SixWeeks) => Entries.Count(e => e.Position.HasBreached(target));

    /// <summary>
    /// The referrals waiting more than <see cref="WaitingTimeRules.TrackingListLongWaitDays"/> (90) days for their first
    /// treatment on the as-of date, longest wait first: the national view of the list (reference §9).
    /// </summary>
    /// <returns>The entries over the limit.</returns>
    public ImmutableArray<TrackedReferral<T>> WaitingOverLimit() => [.. Entries.Where(e => e.Position.IsWaitingOverLimit)];

    /// <summary>The number of referrals waiting more than <see cref="WaitingTimeRules.TrackingListLongWaitDays"/> (90) days.</summary>
    /// <returns>The count.</returns>
    public int CountWaitingOverLimit() => Entries.Count(e => e.Position.IsWaitingOverLimit);

    /// <summary>
    /// The referrals not yet breached whose breach date falls within the next <paramref name="days"/> days (from the
    /// as-of date to the as-of date plus <paramref name="days"/>, both included): the patients to book first.
    /// </summary>
    /// <param name="days">How many days ahead to look, 0 or more.</param>
    /// <param name="target">The standard; the 6-week standard when omitted.</param>
    /// <returns>The entries, longest wait first, or a <see cref="WaitingErrorKind.Negative"/> error.</returns>
    public OneOf<ImmutableArray<TrackedReferral<T>>, WaitingError> BreachingWithin(int days, BreachTarget target = BreachTarget.SixWeeks) =>
        days < 0
            ? WaitingError.NegativeDaysAhead
            : ImmutableArray.CreateRange(Entries.Where(e => e.Position.BreachesWithin(days, target)));

    /// <summary>
    /// Splits the list by a key such as step, modality, locality or clinician (M4 §8.1.5). Each part is a tracking list
    /// of its own with the same as-of date; rejected records go to the part of their key.
    /// </summary>
    /// <typeparam name="TKey">The key.</typeparam>
    /// <param name="key">Reads a record's key.</param>
    /// <param name="comparer">How keys are compared; the default equality when omitted.</param>
    /// <returns>The parts, in the order their first entry appears on the list (so the part with the longest wait comes first), then parts holding only rejected records.</returns>
    public ImmutableArray<PatientTrackingGroup<TKey, T>> GroupBy<TKey>(Func<T, TKey> key, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        Guard.Against.Null(key);
        var order = new List<TKey>();
        var entries = new Dictionary<TKey, List<TrackedReferral<T>>>(comparer);
        var rejected = new Dictionary<TKey, List<RejectedReferral<T>>>(comparer);
        foreach (var entry in Entries)
        {
            var k = key(entry.Referral);
            if (!entries.TryGetValue(k, out var list))
            {
                entries[k] = list = [];
                order.Add(k);
            }

            list.Add(entry);
        }

        foreach (var reject in Rejected)
        {
            var k = key(reject.Referral);
            if (!rejected.TryGetValue(k, out var list))
            {
                rejected[k] = list = [];
                if (!entries.ContainsKey(k))
                {
                    order.Add(k);
                }
            }

            list.Add(reject);
        }

        return [.. order.Select(k => new PatientTrackingGroup<TKey, T>(k, new PatientTrackingList<T>(
            AsOf,
            Rules,
            entries.TryGetValue(k, out var e) ? [.. e] : [],
            rejected.TryGetValue(k, out var r) ? [.. r] : [])))];
    }

    /// <summary>The size of the list in weeks of demand: patients waiting divided by new referrals a week (M4 §8.1.4).</summary>
    /// <param name="weeklyReferrals">The average number of new referrals a week, above zero.</param>
    /// <returns>The weeks of demand waiting, or an error naming the field.</returns>
    public OneOf<decimal, WaitingError> WeeksOfDemand(decimal weeklyReferrals) => WaitingLists.WeeksOfDemand(Count, weeklyReferrals);

    /// <summary>The list against the rule of thumb for a waiting-time target, with its backlog (M4 §8.1.4).</summary>
    /// <param name="weeklyReferrals">The average number of new referrals a week, above zero.</param>
    /// <param name="targetWaitWeeks">The waiting-time target in weeks (6 or 4 under the Manual v4).</param>
    /// <returns>The assessment, or an error naming the field.</returns>
    public OneOf<BacklogAssessment, WaitingError> AssessBacklog(decimal weeklyReferrals, int targetWaitWeeks) =>
        Rules.AssessBacklog(Count, weeklyReferrals, targetWaitWeeks);

    /// <summary>The clearance time: weeks to clear the list if no new patients arrived (M4 §8.1.4).</summary>
    /// <param name="weeklyCapacity">The number of patients the service can take off the list a week, above zero.</param>
    /// <returns>The clearance time in weeks, or an error naming the field.</returns>
    public OneOf<decimal, WaitingError> ClearanceWeeks(decimal weeklyCapacity) => WaitingLists.ClearanceWeeks(Count, weeklyCapacity);
}

using System.Runtime.InteropServices;
using Iapt.Rules.Episodes;
using Iapt.Rules.Stepping;

namespace Iapt.Rules.Reporting;

/// <summary>
/// The last step of the library's batch paths (<see cref="ServiceReportBatch.Run"/> and the national data set's
/// report): every referral, with its accumulated sessions, assessed and counted on several threads.
/// </summary>
/// <remarks>
/// The referrals are split into contiguous shares, one per thread, each counted into a
/// <see cref="ServiceReportBuilder"/> of its own; the builders are then merged into the first in share order. Every
/// figure is a sum, so the report is the same for any number of shares. Nothing is buffered beyond the builders.
/// </remarks>
internal static class ShareAssessment
{
    /// <summary>The number of shares for <paramref name="count"/> referrals: the degree of parallelism asked for (all
    /// cores when <see langword="null"/>), never more than the referrals, at least one.</summary>
    internal static int Shares(int? maxDegreeOfParallelism, int count) =>
        Math.Max(1, Math.Min(Math.Max(1, maxDegreeOfParallelism ?? Environment.ProcessorCount), count));

    /// <summary>
    /// Orders each referral's treatment sessions, assesses it (its descriptor group kept), counts it and hands the
    /// assessment to <paramref name="observe"/> (with the share and the referral's index), on
    /// <paramref name="shares"/> threads; then merges every share's builder into <paramref name="first"/>.
    /// </summary>
    /// <param name="first">The builder of the first share, which receives the others' counts.</param>
    /// <param name="shares">The number of shares, from <see cref="Shares"/>.</param>
    /// <param name="referrals">The referrals kept, by index.</param>
    /// <param name="accumulators">Each referral's accumulated sessions, by the same index.</param>
    /// <param name="treatment">Each referral's treatment sessions (null for none), by the same index; copied, then sorted.</param>
    /// <param name="observe">Called once per referral on its share's thread, or <see langword="null"/>.</param>
    internal static void Run(
        ServiceReportBuilder first,
        int shares,
        IReadOnlyList<ReferralRecord> referrals,
        ReferralAccumulator[] accumulators,
        List<SteppedSession>?[] treatment,
        Action<int, int, ReferralAssessment>? observe = null)
    {
        Run(first, shares, referrals, () => (int i, ref ReferralAccumulator accumulator, List<SteppedSession> sessions) =>
        {
            accumulator = accumulators[i];
            if (treatment[i] is { } list)
            {
                sessions.AddRange(list);
            }
        }, observe);
    }

    /// <summary>Gives one referral's sessions to its accumulator, and its treatment sessions to the list (empty when called).</summary>
    internal delegate void ReferralFeed(int referral, ref ReferralAccumulator accumulator, List<SteppedSession> treatment);

    /// <summary>
    /// The same, with no accumulator or session list held for every referral: each share's thread makes each
    /// referral's accumulator as it comes to it, fills it through its own feed (from <paramref name="feedOfShare"/>,
    /// called once per share on that share's thread) and assesses it at once.
    /// </summary>
    internal static void Run(
        ServiceReportBuilder first,
        int shares,
        IReadOnlyList<ReferralRecord> referrals,
        Func<ReferralFeed> feedOfShare,
        Action<int, int, ReferralAssessment>? observe = null)
    {
        var builders = new ServiceReportBuilder[shares];
        builders[0] = first;
        for (int s = 1; s < shares; s++)
        {
            builders[s] = new ServiceReportBuilder(first.Rules, first.Period, first.Breakdowns);
        }

        int count = referrals.Count;
        int share = (count + shares - 1) / shares;
        Parallel.For(0, shares, new ParallelOptions { MaxDegreeOfParallelism = shares }, s =>
        {
            var builder = builders[s];
            var feed = feedOfShare();
            var treatment = new List<SteppedSession>();
            for (int i = s * share, end = Math.Min(count, (s + 1) * share); i < end; i++)
            {
                var referral = referrals[i];
                var accumulator = new ReferralAccumulator(first.Classifier, referral.Descriptor, referral.DischargeDate);
                treatment.Clear();
                feed(i, ref accumulator, treatment);
                var sessionsOfReferral = CollectionsMarshal.AsSpan(treatment);
                SteppedCare.OrderSessions(sessionsOfReferral);
                var assessment = builder.Assess(referral.ReferralDate, accumulator, sessionsOfReferral) with { DescriptorGroup = referral.DescriptorGroup };
                builder.Add(assessment, referral);
                observe?.Invoke(s, i, assessment);
            }
        });

        for (int s = 1; s < shares; s++)
        {
            first.Merge(builders[s]);
        }
    }
}

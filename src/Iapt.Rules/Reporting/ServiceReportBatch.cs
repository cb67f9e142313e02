using System.Collections.Immutable;
using Iapt.Rules.Episodes;
using Iapt.Rules.Stepping;

namespace Iapt.Rules.Reporting;

/// <summary>
/// A whole service's report from its referrals and sessions, held however the caller holds them (any enumerable, in
/// any order): every record rule, every clinical rule and every figure, on every core. The same rules as
/// <c>iapt report</c>, which reads its CSV files through the same library calls.
/// </summary>
/// <remarks>
/// <para><b>What streams, what buffers.</b> <c>referrals</c> is enumerated once and buffered: one
/// <see cref="ReferralRecord"/> and one <see cref="ReferralAccumulator"/> (a few hundred bytes) per referral. <c>sessions</c>
/// is enumerated once and streamed: each session is checked (<see cref="RecordRules"/>) and added to its
/// referral's accumulator at once; only the treatment sessions are kept (a date, an intensity and an intervention
/// each), for the stepped-care rules. Memory therefore grows with the number of referrals and of treatment
/// sessions, never with the other sessions; the rejections are kept (they are returned).</para>
/// <para><b>Order.</b> Results never depend on the order of either sequence, with one exception that is itself a
/// rejection: of several referrals with one id the first is used (<see cref="RecordRules.DuplicateReferral"/>).
/// Sessions on the same date are ordered by <see cref="EpisodeAccumulator.SameDayOrder"/> and
/// <see cref="SteppedCare.SessionOrder"/>.</para>
/// <para><b>Cores.</b> Once both sequences are read, the referrals are split into contiguous shares, each assessed
/// and counted by one thread into its own <see cref="ServiceReportBuilder"/>; the builders are then merged. Every
/// figure is a sum, so the report is the same for any number of threads. The enumerables are read on the calling
/// thread only.</para>
/// </remarks>
public static class ServiceReportBatch
{
    /// <summary>Builds the report of a service.</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="referrals">The referrals, in any order.</param>
    /// <param name="sessions">The sessions, each with its referral's id, in any order.</param>
    /// <param name="options">The period, breakdowns and threads; <see langword="null"/> for the defaults.</param>
    /// <returns>The report and the records not used.</returns>
    /// <exception cref="ArgumentException">A referral's number of attributes differs from the number of breakdowns.</exception>
    public static ServiceReportBatchResult Run(
        IReportRuleSet rules, IEnumerable<ReferralRecord> referrals, IEnumerable<ReferralSession> sessions, ServiceReportBatchOptions? options = null)
    {
        Guard.Against.Null(rules);
        Guard.Against.Null(referrals);
        Guard.Against.Null(sessions);
        options ??= new ServiceReportBatchOptions();
        var first = new ServiceReportBuilder(rules, options.Period, options.Breakdowns);
        int breakdowns = options.Breakdowns.Count;
        var classifier = first.Classifier;

        var rejections = ImmutableArray.CreateBuilder<RecordRejection>();
        var kept = new List<ReferralRecord>();
        var firstAt = new Dictionary<string, (int Index, long Position)>(StringComparer.Ordinal);
        long read = 0;
        foreach (var referral in referrals)
        {
            long position = read++;
            int attributes = referral.Attributes.IsDefault ? 0 : referral.Attributes.Length;
            if (attributes != breakdowns)
            {
                throw new ArgumentException(
                    $"The referral at position {position} has {attributes} attributes; the report has {breakdowns} breakdowns.", nameof(referrals));
            }

            if (RecordRules.CheckReferral(referral) is { } fault)
            {
                rejections.Add(new RecordRejection(RecordKind.Referral, position, fault));
            }
            else if (firstAt.TryGetValue(referral.Id, out var earlier))
            {
                rejections.Add(new RecordRejection(RecordKind.Referral, position,
                    RecordRules.DuplicateReferral(FormattableString.Invariant($"position {earlier.Position}"))));
            }
            else
            {
                // Locals, not expressions, inside the tuple: Stryker's conditional around a tuple element loses the
                // tuple's target type, a compile error that would drop every mutant of this method (docs/mutation-testing.md).
                int keptIndex = kept.Count;
                firstAt.Add(referral.Id, (keptIndex, position));
                kept.Add(referral);
            }
        }

        var accumulators = new ReferralAccumulator[kept.Count];
        for (int i = 0; i < kept.Count; i++)
        {
            accumulators[i] = new ReferralAccumulator(classifier, kept[i].Descriptor, kept[i].DischargeDate);
        }

        var treatment = new List<SteppedSession>?[kept.Count];
        long sessionPosition = 0;
        foreach (var (id, session) in sessions)
        {
            long position = sessionPosition++;
            read++;
            // "found" is assigned first so that a mutant of the condition still compiles (see above).
            (int Index, long Position) found = default;
            if (id is null || !firstAt.TryGetValue(id, out found))
            {
                rejections.Add(new RecordRejection(RecordKind.Session, position, RecordRules.UnknownReferral));
                continue;
            }

            int index = found.Index;
            if (RecordRules.CheckSession(kept[index].ReferralDate, session.Date) is { } fault)
            {
                rejections.Add(new RecordRejection(RecordKind.Session, position, fault));
                continue;
            }

            if (accumulators[index].Add(session))
            {
                (treatment[index] ??= []).Add(new SteppedSession(session.Date, session.Intensity, session.Intervention));
            }
        }

        ShareAssessment.Run(first, ShareAssessment.Shares(options.MaxDegreeOfParallelism, kept.Count), kept, accumulators, treatment);

        return new ServiceReportBatchResult
        {
            Report = first.Build(read, rejections.Count),
            Rejections = rejections.ToImmutable(),
        };
    }
}

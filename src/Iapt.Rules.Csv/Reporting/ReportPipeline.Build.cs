using Iapt.Rules.Reporting;
using Iapt.Rules.Stepping;

namespace Iapt.Rules.Csv;

internal sealed partial class ReportPipeline
{
    /// <summary>
    /// Assesses and counts every referral: each thread takes a contiguous share of the referrals into a
    /// <see cref="ServiceReportBuilder"/> of its own (every rule applied by the library, one referral at a time), and
    /// the builders are merged in share order. Every figure is a sum, so the report does not depend on the number of
    /// threads.
    /// </summary>
    private ServiceReport Build()
    {
        int count = _referrals.Count;
        int threads = Math.Max(1, Math.Min(_parallelism, count));
        var builders = new ServiceReportBuilder[threads];
        for (int t = 0; t < threads; t++)
        {
            builders[t] = new ServiceReportBuilder(_options.Rules, _options.Period, _options.By);
        }

        int share = (count + threads - 1) / threads;
        RunParts(threads, t => AssessRange(builders[t], t * share, Math.Min(count, (t + 1) * share)));
        for (int t = 1; t < threads; t++)
        {
            builders[0].Merge(builders[t]);
        }

        if (_options.Progress is { } progress && _rowsRead >= _options.ProgressEvery)
        {
            progress.Report(_rowsRead);
        }

        return builders[0].Build(_rowsRead, _rowsRejected);
    }

    /// <summary>Assesses referrals <paramref name="from"/> to <paramref name="to"/> (excluded) and counts them in <paramref name="builder"/>.</summary>
    private void AssessRange(ServiceReportBuilder builder, int from, int to)
    {
        var sessions = new List<SteppedSession>();
        var groups = new string[_interned.Length];
        for (int i = from; i < to; i++)
        {
            // One method per referral, compiled fully optimised (see ParseReferrals).
            AssessReferral(builder, i, sessions, groups);
        }
    }

    /// <summary>Applies every rule to referral <paramref name="i"/> and counts it.</summary>
    private void AssessReferral(ServiceReportBuilder builder, int i, List<SteppedSession> sessions, string[] groups)
    {
        sessions.Clear();
        var part = _parts[_owners[i]];
        var chain = part.Chain;
        for (int node = part.Heads[i] - 1; node >= 0; node = chain.NextOf(node))
        {
            sessions.Add(chain.ItemAt(node));
        }

        // The chain holds the latest-added first: reversed, the sessions are usually in date order already, which is
        // the ordering's fastest case.
        sessions.Reverse();
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sessions);
        SteppedCare.OrderSessions(span);
        var referral = _referrals[i];
        var assessment = builder.Assess(referral.Date, _accumulators[i], span) with { DescriptorGroup = referral.Group };
        for (int g = 0; g < groups.Length; g++)
        {
            groups[g] = _groupValues[(i * groups.Length) + g];
        }

        builder.Add(assessment, groups);
    }
}

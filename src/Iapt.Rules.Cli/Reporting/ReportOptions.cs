using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Cli.Reporting;

/// <summary>How to run a service report.</summary>
internal sealed record ReportOptions
{
    /// <summary>The reporting period, or null for every referral.</summary>
    public ReportPeriod? Period { get; init; }

    /// <summary>Referral columns to break the report down by (besides the problem descriptor).</summary>
    public IReadOnlyList<string> By { get; init; } = [];

    /// <summary>The rule set.</summary>
    public RuleSet Rules { get; init; } = RuleSet.ManualV4;

    /// <summary>Whether to apply statistical disclosure control.</summary>
    public bool Suppress { get; init; }

    /// <summary>Where to write rejected rows as CSV (file,line,field,reason), or null.</summary>
    public TextWriter? Rejects { get; init; }

    /// <summary>
    /// How many threads read the sessions file and assess referrals, or null for one per processor (at most four).
    /// The report is the same whatever the number.
    /// </summary>
    public int? Parallelism { get; init; }

    /// <summary>
    /// How many consecutive rows of the referrals file one thread parses before the next thread takes the next run:
    /// 1,024 by default; tests set 1 to spread a small file over every thread. (Sessions are shared out by a hash of
    /// the referral id.)
    /// </summary>
    public int OwnershipRun { get; init; } = 1024;

    /// <summary>Where to show progress (a terminal's stderr), or null for silence.</summary>
    public TextWriter? Progress { get; init; }
}

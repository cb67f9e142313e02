using NodaTime;
using OneOf;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Stepping;

public static partial class SteppedCare
{
    /// <summary>Whether the review after about 6 sessions is due (M4 §9.1.2).</summary>
    /// <param name="rules">The rule set (<see cref="SteppingRules.ReviewAfterSessions"/>).</param>
    /// <param name="treatmentSessions">The treatment sessions given so far, at least 0.</param>
    /// <returns>The review point.</returns>
    /// <exception cref="ArgumentException"><paramref name="treatmentSessions"/> is negative (a programmer error).</exception>
    public static ReviewPoint Review(ISteppingRuleSet rules, int treatmentSessions)
    {
        Guard.Against.Null(rules);
        Guard.Against.Negative(treatmentSessions);
        return new ReviewPoint(treatmentSessions, rules.Stepping.ReviewAfterSessions);
    }

    /// <summary>
    /// A number of sessions at an intensity against the rule set's dose range: low intensity 1-6 (OSS 6), high
    /// intensity 12-20 (M4 §9.1.2). Other ranges (OSS 7's 8-20 for individual CBT, NICE's up to 14-20) are on
    /// <see cref="SteppingRules"/> for reporting.
    /// </summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="intensity">The intensity.</param>
    /// <param name="sessions">The treatment sessions at that intensity, at least 0.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessions"/> is negative (a programmer error).</exception>
    public static DoseAssessment Dose(ISteppingRuleSet rules, Intensity intensity, int sessions)
    {
        Guard.Against.Null(rules);
        Guard.Against.Negative(sessions);
        var range = rules.Stepping.DoseFor(intensity);
        var band = range is null ? DoseBand.Unknown
            : sessions < range.Minimum ? DoseBand.BelowRange
            : sessions > range.Maximum ? DoseBand.AboveRange
            : DoseBand.WithinRange;
        return new DoseAssessment(intensity, sessions, band, range);
    }
}

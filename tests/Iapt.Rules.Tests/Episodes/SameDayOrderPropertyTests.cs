using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Episodes;
using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using Iapt.Rules.Tests.Reporting;
using NodaTime;
using static Iapt.Rules.Tests.Outcomes.Referral;

namespace Iapt.Rules.Tests.Episodes;

/// <summary>
/// Row order never changes an episode (issue 13): sessions crowded onto a few days, with random types, attendance,
/// intensities, interventions and scores, give the same <see cref="Episode"/> in any permutation; the first and last
/// scores and <see cref="Episode.HasSameDayScores"/> equal a plain recount by <see cref="EpisodeAccumulator.SameDayOrder"/>.
/// </summary>
/// <remarks>Each session holds at most one score per measure (several sessions on one day hold the ties).</remarks>
public class SameDayOrderPropertyTests
{
    private static readonly LocalDate Origin = new(2024, 1, 1);

    private static readonly ProblemDescriptor[] Descriptors =
    [
        ProblemDescriptor.Depression, ProblemDescriptor.SocialAnxietyDisorder,
        ProblemDescriptor.GeneralisedAnxietyDisorder, ProblemDescriptor.MixedAnxietyAndDepression,
    ];

    private sealed record Referral(ProblemDescriptor Descriptor, LocalDate? Discharge, SessionRecord[] Sessions);

    private static Gen<Score[]> ScoresOf(int scale) =>
        from phq9 in Gen.Choose(-2, Math.Min(27, scale))
        from gad7 in Gen.Choose(-2, Math.Min(21, scale))
        from spin in Gen.Choose(-2, scale)
        from secondPhq9 in Gen.Choose(-8, Math.Min(27, scale))
        select (Score[])[
            .. phq9 < 0 ? Array.Empty<Score>() : [Score(MeasureKeys.Phq9, phq9)],
            .. secondPhq9 < 0 ? Array.Empty<Score>() : [Score(MeasureKeys.Phq9, secondPhq9)],
            .. gad7 < 0 ? Array.Empty<Score>() : [Score(MeasureKeys.Gad7, gad7)],
            .. spin < 0 ? Array.Empty<Score>() : [Score(MeasureKeys.Spin, spin)]];

    /// <summary>Up to 12 sessions on 1 to 5 days (so most days hold several), scores on a small scale so that values tie too.</summary>
    private static Gen<Referral> CrowdedReferral() =>
        from descriptor in Gen.Elements(Descriptors)
        from days in Gen.Choose(1, 5).SelectMany(n => Gen.Choose(0, 30).ArrayOf(n))
        from discharge in Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (3, Gen.Choose(0, 30).Select(d => (LocalDate?)Origin.PlusDays(d))))
        from scale in Gen.Elements(2, 12, 27)
        from count in Gen.Choose(0, 12)
        from sessions in Gen.CollectToArray(Enumerable.Range(0, count).Select(_ =>
            from day in Gen.Elements(days)
            from type in Gen.Elements(Enum.GetValues<SessionType>())
            from attended in Gen.Frequency((1, Gen.Constant(false)), (4, Gen.Constant(true)))
            from intensity in Gen.Elements(Enum.GetValues<Intensity>())
            from intervention in Gen.Elements(Intervention.Unknown, Intervention.GuidedSelfHelp, Intervention.Cbt, Intervention.Counselling)
            from scores in ScoresOf(scale)
            select new SessionRecord(Origin.PlusDays(day), type, attended) { Intensity = intensity, Intervention = intervention, Scores = [.. scores] }))
        select new Referral(descriptor, discharge, sessions);

    /// <summary>One referral of <see cref="ServiceGen.Referral"/> with several sessions on a day, as library records.</summary>
    private static Gen<Referral> ServiceGenReferral() =>
        ServiceGen.Referral("r", sameDays: true).Select(r =>
            new Referral(r.Descriptor, r.Discharged, [.. r.Sessions.Select(s => ServiceModel.Record(RuleSet.ManualV4, s))]));

    /// <summary>Either kind of referral, for the properties that recount.</summary>
    private static Gen<Referral> AnyReferral() => Gen.OneOf(CrowdedReferral(), ServiceGenReferral());

    private static Episode Build(Referral referral, IEnumerable<SessionRecord> sessions) =>
        Episode.FromSessions(new OutcomeClassifier(RuleSet.ManualV4), referral.Descriptor, referral.Discharge, sessions);

    private static Gen<(Referral Referral, SessionRecord[] Permuted)> Permuted(Gen<Referral> referrals) =>
        referrals.SelectMany(r => Gen.Shuffle(r.Sessions), (r, permuted) => (r, permuted));

    [Property(MaxTest = 300)]
    public Property Any_permutation_of_crowded_sessions_gives_the_same_episode() =>
        Prop.ForAll(Permuted(CrowdedReferral()).ToArbitrary(), input =>
            Build(input.Referral, input.Referral.Sessions) == Build(input.Referral, input.Permuted));

    [Property(MaxTest = 200)]
    public Property Any_permutation_of_a_generated_services_sessions_gives_the_same_episode() =>
        Prop.ForAll(Permuted(ServiceGenReferral()).ToArbitrary(), input =>
            Build(input.Referral, input.Referral.Sessions) == Build(input.Referral, input.Permuted));

    [Property(MaxTest = 200)]
    public Property Reversing_the_sessions_gives_the_same_episode() =>
        Prop.ForAll(CrowdedReferral().ToArbitrary(), referral =>
            Build(referral, referral.Sessions) == Build(referral, referral.Sessions.Reverse()));

    /// <summary>
    /// The scores that count, on a measure the episode keeps: on or before discharge, and recorded against the referral
    /// (whatever the attendance) or at an attended contact that is not a follow-up.
    /// </summary>
    private static (LocalDate Date, SessionType Type, decimal Value, int Session)[] Counted(Referral referral, string measure) =>
        [.. referral.Sessions
            .Select((s, i) => (Record: s, Index: i))
            .Where(s => (s.Record.Type == SessionType.ReferralScores || (s.Record.Attended && s.Record.Type != SessionType.FollowUp)) && (referral.Discharge is not { } d || s.Record.Date <= d))
            .SelectMany(s => s.Record.Scores.Where(x => x.Measure.Key == measure).Select(x => (s.Record.Date, s.Record.Type, x.Value, s.Index)))];

    private static string? KeptAnxietyMeasure(ProblemDescriptor descriptor) =>
        descriptor == ProblemDescriptor.SocialAnxietyDisorder ? MeasureKeys.Spin : null;

    [Property(MaxTest = 300)]
    public Property The_first_and_last_scores_follow_the_same_day_order() =>
        Prop.ForAll(AnyReferral().ToArbitrary(), referral =>
        {
            var episode = Build(referral, referral.Sessions);
            return Expected(referral, MeasureKeys.Phq9) == Actual(episode.Outcome.Phq9)
                   && Expected(referral, MeasureKeys.Gad7) == Actual(episode.Outcome.Gad7)
                   && (KeptAnxietyMeasure(referral.Descriptor) is { } adsm
                       ? Expected(referral, adsm) == Actual(episode.Outcome.Adsm)
                       : !episode.Outcome.Adsm.First.HasValue);
        });

    private static (decimal? First, decimal? Last) Actual(ScorePair pair) => (pair.First?.Value, pair.Last?.Value);

    /// <summary>
    /// The plain reading of the rule: the first score is the least by (date, type with scores recorded against the
    /// referral first, value), the last the greatest; scores
    /// from one session alone have no last score (a pair needs two sessions, however many scores one session holds).
    /// </summary>
    private static (decimal? First, decimal? Last) Expected(Referral referral, string measure)
    {
        var scores = Counted(referral, measure);
        if (scores.Length == 0)
        {
            return (null, null);
        }

        var ordered = scores.OrderBy(s => s.Date).ThenBy(s => s.Type == SessionType.ReferralScores ? -1 : (int)s.Type).ThenBy(s => s.Value).ToArray();
        return (ordered[0].Value, scores.Select(s => s.Session).Distinct().Count() == 1 ? null : ordered[^1].Value);
    }

    [Property(MaxTest = 500)]
    public Property Same_day_scores_are_two_scores_on_the_date_of_a_first_or_last_score() =>
        Prop.ForAll(AnyReferral().ToArbitrary(), referral =>
        {
            string?[] measures = [MeasureKeys.Phq9, MeasureKeys.Gad7, KeptAnxietyMeasure(referral.Descriptor)];
            bool expected = measures.OfType<string>().Any(measure =>
            {
                var dates = Counted(referral, measure).Select(s => s.Date).ToArray();
                return dates.Length > 0 && (dates.Count(d => d == dates.Min()) >= 2 || dates.Count(d => d == dates.Max()) >= 2);
            });
            return Build(referral, referral.Sessions).HasSameDayScores == expected;
        });
}

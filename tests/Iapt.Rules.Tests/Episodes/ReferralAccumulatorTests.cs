using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Episodes;
using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Stepping;
using NodaTime;
using static Iapt.Rules.Tests.Outcomes.Referral;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Episodes;

/// <summary>
/// What each session counts for in <see cref="ReferralAccumulator"/> (M4 §6.4.1; NHSD; reference §4): a treatment
/// session, an attended contact, a missed appointment, or nothing (follow-ups, and anything after discharge).
/// </summary>
public class ReferralAccumulatorTests
{
    private static readonly LocalDate Discharge = new(2024, 6, 30);

    private static ReferralAccumulator Start(LocalDate? discharge) =>
        new(new OutcomeClassifier(RuleSet.ManualV4), ProblemDescriptor.Depression, discharge);

    private static (bool Treatment, int Attended, int Missed) AddOne(LocalDate? discharge, LocalDate date, SessionType type, bool attended)
    {
        var accumulator = Start(discharge);
        bool treatment = accumulator.Add(new SessionRecord(date, type, attended));
        return (treatment, accumulator.AttendedContacts, accumulator.MissedAppointments);
    }

    [Theory]
    [InlineData(SessionType.Treatment, true, true, 1, 0)]
    [InlineData(SessionType.AssessmentAndTreatment, true, true, 1, 0)]
    [InlineData(SessionType.Assessment, true, false, 1, 0)]
    [InlineData(SessionType.FollowUp, true, false, 0, 0)]
    [InlineData(SessionType.Treatment, false, false, 0, 1)]
    [InlineData(SessionType.AssessmentAndTreatment, false, false, 0, 1)]
    [InlineData(SessionType.Assessment, false, false, 0, 1)]
    [InlineData(SessionType.FollowUp, false, false, 0, 0)]
    [InlineData(SessionType.ReferralScores, true, false, 0, 0)]
    [InlineData(SessionType.ReferralScores, false, false, 0, 0)]
    public void A_session_before_discharge_counts_by_its_type_and_attendance(
        SessionType type, bool attended, bool treatment, int attendedContacts, int missed)
    {
        Assert.Equal((treatment, attendedContacts, missed), AddOne(Discharge, Discharge.PlusDays(-10), type, attended));
    }

    [Theory]
    [InlineData(SessionType.Treatment, true, true, 1, 0)]
    [InlineData(SessionType.AssessmentAndTreatment, true, true, 1, 0)]
    [InlineData(SessionType.Assessment, true, false, 1, 0)]
    [InlineData(SessionType.Treatment, false, false, 0, 1)]
    [InlineData(SessionType.FollowUp, true, false, 0, 0)]
    [InlineData(SessionType.ReferralScores, true, false, 0, 0)]
    public void A_session_on_the_discharge_date_counts(SessionType type, bool attended, bool treatment, int attendedContacts, int missed)
    {
        Assert.Equal((treatment, attendedContacts, missed), AddOne(Discharge, Discharge, type, attended));
    }

    [Theory]
    [InlineData(SessionType.Treatment, true)]
    [InlineData(SessionType.AssessmentAndTreatment, true)]
    [InlineData(SessionType.Assessment, true)]
    [InlineData(SessionType.Treatment, false)]
    [InlineData(SessionType.FollowUp, true)]
    [InlineData(SessionType.ReferralScores, true)]
    public void A_session_the_day_after_discharge_counts_for_nothing(SessionType type, bool attended)
    {
        Assert.Equal((false, 0, 0), AddOne(Discharge, Discharge.PlusDays(1), type, attended));
    }

    [Fact]
    public void While_a_referral_is_open_every_date_counts()
    {
        Assert.Equal((true, 1, 0), AddOne(null, Discharge.PlusDays(400), SessionType.Treatment, true));
        Assert.Equal((false, 0, 1), AddOne(null, Discharge.PlusDays(400), SessionType.Assessment, false));
    }

    [Fact]
    public void The_episode_counts_the_same_treatment_sessions_as_Add_returns()
    {
        var accumulator = Start(Discharge);
        Assert.True(accumulator.Add(Discharge.PlusDays(-20), SessionType.AssessmentAndTreatment, true, Intensity.Low, [Score("phq9", 18)]));
        Assert.False(accumulator.Add(Discharge.PlusDays(-15), SessionType.Treatment, false, Intensity.Low, [Score("phq9", 3)]));
        Assert.True(accumulator.Add(Discharge, SessionType.Treatment, true, Intensity.High, [Score("phq9", 7)]));
        Assert.False(accumulator.Add(Discharge.PlusDays(1), SessionType.Treatment, true, Intensity.High, [Score("phq9", 2)]));
        var episode = accumulator.ToEpisode();
        Assert.Equal(2, episode.TreatmentSessions);
        Assert.Equal(Pair("phq9", 18, 7), episode.Outcome.Phq9);
        Assert.Equal((2, 1), (accumulator.AttendedContacts, accumulator.MissedAppointments));
    }

    private static readonly LocalDate Origin = new(2024, 1, 1);

    /// <summary>Up to 14 sessions on a few days around the discharge date (day 10), of every type, attended or not.</summary>
    private static Gen<(SessionRecord[] Sessions, LocalDate? Discharge)> Sessions() =>
        from discharge in Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (3, Gen.Choose(0, 12).Select(d => (LocalDate?)Origin.PlusDays(d))))
        from count in Gen.Choose(0, 14)
        from sessions in Gen.CollectToArray(Enumerable.Range(0, count).Select(_ =>
            from day in Gen.Choose(0, 12)
            from type in Gen.Elements(Enum.GetValues<SessionType>())
            from attended in Gen.Frequency((1, Gen.Constant(false)), (3, Gen.Constant(true)))
            from intensity in Gen.Elements(Enum.GetValues<Intensity>())
            from phq9 in Gen.Choose(-1, 27)
            select new SessionRecord(Origin.PlusDays(day), type, attended)
            {
                Intensity = intensity,
                Scores = phq9 < 0 ? [] : [Score(MeasureKeys.Phq9, phq9)],
            }))
        select (sessions, discharge);

    private static (int Treatment, int Attended, int Missed, Episode Episode) Count(SessionRecord[] sessions, LocalDate? discharge)
    {
        var accumulator = Start(discharge);
        int treatment = 0;
        foreach (var session in sessions)
        {
            treatment += accumulator.Add(session) ? 1 : 0;
        }

        return (treatment, accumulator.AttendedContacts, accumulator.MissedAppointments, accumulator.ToEpisode());
    }

    [Property(MaxTest = 200)]
    public Property The_counts_are_a_plain_recount_of_the_sessions() =>
        Prop.ForAll(Sessions().ToArbitrary(), input =>
        {
            var (sessions, discharge) = input;
            var counted = sessions.Where(s => discharge is not { } d || s.Date <= d).Where(s => s.Type is not (SessionType.FollowUp or SessionType.ReferralScores)).ToArray();
            int treatment = counted.Count(s => s.Attended && s.Type is SessionType.Treatment or SessionType.AssessmentAndTreatment);
            var actual = Count(sessions, discharge);
            return actual.Treatment == treatment
                   && actual.Episode.TreatmentSessions == treatment
                   && actual.Attended == counted.Count(s => s.Attended)
                   && actual.Missed == counted.Count(s => !s.Attended);
        });

    [Property(MaxTest = 200)]
    public Property The_order_of_the_sessions_changes_no_count() =>
        Prop.ForAll(
            Sessions().SelectMany(i => Gen.Shuffle(i.Sessions), (i, shuffled) => (i.Sessions, Shuffled: shuffled, i.Discharge)).ToArbitrary(),
            input => Count(input.Sessions, input.Discharge) == Count(input.Shuffled, input.Discharge));

    [Property(MaxTest = 100)]
    public Property Adding_by_parts_is_adding_the_record() =>
        Prop.ForAll(Sessions().ToArbitrary(), input =>
        {
            var byRecord = Start(input.Discharge);
            var byParts = Start(input.Discharge);
            var episode = new EpisodeAccumulator(new OutcomeClassifier(RuleSet.ManualV4), ProblemDescriptor.Depression, input.Discharge);
            bool same = true;
            foreach (var s in input.Sessions)
            {
                same &= byRecord.Add(s) == byParts.Add(s.Date, s.Type, s.Attended, s.Intensity, s.Scores.AsSpan());
                episode.Add(s.Date, s.Type, s.Attended, s.Intensity, s.Scores.AsSpan());
            }

            return same
                   && (byRecord.AttendedContacts, byRecord.MissedAppointments) == (byParts.AttendedContacts, byParts.MissedAppointments)
                   && byRecord.ToEpisode() == byParts.ToEpisode()
                   && byRecord.ToEpisode() == episode.ToEpisode();
        });

    [Fact]
    public void A_session_with_default_scores_counts_like_one_with_none()
    {
        var accumulator = Start(Discharge);
        Assert.True(accumulator.Add(new SessionRecord(Discharge, SessionType.Treatment, true) { Scores = default }));
        Assert.Equal(1, accumulator.ToEpisode().TreatmentSessions);
        Assert.Null(accumulator.ToEpisode().Outcome.Phq9.First);
    }
}

using Iapt.Rules.Episodes;
using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using NodaTime;

namespace Iapt.Rules.Tests.Episodes;

/// <summary>
/// The accumulator at its edges: the first assessment date, same-day scores that differ only in how they were
/// recorded, the measures read from an <see cref="IEpisodeMeasures"/> (once per instance and descriptor, including
/// descriptors outside the enumeration), sessions without a score list, and dates before year 1.
/// </summary>
public class EpisodeAccumulatorBoundaryTests
{
    private static readonly MeasureCatalogue Measures = RuleSet.ManualV4.Measures;
    private static readonly MeasureDefinition Phq9 = Measures[MeasureKeys.Phq9];
    private static readonly LocalDate Day1 = new(2024, 1, 1);

    private static LocalDate Day(int n) => Day1.PlusDays(n - 1);

    private static Score Total(string measure, int total) => Measures[measure].ScoreTotal(total).AsT0;

    private static SessionRecord Session(LocalDate date, SessionType type, bool attended = true, params Score[] scores) =>
        new(date, type, attended) { Scores = [.. scores] };

    private static Episode Build(LocalDate? discharge, params SessionRecord[] sessions) =>
        Episode.FromSessions(new OutcomeClassifier(RuleSet.ManualV4), ProblemDescriptor.Depression, discharge, sessions);

    /// <summary>
    /// The first assessment (referral to assessment, RtB 7.10) is the earliest attended assessment or assessment and
    /// treatment, whatever order the sessions arrive in; treatment sessions and missed assessments do not count.
    /// </summary>
    [Fact]
    public void The_first_assessment_date_is_the_earliest_attended_assessment_in_any_order()
    {
        SessionRecord[] sessions =
        [
            Session(Day(10), SessionType.Assessment),
            Session(Day(4), SessionType.AssessmentAndTreatment),
            Session(Day(7), SessionType.Assessment),
            Session(Day(2), SessionType.Assessment, attended: false),
            Session(Day(1), SessionType.Treatment),
        ];
        Assert.Equal(Day(4), Build(Day(30), sessions).FirstAssessmentDate);
        Assert.Equal(Day(4), Build(Day(30), [.. sessions.Reverse()]).FirstAssessmentDate);
    }

    /// <summary>A single attended assessment is the first assessment; before any, the date is unknown.</summary>
    [Fact]
    public void One_assessment_is_the_first_and_none_leaves_the_date_unknown()
    {
        Assert.Equal(Day(3), Build(Day(30), Session(Day(3), SessionType.Assessment)).FirstAssessmentDate);
        Assert.Null(Build(Day(30), Session(Day(3), SessionType.Treatment)).FirstAssessmentDate);
    }

    /// <summary>
    /// Two same-day, same-type scores of equal value but different origins (items and a recorded total) are both
    /// used, one as the first and one as the last score, whichever arrives first (M4 §6.4.3: row order never decides).
    /// </summary>
    [Fact]
    public void Equal_same_day_scores_differing_in_origin_give_the_same_pair_in_either_order()
    {
        var fromItems = new Score(Phq9, 12, 1, ScoreOrigin.Items, RiskSignal.NotAssessed);
        var recordedTotal = new Score(Phq9, 12, 1, ScoreOrigin.RecordedTotal, RiskSignal.NotAssessed);
        AssertOrderFree(fromItems, recordedTotal);
    }

    /// <summary>As above for scores that differ only in their risk signal (PHQ-9 item 9).</summary>
    [Fact]
    public void Equal_same_day_scores_differing_in_risk_give_the_same_pair_in_either_order()
    {
        var notRaised = new Score(Phq9, 12, 1, ScoreOrigin.Items, RiskSignal.NotRaised);
        var raised = new Score(Phq9, 12, 1, ScoreOrigin.Items, RiskSignal.Raised);
        AssertOrderFree(notRaised, raised);
    }

    /// <summary>As above for scores that differ only in how many items were answered not applicable.</summary>
    [Fact]
    public void Equal_same_day_scores_differing_in_not_applicable_items_give_the_same_pair_in_either_order()
    {
        var allApplied = new Score(Phq9, 12, 1, ScoreOrigin.Items, RiskSignal.NotRaised);
        var oneNotApplicable = new Score(Phq9, 12, 1, ScoreOrigin.Items, RiskSignal.NotRaised, notApplicableItems: 1);
        AssertOrderFree(allApplied, oneNotApplicable);
    }

    private static void AssertOrderFree(Score a, Score b)
    {
        var date = Day(5);
        var forward = Build(Day(30), Session(date, SessionType.Treatment, scores: a), Session(date, SessionType.Treatment, scores: b));
        var backward = Build(Day(30), Session(date, SessionType.Treatment, scores: b), Session(date, SessionType.Treatment, scores: a));
        Assert.Equal(forward.Outcome.Phq9, backward.Outcome.Phq9);
        var pair = forward.Outcome.Phq9;
        Assert.True(pair.IsPaired);
        Assert.NotEqual(pair.First, pair.Last);
        Assert.Contains(a, new[] { pair.First!.Value, pair.Last!.Value });
        Assert.Contains(b, new[] { pair.First!.Value, pair.Last!.Value });
        Assert.True(forward.HasSameDayScores);
    }

    /// <summary>
    /// A descriptor's recommended measure is read from the <see cref="IEpisodeMeasures"/> once, by the first
    /// accumulator made for it, and shared by every later accumulator and every score offered (as documented), for
    /// the first, a middle and the last descriptor of the enumeration.
    /// </summary>
    [Theory]
    [InlineData(ProblemDescriptor.None)]
    [InlineData(ProblemDescriptor.SocialAnxietyDisorder)]
    [InlineData(ProblemDescriptor.Other)]
    public void A_descriptors_recommended_measure_is_read_once_per_instance(ProblemDescriptor descriptor)
    {
        var measures = new CountingMeasures(Measures[MeasureKeys.Spin]);
        for (int referral = 0; referral < 3; referral++)
        {
            var accumulator = new EpisodeAccumulator(measures, descriptor, Day(30));
            accumulator.Add(Session(Day(1), SessionType.Treatment, scores: [Total(MeasureKeys.Spin, 40), Total(MeasureKeys.Pdss, 20)]));
            accumulator.Add(Session(Day(8), SessionType.Treatment, scores: [Total(MeasureKeys.Spin, 10), Total(MeasureKeys.Pdss, 2)]));
            Assert.Equal((40m, 10m), (accumulator.ToEpisode().Outcome.Adsm.First!.Value.Value, accumulator.ToEpisode().Outcome.Adsm.Last!.Value.Value));
        }

        Assert.Equal(1, measures.Reads(descriptor));
    }

    /// <summary>
    /// A descriptor value outside the enumeration (an implementation of <see cref="IEpisodeMeasures"/> may accept
    /// any value) is still tracked: its recommended measure is asked of the source and its scores are kept, for the
    /// value just past the last descriptor and one far beyond.
    /// </summary>
    [Theory]
    [InlineData((int)ProblemDescriptor.Other + 1)]
    [InlineData(1000)]
    public void A_descriptor_outside_the_enumeration_tracks_the_measure_the_source_gives(int value)
    {
        var measures = new CountingMeasures(Measures[MeasureKeys.Pdss]);
        var accumulator = new EpisodeAccumulator(measures, (ProblemDescriptor)value, Day(30));
        accumulator.Add(Session(Day(1), SessionType.Treatment, scores: [Total(MeasureKeys.Pdss, 20), Total(MeasureKeys.Spin, 40)]));
        accumulator.Add(Session(Day(8), SessionType.Treatment, scores: [Total(MeasureKeys.Pdss, 2), Total(MeasureKeys.Spin, 10)]));
        var adsm = accumulator.ToEpisode().Outcome.Adsm;
        Assert.Equal(MeasureKeys.Pdss, adsm.First!.Value.Measure.Key);
        Assert.Equal((20m, 2m), (adsm.First!.Value.Value, adsm.Last!.Value.Value));
    }

    /// <summary>
    /// Two <see cref="IEpisodeMeasures"/> instances naming different measures for one descriptor each keep their own:
    /// what one instance's accumulators track never leaks into another's.
    /// </summary>
    [Fact]
    public void Each_measures_instance_tracks_its_own_recommended_measure()
    {
        var spin = new CountingMeasures(Measures[MeasureKeys.Spin]);
        var pdss = new CountingMeasures(Measures[MeasureKeys.Pdss]);
        Score[] first = [Total(MeasureKeys.Spin, 40), Total(MeasureKeys.Pdss, 20)];
        Score[] last = [Total(MeasureKeys.Spin, 10), Total(MeasureKeys.Pdss, 2)];
        foreach (var (measures, expected) in new[] { (spin, MeasureKeys.Spin), (pdss, MeasureKeys.Pdss), (spin, MeasureKeys.Spin) })
        {
            var accumulator = new EpisodeAccumulator(measures, ProblemDescriptor.PanicDisorder, Day(30));
            accumulator.Add(Session(Day(1), SessionType.Treatment, scores: first));
            accumulator.Add(Session(Day(8), SessionType.Treatment, scores: last));
            Assert.Equal(expected, accumulator.ToEpisode().Outcome.Adsm.First!.Value.Measure.Key);
        }
    }

    /// <summary>
    /// A descriptor whose recommended measure is the default anxiety measure keeps its anxiety scores as the GAD-7
    /// pair and has no separate recommended pair; scores on other measures are ignored.
    /// </summary>
    [Fact]
    public void A_descriptor_recommending_the_default_anxiety_measure_has_no_separate_pair()
    {
        var gad7 = Measures[MeasureKeys.Gad7];
        var measures = new CountingMeasures(gad7);
        var accumulator = new EpisodeAccumulator(measures, ProblemDescriptor.GeneralisedAnxietyDisorder, Day(30));
        accumulator.Add(Session(Day(1), SessionType.Treatment, scores: [Total(MeasureKeys.Gad7, 15), Total(MeasureKeys.Spin, 40)]));
        accumulator.Add(Session(Day(8), SessionType.Treatment, scores: [Total(MeasureKeys.Gad7, 4), Total(MeasureKeys.Spin, 10)]));
        var outcome = accumulator.ToEpisode().Outcome;
        Assert.Equal((15m, 4m), (outcome.Gad7.First!.Value.Value, outcome.Gad7.Last!.Value.Value));
        Assert.Null(outcome.Adsm.First);
    }

    /// <summary>A descriptor the classifier does not define fails when the accumulator is made, not at its first score.</summary>
    [Fact]
    public void An_undefined_descriptor_fails_when_the_accumulator_is_made()
    {
        var classifier = new OutcomeClassifier(RuleSet.ManualV4);
        Assert.Throws<ArgumentOutOfRangeException>(() => new EpisodeAccumulator(classifier, (ProblemDescriptor)1000, null));
    }

    /// <summary>A session whose score list was never set (a default array) is added as a session with no scores.</summary>
    [Fact]
    public void A_session_without_a_score_list_counts_with_no_scores()
    {
        var accumulator = new EpisodeAccumulator(new OutcomeClassifier(RuleSet.ManualV4), ProblemDescriptor.Depression, Day(30));
        accumulator.Add(new SessionRecord(Day(1), SessionType.Treatment, true));
        accumulator.Add(new SessionRecord(Day(2), SessionType.Treatment, true) { Scores = [Total(MeasureKeys.Phq9, 20)] });
        var episode = accumulator.ToEpisode();
        Assert.Equal(2, episode.TreatmentSessions);
        Assert.Equal(20m, episode.Outcome.Phq9.First!.Value.Value);
        Assert.Null(episode.Outcome.Phq9.Last);
    }

    /// <summary>
    /// Dates are any ISO dates NodaTime allows, including years before year 1: a discharge date in year -1 reads back,
    /// and two scores on the first date of the course are a same-day tie.
    /// </summary>
    [Fact]
    public void Dates_before_year_1_read_back_and_a_shared_first_date_is_a_same_day_tie()
    {
        var discharge = new LocalDate(-1, 12, 31);
        var start = new LocalDate(-1, 3, 1);
        var episode = Build(discharge,
            Session(start, SessionType.Treatment, scores: Total(MeasureKeys.Phq9, 20)),
            Session(start, SessionType.Treatment, scores: Total(MeasureKeys.Phq9, 18)),
            Session(start.PlusDays(28), SessionType.Treatment, scores: Total(MeasureKeys.Phq9, 9)));
        Assert.Equal(discharge, episode.DischargeDate);
        Assert.Equal(start, episode.FirstTreatmentDate);
        Assert.Equal((18m, 9m), (episode.Outcome.Phq9.First!.Value.Value, episode.Outcome.Phq9.Last!.Value.Value));
        Assert.True(episode.HasSameDayScores);
    }

    /// <summary>As above, with the two scores on the last date of the course before year 1.</summary>
    [Fact]
    public void Dates_before_year_1_a_shared_last_date_is_a_same_day_tie()
    {
        var start = new LocalDate(-1, 3, 1);
        var end = start.PlusDays(28);
        var episode = Build(new LocalDate(-1, 12, 31),
            Session(start, SessionType.Treatment, scores: Total(MeasureKeys.Phq9, 20)),
            Session(end, SessionType.Treatment, scores: Total(MeasureKeys.Phq9, 9)),
            Session(end, SessionType.Treatment, scores: Total(MeasureKeys.Phq9, 7)));
        Assert.Equal((20m, 9m), (episode.Outcome.Phq9.First!.Value.Value, episode.Outcome.Phq9.Last!.Value.Value));
        Assert.True(episode.HasSameDayScores);
    }

    /// <summary>The first assessment and the last contact (the tracking list's no-contact view) before year 1 read back too.</summary>
    [Fact]
    public void Dates_before_year_1_the_first_assessment_and_the_last_contact_read_back()
    {
        var assessed = new LocalDate(-1, 2, 1);
        var last = new LocalDate(-1, 6, 30);
        var episode = Build(new LocalDate(-1, 12, 31),
            Session(assessed, SessionType.Assessment),
            Session(assessed.PlusDays(14), SessionType.Treatment),
            Session(last, SessionType.Treatment));
        Assert.Equal(assessed, episode.FirstAssessmentDate);
        Assert.Equal(last, episode.LastContactDate);
    }

    /// <summary>PHQ-9 and GAD-7 as depression and default anxiety, one given measure for every descriptor, counting reads.</summary>
    private sealed class CountingMeasures(MeasureDefinition recommended) : IEpisodeMeasures
    {
        private readonly Dictionary<ProblemDescriptor, int> _reads = [];

        public MeasureDefinition DepressionMeasure => Phq9;

        public MeasureDefinition DefaultAnxietyMeasure => Measures[MeasureKeys.Gad7];

        public int Reads(ProblemDescriptor descriptor) => _reads.GetValueOrDefault(descriptor);

        public MeasureDefinition RecommendedMeasure(ProblemDescriptor descriptor)
        {
            _reads[descriptor] = Reads(descriptor) + 1;
            return recommended;
        }
    }
}

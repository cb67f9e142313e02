using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using NodaTime;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Tests.Stepping;

/// <summary>Invariants of the stepping rules that hold for every input.</summary>
public class SteppingPropertyTests
{
    private static readonly RuleSet Rules = RuleSet.ManualV4;
    private static readonly MeasureDefinition Phq9Measure = Rules.Measures[MeasureKeys.Phq9];

    private static readonly (Table2Row Row, Table2Entry Entry)[] Listed =
        [.. Rules.Stepping.Table2.SelectMany(row => row.Interventions.Select(entry => (row, entry)))];

    private static readonly Gen<bool?> MaybeBool = Gen.Elements<bool?>(null, true, false);
    private static readonly Gen<ProblemDescriptor> Descriptors = Gen.Elements(Enum.GetValues<ProblemDescriptor>());
    private static readonly Gen<Intervention> AnyIntervention = Gen.Elements(Enum.GetValues<Intervention>());
    private static readonly Gen<CareStep> Steps = Gen.Elements(Enum.GetValues<CareStep>());
    private static readonly Gen<TreatmentPhase> Phases = Gen.Elements(Enum.GetValues<TreatmentPhase>());
    private static readonly Gen<Score?> MaybePhq9 =
        Gen.Choose(-1, 27).Select(t => t < 0 ? (Score?)null : Phq9Measure.ScoreTotal(t).AsT0);

    private static readonly Gen<TreatmentContext> Contexts =
        from phq9 in MaybePhq9
        from phase in Phases
        from relationship in MaybeBool
        select new TreatmentContext { FirstPhq9 = phq9, Phase = phase, RelationshipMaintainsDepression = relationship };

    /// <summary>A listed intervention with a context that meets its row's condition and footnote (anything else arbitrary).</summary>
    private static Gen<(Table2Row Row, Table2Entry Entry, TreatmentContext Context)> MeetingItsRow() =>
        from listed in Gen.Elements(Listed)
        from total in listed.Row.Phq9Bands.IsEmpty
            ? Gen.Choose(-1, 27)
            : Gen.Elements(listed.Row.Phq9Bands.ToArray()).SelectMany(key =>
            {
                var band = Phq9Measure.Severity!.Bands.Single(b => b.Key == key);
                return Gen.Choose(band.Minimum, band.Maximum);
            })
        from phase in listed.Row.Phase != TreatmentPhase.Unknown || listed.Entry.Footnote == Table2Footnote.RelapsePreventionOnly
            ? Gen.Constant(TreatmentPhase.RelapsePrevention)
            : Phases
        from relationship in listed.Entry.Footnote == Table2Footnote.RelationshipMaintainsDepression ? Gen.Constant<bool?>(true) : MaybeBool
        select (listed.Row, listed.Entry, new TreatmentContext
        {
            FirstPhq9 = total < 0 ? null : Phq9Measure.ScoreTotal(total).AsT0,
            Phase = phase,
            RelationshipMaintainsDepression = relationship,
        });

    [Property]
    public Property A_recommended_intervention_is_always_concordant() =>
        Prop.ForAll(MeetingItsRow().ToArbitrary(), x =>
            SteppedCare.Concordance(Rules, x.Row.Descriptor, x.Entry.Intervention, x.Row.Step, x.Context).Verdict
                == ConcordanceVerdict.Recommended);

    [Property]
    public Property Severe_depression_never_starts_at_step_2() =>
        Prop.ForAll(Gen.Choose(20, 27).ToArbitrary(), total =>
            SteppedCare.InitialStep(Rules, ProblemDescriptor.Depression, Phq9Measure.ScoreTotal(total).AsT0).Step
                == CareStep.HighIntensity);

    [Property]
    public Property Step_2_is_chosen_only_where_the_descriptors_row_gives_it_and_depression_is_not_severe() =>
        Prop.ForAll(Descriptors.SelectMany(_ => MaybePhq9, (d, s) => (d, s)).ToArbitrary(), x =>
        {
            var decision = SteppedCare.InitialStep(Rules, x.d, x.s);
            var row = Rules.Stepping.InitialSteps.RowFor(x.d);
            bool severe = row.ByDepressionSeverity && x.s?.Severity?.Key == "severe";
            return decision.Step != CareStep.LowIntensity || (row.Step == CareStep.LowIntensity && !severe);
        });

    [Property]
    public Property Step_2_rows_are_the_descriptors_with_a_Table_2_low_intensity_row_and_mixed_anxiety_and_depression() =>
        Prop.ForAll(Descriptors.ToArbitrary(), d =>
            (Rules.Stepping.InitialSteps.RowFor(d).Step == CareStep.LowIntensity)
                == (Rules.Stepping.Table2.HasLowIntensity(d) || d == ProblemDescriptor.MixedAnxietyAndDepression));

    [Property]
    public Property Under_NG222_depression_starts_at_step_3_exactly_from_PHQ_9_16() =>
        Prop.ForAll(Gen.Choose(0, 27).ToArbitrary(), total =>
            (SteppedCare.InitialStep(RuleSet.Ng222, ProblemDescriptor.Depression, Phq9Measure.ScoreTotal(total).AsT0).Step
                == CareStep.HighIntensity) == (total >= 16));

    [Property]
    public Property NG222_and_M4_agree_on_every_descriptor_but_depression() =>
        Prop.ForAll(Descriptors.SelectMany(_ => MaybePhq9, (d, s) => (d, s)).Where(x => x.d != ProblemDescriptor.Depression).ToArbitrary(), x =>
            SteppedCare.InitialStep(RuleSet.Ng222, x.d, x.s) == SteppedCare.InitialStep(Rules, x.d, x.s));

    [Property]
    public Property NG222_concordance_at_step_3_for_depression_depends_only_on_which_side_of_16_the_PHQ_9_is() =>
        Prop.ForAll(AnyIntervention.SelectMany(_ => Gen.Choose(0, 27), (i, t) => (i, t)).ToArbitrary(), x =>
        {
            int twin = x.t >= 16 ? 16 + ((x.t - 16 + 5) % 12) : (x.t + 7) % 16;
            ConcordanceVerdict Verdict(int total) => SteppedCare.Concordance(RuleSet.Ng222, ProblemDescriptor.Depression, x.i, CareStep.HighIntensity,
                new TreatmentContext { FirstPhq9 = Phq9Measure.ScoreTotal(total).AsT0, Phase = TreatmentPhase.AcuteEpisode, RelationshipMaintainsDepression = true }).Verdict;
            return Verdict(x.t) == Verdict(twin);
        });

    [Property]
    public Property Step_up_is_never_recommended_to_someone_recovered() =>
        Prop.ForAll(MaybeBool.SelectMany(_ => MaybeBool, (c, i) => (c, i)).ToArbitrary(), x =>
            !SteppedCare.StepUp(Rules, new CourseOutcome { Recovered = true, AtCasenessAtEnd = x.c, ReliablyImproved = x.i }).IsRecommended);

    [Property]
    public Property Forgetting_an_input_never_turns_a_decided_verdict_into_its_opposite() =>
        Prop.ForAll(
            (from d in Descriptors from i in AnyIntervention from s in Steps from c in Contexts select (d, i, s, c)).ToArbitrary(),
            x =>
            {
                var full = SteppedCare.Concordance(Rules, x.d, x.i, x.s, x.c).Verdict;
                TreatmentContext[] partial =
                [
                    x.c with { FirstPhq9 = null },
                    x.c with { Phase = TreatmentPhase.Unknown },
                    x.c with { RelationshipMaintainsDepression = null },
                    default,
                ];
                return partial.All(p =>
                {
                    var verdict = SteppedCare.Concordance(Rules, x.d, x.i, x.s, p).Verdict;
                    return verdict == full || verdict == ConcordanceVerdict.Undetermined;
                });
            });

    [Property]
    public Property A_summary_is_consistent_with_its_sessions() =>
        Prop.ForAll(
            (from d in Descriptors
             from c in Contexts
             from ended in Gen.Elements(true, false)
             from recovered in MaybeBool
             from improved in MaybeBool
             from steps in Gen.Elements(Intensity.Low, Intensity.High, Intensity.Unknown).SelectMany(_ => AnyIntervention, (n, i) => (n, i)).ListOf()
             from gaps in Gen.Choose(0, 60).ArrayOf(steps.Count)
             select (d, c, ended, recovered, improved, steps, gaps)).ToArbitrary(),
            x =>
            {
                var date = new LocalDate(2024, 1, 1);
                var sessions = new SteppedSession[x.steps.Count];
                for (int k = 0; k < sessions.Length; k++)
                {
                    date = date.PlusDays(x.gaps[k]);
                    sessions[k] = new SteppedSession(date, x.steps[k].n, x.steps[k].i);
                }

                var outcome = new CourseOutcome
                {
                    Recovered = x.recovered,
                    AtCasenessAtEnd = x.recovered == true ? false : null,
                    ReliablyImproved = x.improved,
                };
                var input = new SteppingInput { Descriptor = x.d, Context = x.c, Ended = x.ended, Outcome = outcome };
                var s = SteppedCare.Summarise(Rules, input, sessions).AsT0;
                return s.LowIntensitySessions + s.HighIntensitySessions <= s.TreatmentSessions
                    && (!s.InMqs1Numerator || s.InMqs1Denominator)
                    && s.SteppedUp == (s.StepUpWait is not null)
                    && s.NotRecommendedSessions + s.UndeterminedSessions <= s.TreatmentSessions
                    && (x.recovered != true || !s.Concerns.HasFlag(PracticeConcerns.NotSteppedUpWhenIndicated));
            });
}

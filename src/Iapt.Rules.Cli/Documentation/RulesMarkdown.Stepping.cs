using System.Text;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using Iapt.Rules.Provenance;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Cli.Documentation;

internal static partial class RulesMarkdown
{
    /// <summary>M4 Table 2 with its footnotes.</summary>
    private static void InterventionTable(StringBuilder md, RuleSet rules)
    {
        var table = rules.Stepping.Table2;
        md.Append(System.Globalization.CultureInfo.InvariantCulture, $"## NICE-recommended interventions ({table.Source})\n\n");
        md.Append("An intervention is concordant when its row's step, descriptor and condition match; a footnoted entry ");
        md.Append("carries the footnote's condition or note. Interventions are given by their keys (`iapt` files use them).\n\n");
        Header(md, "step", "descriptor", "condition", "interventions", "PHQ-9 bands", "NICE guidance", "source");
        var footnotes = new List<Table2Footnote>();
        foreach (var row in table)
        {
            var entries = row.Interventions.Select(e =>
            {
                if (e.Footnote != Table2Footnote.None && !footnotes.Contains(e.Footnote))
                {
                    footnotes.Add(e.Footnote);
                }

                return e.Footnote == Table2Footnote.None ? $"`{e.Intervention.Key()}`" : $"`{e.Intervention.Key()}` ({e.Footnote.Mark()})";
            });
            string condition = row.Condition.Length > 0 ? row.Condition : "-";
            if (row.Phase != TreatmentPhase.Unknown)
            {
                condition += $" (phase: {Words(row.Phase)})";
            }

            Row(md, I((int)row.Step), Words(row.Descriptor), condition, string.Join(", ", entries),
                row.Phq9Bands.IsDefaultOrEmpty ? "any" : string.Join(", ", row.Phq9Bands), row.Guidance, row.Source.ToString());
        }

        md.Append('\n');
        if (footnotes.Count > 0)
        {
            md.Append("Footnotes (a condition decides whether the intervention is recommended; a note does not):\n\n");
            foreach (var footnote in footnotes.Order())
            {
                md.Append(System.Globalization.CultureInfo.InvariantCulture,
                    $"- ({footnote.Mark()}) {FootnoteText(footnote)} ({(new Table2Entry(Intervention.Other, footnote).IsConditional ? "a condition" : "a note")})\n");
            }

            md.Append('\n');
        }

        SourceNotes(md, table.Select(r => (Source?)r.Source));
    }

    /// <summary>A footnote of M4 Table 2 in the table's words.</summary>
    private static string FootnoteText(Table2Footnote footnote) => footnote switch
    {
        Table2Footnote.RelationshipMaintainsDepression =>
            "only if the relationship contributes to maintaining the depression and both partners wish to work together",
        Table2Footnote.RelapsePreventionOnly => "relapse prevention only: not a primary treatment for an acute depressive episode",
        Table2Footnote.AlternativeIfNoImprovement =>
            "if no improvement, an alternative trauma-focused treatment or augmentation with medication",
        Table2Footnote.ClarkAndWellsOrHeimberg => "based on the Clark and Wells model or the Heimberg model",
        Table2Footnote.SpecialisedFormOfCbt => "a specialised form of CBT (the IAPT-LTC pathway)",
        _ => Words(footnote),
    };

    /// <summary>The stepped-care values: the first step, step up, the review point and the doses.</summary>
    private static void Stepping(StringBuilder md, RuleSet rules)
    {
        var s = rules.Stepping;
        md.Append("## Stepped care\n\n");
        md.Append(SourcedLine(s.SevereDepressionBand, "High intensity first, on a row that reads depression severity, for a first PHQ-9 in the band"));
        md.Append(System.Globalization.CultureInfo.InvariantCulture,
            $"- Depression severity bands: {(s.DepressionSeverity is { } scale ? $"{string.Join(", ", scale.Bands.Select(b => $"{b.Key} {I(b.Minimum)}-{I(b.Maximum)}"))} ({scale.Source})" : "the PHQ-9 severity bands (see Severity bands)")}\n");
        md.Append(System.Globalization.CultureInfo.InvariantCulture,
            $"- No NICE-recommended intervention can be judged without a problem descriptor ({s.DescriptorGuidesTreatment})\n");
        md.Append(SourcedLine(s.StepUpTo, "Step up to, when still at caseness after a low-intensity course"));
        md.Append(System.Globalization.CultureInfo.InvariantCulture, $"- Step up when there is no reliable improvement ({s.StepUpWhenNoImprovement})\n");
        md.Append(System.Globalization.CultureInfo.InvariantCulture, $"- Never step up someone who has recovered ({s.NoStepUpWhenRecovered})\n");
        md.Append(SourcedLine(rules.Waiting.StepUpStandardDays, "Step-up wait, last low-intensity to first high-intensity session, at most (days; the waiting-time rules' value)"));
        md.Append(SourcedLine(s.ReviewAfterSessions, "Review due after (treatment sessions)"));
        md.Append(SourcedLine(rules.Outcomes.MinimumTreatmentSessions, "A course of treatment: at least (treatment sessions; the outcome rules' value)"));
        md.Append(SourcedLine(s.Step2TrialMinimumSessions, "A trial at step 2: at least (low-intensity treatment sessions)"));
        md.Append(SourcedLine(s.ShortCourseBelowSessions, "A course stopped well short of its dose: fewer than (treatment sessions)"));
        md.Append(System.Globalization.CultureInfo.InvariantCulture, $"- Worse-practice flags ({s.WorsePractice}); NICE-recommended intervention ({s.NiceRecommendedIntervention}); step-up proportion ({s.Mqs1})\n");
        md.Append('\n');

        md.Append(System.Globalization.CultureInfo.InvariantCulture, $"### Initial step ({s.InitialSteps.Source})\n\n");
        md.Append("The whole rule, one row per problem descriptor: the row decides; a descriptor without a row takes the ");
        md.Append("last (\"otherwise\") row. On a row marked \"by depression severity\", no first PHQ-9 gives no step and a first ");
        md.Append("PHQ-9 in the severe band above gives step 3.\n\n");
        Header(md, "descriptor", "initial step", "depression severity", "reason", "source");
        foreach (var row in s.InitialSteps)
        {
            Row(md, row.Descriptor is { } d ? Words(d) : "any other descriptor", row.Step == CareStep.Unknown ? "none" : I((int)row.Step),
                row.ByDepressionSeverity ? "by depression severity" : "-", Words(row.Reason), row.Source.ToString());
        }

        md.Append('\n');
        SourceNotes(md, s.InitialSteps.Select(r => (Source?)r.Source).Append(s.DepressionSeverity?.Source));

        if (!ReferenceEquals(rules, RuleSet.Ng222))
        {
            Ng222Variant(md);
        }

        md.Append("### Doses\n\n");
        Header(md, "dose", "sessions (inclusive)", "average", "source");
        (string Name, SessionRange Range)[] doses =
        [
            ("low intensity (the range the rules use for step 2)", s.LowIntensityDose),
            ("computerised CBT at step 2", s.ComputerisedCbtDose),
            ("individual CBT with a therapist at step 2", s.Step2IndividualCbtDose),
            ("high-intensity individual CBT (steps 3 and 4)", s.HighIntensityCbtDose),
            ("group CBT at steps 3 and 4", s.GroupCbtDose),
            ("high intensity (the range the rules use for step 3)", s.HighIntensityDose),
            ("NICE: offer up to", s.NiceOfferUpTo),
            ("optimal service average", s.ServiceOptimumAverage),
        ];
        foreach (var (name, range) in doses)
        {
            Row(md, name, $"{I(range.Minimum)}-{I(range.Maximum)}", range.Average is { } average ? Show(average) : "-", range.Source.ToString());
        }

        md.Append('\n');
        SourceNotes(md, doses.Select(d => (Source?)d.Range.Source)
            .Concat([s.SevereDepressionBand.Source, s.StepUpTo.Source, rules.Waiting.StepUpStandardDays.Source,
                s.ReviewAfterSessions.Source, rules.Outcomes.MinimumTreatmentSessions.Source, s.Step2TrialMinimumSessions.Source, s.ShortCourseBelowSessions.Source]));
    }

    /// <summary>What the NICE NG222 variant (<see cref="RuleSet.Ng222"/>) changes in the stepping rules, from its data.</summary>
    private static void Ng222Variant(StringBuilder md)
    {
        var variant = RuleSet.Ng222;
        var s = variant.Stepping;
        md.Append(System.Globalization.CultureInfo.InvariantCulture, $"### Variant: {variant.Name} (`RuleSet.Ng222`, version {variant.Version})\n\n");
        md.Append("Every value is the one above except these, which read depression severity as NICE NG222 for the initial step and for NICE concordance:\n\n");
        if (s.DepressionSeverity is { } scale)
        {
            md.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"- Depression severity bands: {string.Join(", ", scale.Bands.Select(b => $"{b.Key} {I(b.Minimum)}-{I(b.Maximum)}"))} ({scale.Source})\n");
        }

        md.Append(SourcedLine(s.SevereDepressionBand, "High intensity first, on a row that reads depression severity, for a first PHQ-9 in the band"));
        foreach (var row in s.Table2.Where(r => !r.Phq9Bands.IsDefaultOrEmpty))
        {
            md.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"- {row}: bands {string.Join(", ", row.Phq9Bands)} ({row.Source})\n");
        }

        md.Append('\n');
        SourceNotes(md, [s.DepressionSeverity?.Source, s.Table2.First(r => !r.Phq9Bands.IsDefaultOrEmpty).Source]);
    }
}

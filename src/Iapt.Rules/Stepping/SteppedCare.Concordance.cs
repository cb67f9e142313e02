using System.Collections.Immutable;
using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Provenance;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Stepping;

public static partial class SteppedCare
{
    /// <summary>
    /// Whether an intervention is NICE-recommended for a problem descriptor at a step, by M4 Table 2 and its
    /// footnotes: recommended, not recommended, undetermined (a condition's input was not recorded) or not covered
    /// (Table 2 does not speak to the descriptor or step).
    /// </summary>
    /// <remarks>
    /// <para>
    /// The intervention is recommended when some row for the descriptor at the step lists it, the row's condition
    /// holds (a depression severity band, or relapse prevention) and the footnote's condition holds (d: the
    /// relationship maintains the depression; e: relapse prevention). Unrecorded inputs are never guessed: the
    /// verdict is worked out for every value they could take, and is recommended (or not) only when all agree, so
    /// that CBT for depression with no PHQ-9 is recommended (every depression row lists it) while counselling with
    /// no PHQ-9 is undetermined (listed for mild to moderate depression only).
    /// </para>
    /// <para>
    /// The "not responded to initial low-intensity interventions" wording of the mild-to-moderate depression row is
    /// about the order of steps, which the initial-step rule and the
    /// <see cref="PracticeConcerns.SteppedUpWithoutStep2Trial"/> flag judge; it is not a condition here.
    /// </para>
    /// </remarks>
    /// <param name="rules">The rule set (its <see cref="RuleSets.RuleSet.Stepping"/> table and the PHQ-9 severity bands).</param>
    /// <param name="descriptor">The problem descriptor.</param>
    /// <param name="intervention">The intervention.</param>
    /// <param name="step">The step it was delivered at: 2 for low intensity, 3 for high intensity.</param>
    /// <param name="context">The severity, phase and relationship, each of which may be unrecorded.</param>
    /// <returns>The verdict with its reason, row, footnote and source.</returns>
    /// <exception cref="ArgumentException"><see cref="TreatmentContext.FirstPhq9"/> is not a PHQ-9 score.</exception>
    public static ConcordanceResult Concordance(
        ISteppingRuleSet rules, ProblemDescriptor descriptor, Intervention intervention, CareStep step, in TreatmentContext context = default)
    {
        Guard.Against.Null(rules);
        var stepping = rules.Stepping;
        var table = stepping.Table2;
        string? band = DepressionBand(stepping, context.FirstPhq9, nameof(context));
        var result = new ConcordanceResult
        {
            Descriptor = descriptor,
            Intervention = intervention,
            Step = step,
            Rows = [],
            Source = table.Source,
        };

        if (descriptor == ProblemDescriptor.None)
        {
            return result with
            {
                Verdict = ConcordanceVerdict.NotCovered,
                Reason = ConcordanceReason.NoProblemDescriptor,
                Source = stepping.DescriptorGuidesTreatment,
            };
        }

        if (!table.Covers(descriptor))
        {
            return result with { Verdict = ConcordanceVerdict.NotCovered, Reason = ConcordanceReason.DescriptorNotInTable2 };
        }

        if (!table.CoversStep(step))
        {
            return result with { Verdict = ConcordanceVerdict.NotCovered, Reason = ConcordanceReason.StepNotInTable2 };
        }

        var rows = table.RowsFor(descriptor, step);
        result = result with { Rows = rows };
        if (rows.IsEmpty)
        {
            return result with { Verdict = ConcordanceVerdict.NotRecommended, Reason = ConcordanceReason.NoInterventionAtStep };
        }

        if (intervention == Intervention.Unknown)
        {
            return result with { Verdict = ConcordanceVerdict.Undetermined, Reason = ConcordanceReason.InterventionNotRecorded };
        }

        Table2Row? firstListing = null;
        Table2Entry firstEntry = default;
        foreach (var row in rows)
        {
            if (row.TryGetEntry(intervention, out var entry))
            {
                firstListing = row;
                firstEntry = entry;
                break;
            }
        }

        if (firstListing is null)
        {
            if (intervention == Intervention.Cbt && FindSpecificCbt(rows) is { } specific)
            {
                return result with
                {
                    Verdict = ConcordanceVerdict.Undetermined,
                    Reason = ConcordanceReason.CbtFormNotRecorded,
                    Row = specific,
                    Source = specific.Source,
                };
            }

            return result with { Verdict = ConcordanceVerdict.NotRecommended, Reason = ConcordanceReason.NotListed, Row = rows[0] };
        }

        var (yes, no) = CountCompletions(rules, rows, intervention, band, context);
        if (no == 0)
        {
            var (row, entry) = DecidingRow(rows, intervention, band, context) ?? (firstListing, firstEntry);
            return result with
            {
                Verdict = ConcordanceVerdict.Recommended,
                Reason = ConcordanceReason.ListedInTable2,
                Row = row,
                Footnote = entry.Footnote,
                Source = row.Source,
            };
        }

        if (yes == 0)
        {
            bool footnoteFails = !FootnoteHolds(firstEntry.Footnote, context.Phase, context.RelationshipMaintainsDepression, orUnknown: true);
            return result with
            {
                Verdict = ConcordanceVerdict.NotRecommended,
                Reason = footnoteFails ? ConcordanceReason.FootnoteConditionNotMet : ConcordanceReason.RowConditionNotMet,
                Row = firstListing,
                Footnote = firstEntry.Footnote,
                Source = firstListing.Source,
            };
        }

        return result with
        {
            Verdict = ConcordanceVerdict.Undetermined,
            Reason = ConcordanceReason.ConditionNotRecorded,
            Row = firstListing,
            Footnote = firstEntry.Footnote,
            Missing = MissingInputs(rows, intervention, band, context),
            Source = firstListing.Source,
        };
    }

    /// <summary>
    /// Counts, over every value the unrecorded inputs could take, how often the intervention is recommended and how
    /// often not. At most (PHQ-9 bands) x 2 x 2 evaluations of a few rows; no allocation.
    /// </summary>
    private static (int Yes, int No) CountCompletions(
        ISteppingRuleSet rules, ImmutableArray<Table2Row> rows, Intervention intervention, string? band, in TreatmentContext context)
    {
        int yes = 0, no = 0;
        var bands = band is null ? Phq9Bands(rules) : default;
        int bandCount = band is null ? Math.Max(bands.Length, 1) : 1;
        int phaseFirst = context.Phase == TreatmentPhase.Unknown ? (int)TreatmentPhase.AcuteEpisode : (int)context.Phase;
        int phaseLast = context.Phase == TreatmentPhase.Unknown ? (int)TreatmentPhase.RelapsePrevention : (int)context.Phase;
        int relationFirst = context.RelationshipMaintainsDepression is { } known ? (known ? 1 : 0) : 0;
        int relationLast = context.RelationshipMaintainsDepression is { } known2 ? (known2 ? 1 : 0) : 1;

        for (int b = 0; b < bandCount; b++)
        {
            string bandValue = band ?? (bands.IsDefaultOrEmpty ? string.Empty : bands[b].Key);
            for (int p = phaseFirst; p <= phaseLast; p++)
            {
                for (int r = relationFirst; r <= relationLast; r++)
                {
                    if (Recommends(rows, intervention, bandValue, (TreatmentPhase)p, r == 1))
                    {
                        yes++;
                    }
                    else
                    {
                        no++;
                    }
                }
            }
        }

        return (yes, no);
    }

    /// <summary>The depression severity bands the stepping rules read: their own, or the PHQ-9 measure's.</summary>
    private static ImmutableArray<SeverityBand> Phq9Bands(ISteppingRuleSet rules) =>
        rules.Stepping.DepressionSeverity is { } own ? own.Bands
        : rules.Measures.TryGet(MeasureKeys.Phq9, out var phq9) && phq9.Severity is { } scale ? scale.Bands : [];

    private static bool Recommends(
        ImmutableArray<Table2Row> rows, Intervention intervention, string band, TreatmentPhase phase, bool relationship)
    {
        foreach (var row in rows)
        {
            if (row.TryGetEntry(intervention, out var entry)
                && row.Applies(band, phase)
                && FootnoteHolds(entry.Footnote, phase, relationship, orUnknown: false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a footnote's condition holds; with <paramref name="orUnknown"/>, an unrecorded input counts as holding.</summary>
    private static bool FootnoteHolds(Table2Footnote footnote, TreatmentPhase phase, bool? relationship, bool orUnknown) =>
        footnote switch
        {
            Table2Footnote.RelationshipMaintainsDepression => relationship ?? orUnknown,
            Table2Footnote.RelapsePreventionOnly =>
                phase == TreatmentPhase.RelapsePrevention || (orUnknown && phase == TreatmentPhase.Unknown),
            _ => true,
        };

    /// <summary>The first row that recommends the intervention on the recorded inputs alone, if one does.</summary>
    private static (Table2Row Row, Table2Entry Entry)? DecidingRow(
        ImmutableArray<Table2Row> rows, Intervention intervention, string? band, in TreatmentContext context)
    {
        foreach (var row in rows)
        {
            if (row.TryGetEntry(intervention, out var entry)
                && (row.Phq9Bands.IsDefaultOrEmpty || (band is not null && Table2Row.Contains(row.Phq9Bands, band)))
                && (row.Phase == TreatmentPhase.Unknown || row.Phase == context.Phase)
                && FootnoteHolds(entry.Footnote, context.Phase, context.RelationshipMaintainsDepression, orUnknown: false))
            {
                return (row, entry);
            }
        }

        return null;
    }

    private static ConcordanceInputs MissingInputs(
        ImmutableArray<Table2Row> rows, Intervention intervention, string? band, in TreatmentContext context)
    {
        var missing = ConcordanceInputs.None;
        foreach (var row in rows)
        {
            if (!row.TryGetEntry(intervention, out var entry))
            {
                continue;
            }

            if (band is null && !row.Phq9Bands.IsDefaultOrEmpty)
            {
                missing |= ConcordanceInputs.Severity;
            }

            if (context.Phase == TreatmentPhase.Unknown
                && (row.Phase != TreatmentPhase.Unknown || entry.Footnote == Table2Footnote.RelapsePreventionOnly))
            {
                missing |= ConcordanceInputs.Phase;
            }

            if (context.RelationshipMaintainsDepression is null && entry.Footnote == Table2Footnote.RelationshipMaintainsDepression)
            {
                missing |= ConcordanceInputs.Relationship;
            }
        }

        return missing;
    }

    private static Table2Row? FindSpecificCbt(ImmutableArray<Table2Row> rows)
    {
        foreach (var row in rows)
        {
            foreach (var entry in row.Interventions)
            {
                if (entry.Intervention is Intervention.TraumaFocusedCbt or Intervention.CbtForSocialAnxietyDisorder
                    or Intervention.CbtWithExposureAndResponsePrevention or Intervention.SpecialisedCbt)
                {
                    return row;
                }
            }
        }

        return null;
    }
}

using System.Collections.Immutable;
using System.Text;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Provenance;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Stepping;

/// <summary>
/// The NICE concordance of an intervention for a problem descriptor at a step: the verdict, why, the Table 2 row
/// and footnote it rests on, the inputs that were missing when it could not be decided, and the source. A small
/// value; creating one allocates nothing. <see cref="Explain"/> writes it out for people.
/// </summary>
public readonly record struct ConcordanceResult
{
    /// <summary>The problem descriptor judged.</summary>
    public ProblemDescriptor Descriptor { get; init; }

    /// <summary>The intervention judged.</summary>
    public Intervention Intervention { get; init; }

    /// <summary>The step the intervention was delivered at.</summary>
    public CareStep Step { get; init; }

    /// <summary>The verdict.</summary>
    public ConcordanceVerdict Verdict { get; init; }

    /// <summary>Why.</summary>
    public ConcordanceReason Reason { get; init; }

    /// <summary>
    /// The Table 2 row the verdict rests on: the row that recommends the intervention, or the row whose condition or
    /// footnote fails, or (when the intervention is not listed) the first row for the descriptor at the step;
    /// <see langword="null"/> when there is none.
    /// </summary>
    public Table2Row? Row { get; init; }

    /// <summary>Every Table 2 row for the descriptor at the step (empty when there are none).</summary>
    public ImmutableArray<Table2Row> Rows { get; init; }

    /// <summary>The footnote of the intervention in <see cref="Row"/>, if any.</summary>
    public Table2Footnote Footnote { get; init; }

    /// <summary>The inputs that were not recorded and on which the verdict depends (only for <see cref="ConcordanceReason.ConditionNotRecorded"/>).</summary>
    public ConcordanceInputs Missing { get; init; }

    /// <summary>The rule the verdict rests on, for example <c>M4 Table 2</c>.</summary>
    public Source Source { get; init; }

    /// <summary>Whether the verdict is <see cref="ConcordanceVerdict.Recommended"/>.</summary>
    public bool IsRecommended => Verdict == ConcordanceVerdict.Recommended;

    /// <summary>
    /// The verdict for people, for example <c>counselling for depression for generalised anxiety disorder at step 3
    /// (high intensity): not recommended. M4 Table 2 lists for it at step 3: CBT (individual), applied relaxation. [M4 Table 2]</c>.
    /// Never contains patient data.
    /// </summary>
    /// <returns>One or two sentences and the source in brackets.</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        text.Append(Intervention.Name()).Append(" for ").Append(SteppingText.Descriptor(Descriptor))
            .Append(" at ").Append(SteppingText.Step(Step)).Append(": ");
        text.Append(Verdict switch
        {
            ConcordanceVerdict.Recommended => "recommended. ",
            ConcordanceVerdict.NotRecommended => "not recommended. ",
            ConcordanceVerdict.NotCovered => "not covered by Table 2. ",
            _ => "undetermined. ",
        });
        text.Append(Reason switch
        {
            ConcordanceReason.ListedInTable2 => $"Table 2 lists it at {Row}{FootnoteText()} ({Row?.Guidance}).",
            ConcordanceReason.NotListed => $"Table 2 lists for it at step {(int)Step}: {Listed()}.",
            ConcordanceReason.NoInterventionAtStep => $"Table 2 lists no step {(int)Step} intervention for it.",
            ConcordanceReason.RowConditionNotMet => $"Table 2 lists it only at {Row}; the recorded severity or phase is outside that row.",
            ConcordanceReason.FootnoteConditionNotMet => Footnote == Table2Footnote.RelationshipMaintainsDepression
                ? "Table 2 footnote d: only if the relationship maintains the depression and both partners wish to work together, which was recorded as not the case."
                : "Table 2 footnote e: mindfulness is not recommended as a primary treatment for an acute depressive episode, only for relapse prevention.",
            ConcordanceReason.ConditionNotRecorded => $"Table 2 lists it at {Row}{FootnoteText()}, which depends on {MissingText()}, not recorded.",
            ConcordanceReason.CbtFormNotRecorded => $"Table 2 names a specific form of CBT at {Row} ({Listed()}); CBT is a class of therapies (Table 5) and the form given was not recorded.",
            ConcordanceReason.InterventionNotRecorded => "The intervention was not recorded.",
            ConcordanceReason.NoProblemDescriptor => "Without a problem descriptor no NICE-recommended treatment can be identified (Table 5).",
            ConcordanceReason.DescriptorNotInTable2 => "Table 2 has no row for this problem descriptor.",
            _ => "Table 2 lists interventions for steps 2 and 3 only.",
        });
        text.Append(" [").Append(Source).Append(']');
        return text.ToString();
    }

    private string FootnoteText() => Footnote == Table2Footnote.None ? string.Empty : $", footnote {Footnote.Mark()}";

    private string MissingText()
    {
        var parts = new List<string>(3);
        if (Missing.HasFlag(ConcordanceInputs.Severity))
        {
            parts.Add("the depression severity (first PHQ-9)");
        }

        if (Missing.HasFlag(ConcordanceInputs.Phase))
        {
            parts.Add("whether it is relapse prevention");
        }

        if (Missing.HasFlag(ConcordanceInputs.Relationship))
        {
            parts.Add("whether the relationship maintains the depression");
        }

        return string.Join(" and ", parts);
    }

    private string Listed()
    {
        var names = new List<string>();
        if (!Rows.IsDefault)
        {
            foreach (var row in Rows)
            {
                foreach (var entry in row.Interventions)
                {
                    string name = entry.Intervention.Name();
                    if (!names.Contains(name))
                    {
                        names.Add(name);
                    }
                }
            }
        }

        return string.Join(", ", names);
    }
}

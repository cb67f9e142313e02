using System.Text;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Cli.Documentation;

internal static partial class RulesMarkdown
{
    /// <summary>The numbers the outcome definitions read (<see cref="RuleSet.Outcomes"/>) and the measures they apply to.</summary>
    private static void Outcomes(StringBuilder md, RuleSet rules)
    {
        var outcomes = rules.Outcomes;
        md.Append("## Outcomes\n\n");
        md.Append("Recovery, reliable improvement, reliable deterioration and reliable recovery are judged for a finished ");
        md.Append("course only, on the depression measure and the anxiety measure chosen for the referral's descriptor (see ");
        md.Append("above), with each measure's caseness cut-off and reliable-change value (see Measures). A change exactly ");
        md.Append("equal to the reliable-change value is reliable. Missing first or last scores are never imputed: the ");
        md.Append("referral has not recovered.\n\n");
        md.Append(SourcedLine(outcomes.MinimumTreatmentSessions, "Finishing a course of treatment: an ended referral with at least this many treatment sessions"));
        md.Append(SourcedLine(rules.Descriptors.DepressionMeasure, "Depression measure"));
        md.Append(SourcedLine(rules.Descriptors.DefaultAnxietyMeasure, "Default anxiety measure"));
        md.Append("- Measures that count for recovery: ");
        md.Append(string.Join(", ", rules.Measures.Where(m => m.CountsForRecovery.Value).Select(m => $"`{m.Key}`")));
        md.Append("\n\n");
        SourceNotes(md, [outcomes.MinimumTreatmentSessions.Source]);
    }
}

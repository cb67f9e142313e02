using System.Text;
using Iapt.Rules.Episodes;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;

namespace Iapt.Rules.Cli.Documentation;

internal static partial class RulesMarkdown
{
    /// <summary>The record rules (<see cref="RecordRules.All"/>) and the order of same-day sessions.</summary>
    private static void Records(StringBuilder md, RuleSet rules)
    {
        md.Append("## Records: which rows are used\n\n");
        md.Append("A referral or session record that fails one of these rules is rejected with its field and reason ");
        md.Append("(records read = used + rejected); every other rule reads only the records used.\n\n");
        md.Append("| rule | record | field | what it says | source |\n|---|---|---|---|---|\n");
        foreach (var rule in RecordRules.All)
        {
            md.Append("| `").Append(rule.Key).Append("` | ").Append(rule.Kind == RecordKind.Referral ? "referral" : "session")
                .Append(" | `").Append(rule.Field).Append("` | ").Append(rule.Rule).Append(" | ").Append(rule.Source.ToString()).Append(" |\n");
        }

        md.Append("\nOrder never decides a result. Same-day ").Append(EpisodeAccumulator.SameDayOrder).Append(" (the pair ");
        md.Append("showing the least improvement: only demonstrated improvement is claimed, M4 §6.4.3); a pair needs scores ");
        md.Append("from two sessions or more. For stepped care: ").Append(SteppedCare.SessionOrder).Append(".\n\n");
    }
}

using System.Globalization;
using System.Text;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Cli.Documentation;

internal static partial class RulesMarkdown
{
    /// <summary>The statistical disclosure control of a suppressed report (<c>iapt report --suppress</c>).</summary>
    private static void Disclosure(StringBuilder md, RuleSet rules)
    {
        var d = rules.Disclosure;
        md.Append("## Statistical disclosure control\n\n");
        md.Append("Applied by `--suppress`, in this order: counts under the threshold withheld; the rate and the ");
        md.Append("verdict of a figure with a withheld part withheld; a value over a withheld count withheld; every ");
        md.Append("other count rounded to the nearest multiple of the base (half up). Rows read and rows rejected ");
        md.Append("are not counts of people and stay exact; shown rates come from the exact counts.\n\n");
        md.Append("| value | number | source |\n|---|---|---|\n");
        md.Append(CultureInfo.InvariantCulture, $"| counts suppressed below | {d.SuppressBelow.Value} | {d.SuppressBelow.Source} |\n");
        md.Append(CultureInfo.InvariantCulture, $"| counts rounded to a multiple of | {d.RoundTo.Value} | {d.RoundTo.Source} |\n");
        md.Append('\n');
        foreach (var source in new[] { d.SuppressBelow.Source, d.RoundTo.Source }.Where(s => s.Note.Length > 0).Distinct())
        {
            md.Append("- ").Append(source.ToString()).Append(": ").Append(source.Note).Append('\n');
        }

        md.Append('\n');
    }
}

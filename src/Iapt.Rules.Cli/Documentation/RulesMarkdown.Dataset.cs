using System.Globalization;
using System.Text;
using Iapt.Rules.Dataset;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Cli.Documentation;

internal static partial class RulesMarkdown
{
    /// <summary>The national data set: the row rules (<see cref="DatasetRecordRules.All"/>) and the code tables (<see cref="RuleSet.Dataset"/>).</summary>
    private static void Dataset(StringBuilder md, RuleSet rules)
    {
        var codes = rules.Dataset;
        md.Append("## The national data set (`iapt report --dataset`)\n\n");
        md.Append("How the tables' rows become referrals and sessions (rows read = used + superseded + rejected, per table).\n\n");
        md.Append("| rule | table | column | what it says | source |\n|---|---|---|---|---|\n");
        foreach (var rule in DatasetRecordRules.All)
        {
            md.Append("| `").Append(rule.Key).Append("` | ").Append(DatasetTables.NameOf(rule.Table)).Append(" | `").Append(rule.Field)
                .Append("` | ").Append(rule.Rule).Append(" | ").Append(rule.Source.ToString()).Append(" |\n");
        }

        md.Append("\n| AttendOrDNACode | counts as | meaning | source |\n|---|---|---|---|\n");
        foreach (var a in codes.Attendance)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {a.Code} | {a.Kind.ToString().ToLowerInvariant()} | {a.Meaning} | {a.Source} |\n");
        }

        md.Append("\n| AppType | attended, it is | meaning | source |\n|---|---|---|---|\n");
        foreach (var a in codes.AppointmentTypes)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {a.Code:D2} | {a.SessionType} | {a.Meaning} | {a.Source} |\n");
        }

        md.Append("| any other | an attended contact that is neither (FollowUp) | | |\n");
        md.Append("\n| CodeProcAndProcStatus | intensity | therapy | source |\n|---|---|---|---|\n");
        foreach (var t in codes.TherapyTypes)
        {
            string intensity = t.Intensity == Rules.Episodes.Intensity.Unknown ? "neither" : t.Intensity.ToString().ToLowerInvariant();
            md.Append(CultureInfo.InvariantCulture, $"| {t.Code} | {intensity} | {t.Meaning} | {t.Source} |\n");
        }

        md.Append("\nA contact with low and high intensity activities is high intensity.\n\n");
        md.Append("| CodedAssToolType | measure | tool | source |\n|---|---|---|---|\n");
        foreach (var t in codes.Tools)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {t.Code} | `{t.MeasureKey}` | {t.Meaning} | {t.Source} |\n");
        }

        md.Append("\nOther tool types (the ADSMs, WSAS: no source checked here confirms their codes) are ignored and counted; ");
        md.Append("a service adds its codes with `DatasetRules.WithTool`.\n\n");
    }
}

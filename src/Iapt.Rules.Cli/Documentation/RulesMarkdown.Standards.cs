using System.Globalization;
using System.Text;
using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Cli.Documentation;

internal static partial class RulesMarkdown
{
    /// <summary>The national standards a service report judges rates against, and the reference figures beside them.</summary>
    private static void ServiceStandards(StringBuilder md, RuleSet rules)
    {
        var s = rules.Standards;
        md.Append("## Service standards\n\n");
        md.Append("A service report judges these rates against their targets, exactly (two thirds is compared as a ");
        md.Append("fraction, not as 0.6667). The waiting-time targets are those of the waiting-time rules above.\n\n");
        Header(md, "key", "rate", "target", "met when", "source");
        foreach (var standard in new[] { s.RecoveryRate, s.ReliableImprovementRate, s.PairedDataCompleteness, s.ProblemDescriptorRecorded, s.SeenToCourseOfTreatment })
        {
            string target = standard.TargetFraction is var (numerator, denominator)
                ? string.Create(CultureInfo.InvariantCulture, $"{numerator}/{denominator}")
                : Show(standard.Target);
            Row(md, $"`{standard.Key}`", standard.Description, target,
                standard.Comparison == StandardComparison.AtLeast ? "at or above the target" : "above the target", standard.Source.ToString());
        }

        md.Append('\n');
        md.Append("National reference figures shown beside a report's intensity mix (not standards):\n\n");
        md.Append(SourcedLine(s.NationalLowIntensityOnly, "Finished courses with low intensity only"));
        md.Append(SourcedLine(s.NationalHighIntensityOnly, "Finished courses with high intensity only"));
        md.Append(SourcedLine(s.NationalBothIntensities, "Finished courses with both intensities"));
        md.Append('\n');
    }
}

using System.Globalization;
using System.Text;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Cli.Documentation;

internal static partial class RulesMarkdown
{
    /// <summary>M4 Table 6 by descriptor, with the ICD-10 groups and the explicit keys that give each descriptor.</summary>
    private static void Descriptors(StringBuilder md, RuleSet rules)
    {
        var table = rules.Descriptors;
        md.Append("## Problem descriptors and the measures they call for\n\n");
        md.Append(SourcedLine(table.DepressionMeasure, "The depression measure for every descriptor"));
        md.Append(SourcedLine(table.DefaultAnxietyMeasure, "The default anxiety measure (the fallback)"));
        md.Append('\n');
        md.Append("Recovery and reliable change are measured on the row's recommended measure when the rule set counts it for ");
        md.Append("recovery and its first and last scores are both present; otherwise on the fallback.\n\n");
        Header(md, "descriptor", "recommended anxiety or MUS measure", "counts for recovery", "fallback", "source");
        foreach (var row in table.Rows)
        {
            var recommended = rules.Measures.TryGet(row.RecommendedMeasure, out var measure) ? measure : null;
            string counts = recommended is null ? "not in the catalogue" : recommended.CountsForRecovery.Value ? "yes" : "no";
            string fallback = row.RecommendedMeasure == table.DefaultAnxietyMeasure.Value ? "-" : table.DefaultAnxietyMeasure.Value;
            Row(md, Words(row.Descriptor), row.RecommendedMeasure, counts, fallback, row.Source.ToString());
        }

        md.Append('\n');
        SourceNotes(md, table.Rows.Select(r => (Source?)r.Source)
            .Append(table.DepressionMeasure.Source).Append(table.DefaultAnxietyMeasure.Source));

        md.Append("### ICD-10 codes\n\n");
        md.Append("Tried in this order; the first group that contains a code decides its descriptor. A code outside every ");
        md.Append("group is never \"no descriptor\" and never loses the referral: it resolves to one of the national groups below.\n\n");
        Header(md, "ICD-10 codes", "descriptor", "source");
        foreach (var group in table.Codes)
        {
            Row(md, group.Codes, Words(group.Descriptor), group.Source.ToString());
        }

        md.Append('\n');
        SourceNotes(md, table.Codes.Select(g => (Source?)g.Source));

        md.Append("### Explicit keys\n\n");
        md.Append("Accepted in place of an ICD-10 code, matched whole and ignoring case.\n\n");
        Header(md, "key", "descriptor", "source");
        foreach (var key in table.Keys)
        {
            Row(md, $"`{key.Key}`", Words(key.Descriptor), key.Source.ToString());
        }

        md.Append('\n');
        SourceNotes(md, table.Keys.Select(k => (Source?)k.Source));

        md.Append("### Descriptor groups\n\n");
        md.Append("Every referral counts in exactly one group, whatever was recorded: the group of its descriptor, or for any ");
        md.Append("other text one of the national groups of other codes, whose referrals use GAD-7 as the anxiety measure and ");
        md.Append("count in every figure. Only *invalid data supplied* is \"problem descriptor not a valid code\". ");
        md.Append(CultureInfo.InvariantCulture,
            $"The mental-health chapter is {table.MentalHealthChapter.Value} ({table.MentalHealthChapter.Source}).\n\n");
        Header(md, "key", "group", "recorded as", "outcome descriptor", "source");
        foreach (var group in table.Groups)
        {
            Row(md, $"`{group.Key}`", group.Name, RecordedAs(table, group), Words(group.Descriptor), group.Source.ToString());
        }

        md.Append('\n');
        SourceNotes(md, table.Groups.Select(g => (Source?)g.Source).Append(table.MentalHealthChapter.Source));
    }

    /// <summary>Which recorded texts fall in a group: its codes and keys, or the rule of a national group.</summary>
    private static string RecordedAs(DescriptorTable table, DescriptorGroup group) => group.Kind switch
    {
        DescriptorGroupKind.OtherMentalHealthProblems =>
            $"any other well-formed ICD-10 code of chapter {table.MentalHealthChapter.Value}",
        DescriptorGroupKind.OtherRecordedProblems =>
            $"a well-formed ICD-10 code of another chapter, or a SNOMED CT id (6-18 digits) not among the keys",
        DescriptorGroupKind.InvalidDataSupplied => "anything else",
        _ when group.Descriptor == ProblemDescriptor.None => "nothing (an empty field)",
        _ => string.Join(", ", table.Codes.Where(c => c.Descriptor == group.Descriptor).Select(c => c.Codes)
                .Concat(table.Keys.Where(k => k.Descriptor == group.Descriptor).Select(k => $"`{k.Key}`")))
            is { Length: > 0 } listed ? listed : "given explicitly only",
    };

}

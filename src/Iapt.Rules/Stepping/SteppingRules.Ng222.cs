using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Stepping;

public sealed partial record SteppingRules
{
    private static readonly Source Ng222Severity = new(
        "NG222", "less severe and more severe depression",
        Note: "NICE NG222 (2022) replaces the mild/moderate/severe wording behind M4 Table 2 with less severe (PHQ-9 below 16) " +
              "and more severe (PHQ-9 16 or more) depression");

    private static readonly Source Ng222Table2 = new(
        "M4", "Table 2",
        Note: "the depression rows' severities read as NICE NG222: 'mild to moderate' = less_severe (PHQ-9 0-15); " +
              "'moderate to severe' = more_severe (PHQ-9 16-27)");

    /// <summary>
    /// The stepped-care rules of <see cref="ManualV4"/> with depression severity read as NICE NG222 (2022): less
    /// severe (PHQ-9 below 16) and more severe (16 or more). Three values differ, and nothing else:
    /// <see cref="DepressionSeverity"/> (the two bands), <see cref="SevereDepressionBand"/> (<c>more_severe</c>: high
    /// intensity first from PHQ-9 16) and the two depression rows of <see cref="Table2"/> split by severity
    /// (<c>less_severe</c> and <c>more_severe</c>). Used by <see cref="RuleSets.RuleSet.Ng222"/>.
    /// </summary>
    public static SteppingRules Ng222 => Ng222Holder.Value;

    /// <summary>Built on first use, after <see cref="ManualV4"/> (static initialisers of partial files run in no fixed order).</summary>
    private static class Ng222Holder
    {
        public static readonly SteppingRules Value = Build();
    }

    private static SteppingRules Build() => ManualV4 with
    {
        DepressionSeverity = new SeverityScale(
            [new SeverityBand("less_severe", 0, 15), new SeverityBand("more_severe", 16, 27)], Ng222Severity),
        SevereDepressionBand = new Sourced<string>("more_severe", Ng222Severity),
        Table2 = new NiceInterventionTable(ManualV4.Table2.Select(ToNg222), ManualV4.Table2.Source),
    };

    private static Table2Row ToNg222(Table2Row row)
    {
        if (row.Descriptor != ProblemDescriptor.Depression || row.Phq9Bands.IsDefaultOrEmpty)
        {
            return row;
        }

        bool mildToModerate = row.Phq9Bands.Contains("mild");
        return row with
        {
            Condition = mildToModerate
                ? "less severe (PHQ-9 below 16), not responded to initial low-intensity interventions"
                : "more severe (PHQ-9 16 or more), each with medication",
            Phq9Bands = [mildToModerate ? "less_severe" : "more_severe"],
            Source = Ng222Table2,
        };
    }
}

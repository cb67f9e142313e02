using Iapt.Rules.Cli.Documentation;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.Documentation;

/// <summary>docs/rules.md is generated from the rule tables; a stale committed copy fails the build.</summary>
public class RulesDocumentTests
{
    [Fact]
    public void The_committed_rules_document_matches_the_rule_tables()
    {
        string path = Path.Combine(RepositoryRoot(), "docs", "rules.md");
        string expected = RulesMarkdown.Write(RuleSet.ManualV4);
        Assert.True(File.Exists(path), "docs/rules.md is missing: run `dotnet run --project src/Iapt.Rules.Cli -- rules --markdown > docs/rules.md`");
        string committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(committed == expected,
            "docs/rules.md is stale: run `dotnet run --project src/Iapt.Rules.Cli -- rules --markdown > docs/rules.md` and commit it");
    }

    [Fact]
    public void The_rules_document_marks_every_unconfirmed_value()
    {
        string document = RulesMarkdown.Write(RuleSet.ManualV4);
        foreach (var measure in RuleSet.ManualV4.Measures.Where(m => m.ReliableChange is { Source.Unconfirmed: true }))
        {
            Assert.Contains($"{measure.Key} reliable change [unconfirmed]", document, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_rules_document_lists_every_descriptor_code_key_and_access_standard()
    {
        var rules = RuleSet.ManualV4;
        string document = RulesMarkdown.Write(rules);
        foreach (var group in rules.Descriptors.Codes)
        {
            Assert.Contains($"| {group.Codes} |", document, StringComparison.Ordinal);
        }

        foreach (var key in rules.Descriptors.Keys)
        {
            Assert.Contains($"| `{key.Key}` |", document, StringComparison.Ordinal);
        }

        foreach (var standard in rules.Waiting.AccessStandards)
        {
            Assert.Contains($"| `{standard.Key}` | {standard.Name} |", document, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_rules_document_has_one_line_per_Table_2_row_with_its_footnote_marks()
    {
        string document = RulesMarkdown.Write(RuleSet.ManualV4);
        string[] table2 = [.. Section(document, "## NICE-recommended interventions").Split('\n').Where(l => l.StartsWith("| 2 |", StringComparison.Ordinal) || l.StartsWith("| 3 |", StringComparison.Ordinal))];
        Assert.Equal(RuleSet.ManualV4.Stepping.Table2.Count, table2.Length);
        // M4 Table 2: couple therapy carries footnote d, MBCT footnote e, EMDR f.
        Assert.Contains(table2, l => l.Contains("`couple_therapy` (d)", StringComparison.Ordinal));
        Assert.Contains(table2, l => l.Contains("`mbct` (e)", StringComparison.Ordinal));
        Assert.Contains(table2, l => l.Contains("`emdr` (f)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_rules_document_reads_its_values_from_the_rule_set_it_is_given()
    {
        var source = new Source("LOCAL", "our standard");
        var custom = RuleSet.ManualV4 with
        {
            Waiting = RuleSet.ManualV4.Waiting with { SixWeekStandardDays = new Sourced<int>(40, source) },
            Outcomes = RuleSet.ManualV4.Outcomes with { MinimumTreatmentSessions = new Sourced<int>(3, source) },
        };
        string document = RulesMarkdown.Write(custom);
        Assert.Contains("Within 6 weeks: a wait of at most (days): 40 (LOCAL our standard)", document, StringComparison.Ordinal);
        Assert.Contains("at least this many treatment sessions: 3 (LOCAL our standard)", document, StringComparison.Ordinal);
        Assert.DoesNotContain("at least this many treatment sessions: 2", document, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rules_document_states_the_calendar_coverage_and_every_holiday_year()
    {
        string calendar = Section(RulesMarkdown.Write(RuleSet.ManualV4), "## Working-day calendar");
        Assert.Contains("covers 2008-01-01 to 2030-12-31", calendar, StringComparison.Ordinal);
        for (int year = 2008; year <= 2030; year++)
        {
            Assert.Contains($"| {year} |", calendar, StringComparison.Ordinal);
        }

        // 2022: eight standing holidays (Spring moved to 2 June), the Platinum Jubilee and the state funeral.
        Assert.Contains("| 2022 | 10 |", calendar, StringComparison.Ordinal);
    }

    private static string Section(string document, string heading)
    {
        int start = document.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {heading}");
        int end = document.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? document[start..] : document[start..end];
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Iapt.Rules.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Iapt.Rules.sln not found above the test folder");
    }
}

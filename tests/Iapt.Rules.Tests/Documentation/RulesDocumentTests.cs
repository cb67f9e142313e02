using Iapt.Rules.Cli.Documentation;
using Iapt.Rules.RuleSets;

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

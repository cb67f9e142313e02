using System.CommandLine;
using Iapt.Rules.Cli.Documentation;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Cli.Commands;

/// <summary><c>iapt rules --markdown</c>: prints the rule set's tables as Markdown (the source of <c>docs/rules.md</c>).</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var markdown = new Option<bool>("--markdown") { Description = "Print the tables as Markdown (the only format for now; the default)" };
        var command = new Command("rules", "Print every rule table of the default rule set, with sources (docs/rules.md)") { markdown };
        command.SetAction(_ =>
        {
            Console.Out.Write(RulesMarkdown.Write(RuleSet.ManualV4));
            return CommandRunner.Success;
        });
        return command;
    }
}

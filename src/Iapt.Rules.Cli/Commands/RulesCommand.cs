using System.CommandLine;
using Iapt.Rules.Cli.Csv;
using Iapt.Rules.Cli.Documentation;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Cli.Commands;

/// <summary><c>iapt rules --markdown</c>: prints the rule set's tables as Markdown (the source of <c>docs/rules.md</c>).</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var markdown = new Option<bool>("--markdown") { Description = "Print the tables as Markdown (the only format for now; the default)" };
        var help = "Print every rule table of the default rule set, with sources (docs/rules.md).\n\n" +
            "Example: iapt rules --markdown > docs/rules.md\n\n" + CommandRunner.ExitCodes;
        var command = new Command("rules", help) { markdown };
        command.SetAction(parse => StandardStreams.WithOutput(parse, Run));
        return command;
    }

    /// <summary>Writes the tables to <paramref name="stdout"/>; a failed write (a full disk) exits 2 with a message.</summary>
    public static int Run(TextWriter stdout, TextWriter stderr) =>
        CommandRunner.Run("rules", stdout, stderr, output => output.Write(RulesMarkdown.Write(RuleSet.ManualV4)));
}

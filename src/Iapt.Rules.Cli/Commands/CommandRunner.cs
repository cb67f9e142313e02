using System.CommandLine;
using Iapt.Rules.Cli.Csv;
using Iapt.Rules.Csv;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Cli.Commands;

/// <summary>The exit-code contract every file command shares.</summary>
internal static class CommandRunner
{
    /// <summary>The file was read; whatever rows were invalid are in the output.</summary>
    public const int Success = 0;

    /// <summary>The file is missing or unreadable, or a required column is absent.</summary>
    public const int InputUnusable = 2;

    /// <summary>Runs a command body, turning an unusable input into exit code 2 with a message on stderr.</summary>
    public static int Run(string command, TextWriter stdout, TextWriter stderr, Action<TextWriter> body)
    {
        try
        {
            body(stdout);
            stdout.Flush();
            return Success;
        }
        catch (CsvInputException ex)
        {
            stderr.WriteLine($"iapt {command}: {ex.Message}");
            return InputUnusable;
        }
    }

    /// <summary>
    /// A command over one CSV file (score, outcomes, waits): a FILE argument, the default rule set, buffered stdout and
    /// stderr for messages; <paramref name="run"/> is the command body that tests call directly.
    /// </summary>
    public static Command FileCommand(
        string name, string description, string fileDescription, Func<string, RuleSet, TextWriter, TextWriter, int> run)
    {
        var file = new Argument<FileInfo>("FILE") { Description = fileDescription };
        var command = new Command(name, description) { file };
        command.SetAction(parse =>
        {
            using var stdout = StandardStreams.OpenOutput();
            return run(parse.GetValue(file)!.FullName, RuleSet.ManualV4, stdout, Console.Error);
        });
        return command;
    }
}

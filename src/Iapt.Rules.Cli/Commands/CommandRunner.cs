using System.CommandLine;
using Iapt.Rules.Cli.Csv;
using Iapt.Rules.Csv;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Cli.Commands;

/// <summary>The exit-code contract every command shares, and the FILE argument of the CSV commands.</summary>
internal static class CommandRunner
{
    /// <summary>The input was read; whatever rows were invalid are in the output.</summary>
    public const int Success = 0;

    /// <summary>A usage error, an unusable input (missing, unreadable, a required column absent) or an unwritable output.</summary>
    public const int InputUnusable = 2;

    /// <summary>The exit codes, as every command's <c>--help</c> gives them.</summary>
    public const string ExitCodes =
        "Exit codes: 0 the input was read (bad rows are written as invalid rows, one output row per input record); " +
        "2 a usage error (a wrong option, a missing FILE), an unusable input (missing, unreadable, a required column " +
        "absent or duplicated) or an output that cannot be written (a full disk). Messages name files, lines and " +
        "columns, never a cell's content.";

    /// <summary>A command's <c>--help</c> description: what it does, its input columns, an example and the exit codes.</summary>
    public static string Help(string summary, string columns, string example) =>
        $"{summary}\n\nInput: {columns}\n\nExample: {example}\n\n{ExitCodes}";

    /// <summary>
    /// Runs a command body: an unusable input becomes exit code 2 with its message on stderr, and so does an output
    /// that cannot be written; an unexpected failure is reported by its type alone (its message might hold a cell),
    /// never as a stack trace.
    /// </summary>
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
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Input errors are CsvInputExceptions; what is left is the output (a full disk, a closed pipe).
            stderr.WriteLine($"iapt {command}: cannot write the output: {ex.Message}");
            return InputUnusable;
        }
#pragma warning disable CA1031 // The last resort: no stack trace, no message (it might quote a cell).
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"iapt {command}: internal error ({ex.GetType().Name}); please report it with the command line, not the file");
            return InputUnusable;
        }
    }

    /// <summary>
    /// The FILE argument of a CSV command: a path, or <c>-</c> for standard input; an option-like word
    /// (<c>--version</c>, <c>--bogus</c>) is a usage error rather than a file name.
    /// </summary>
    public static Argument<string> FileArgument(string description)
    {
        var file = new Argument<string>("FILE") { Description = description + " (- for standard input)" };
        RejectOptionWords(file);
        return file;
    }

    /// <summary>
    /// Makes an option-like word given for a file argument (<c>--version</c> after a command) a usage error, unless a
    /// file of that name exists; <c>-</c> alone is standard input.
    /// </summary>
    public static void RejectOptionWords(Argument argument) =>
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-' && !File.Exists(token.Value))
                {
                    result.AddError($"unknown option '{token.Value}' ({argument.Name} is a path, or - for standard input)");
                }
            }
        });

    /// <summary>
    /// A command over one CSV file (score, outcomes, waits): a FILE argument, the default rule set, buffered stdout and
    /// stderr for messages; <paramref name="run"/> is the command body that tests call directly.
    /// </summary>
    public static Command FileCommand(
        string name, string description, string fileDescription, Func<string, RuleSet, TextWriter, TextWriter, int> run)
    {
        var file = FileArgument(fileDescription);
        var command = new Command(name, description) { file };
        command.SetAction(parse => StandardStreams.WithOutput(parse, (stdout, stderr) => run(parse.GetValue(file)!, RuleSet.ManualV4, stdout, stderr)));
        return command;
    }
}

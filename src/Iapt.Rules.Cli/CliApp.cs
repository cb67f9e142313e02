using System.CommandLine;
using Iapt.Rules.Cli.Commands;

namespace Iapt.Rules.Cli;

/// <summary>
/// The <c>iapt</c> command line as one call, for <c>Program</c> and for tests that run it in-process: parse, report
/// usage errors with exit code 2 (as the README promises), run the command.
/// </summary>
internal static class CliApp
{
    /// <summary>Builds the root command with every subcommand.</summary>
    public static RootCommand Create() => new("iapt: the IAPT / NHS Talking Therapies rules engine over CSV extracts\n\n" + CommandRunner.ExitCodes)
    {
        ScoreCommand.Create(),
        ScoreFhirCommand.Create(),
        SampleCommand.Create(),
        RulesCommand.Create(),
        WaitsCommand.Create(),
        OutcomesCommand.Create(),
        ReportCommand.Create(),
    };

    /// <summary>
    /// Runs the command line <paramref name="args"/>; output to <paramref name="stdout"/> and messages to
    /// <paramref name="stderr"/> (the console's when <see langword="null"/>).
    /// </summary>
    /// <returns>The exit code: 0 when the input was read, 2 for every usage, file or output error.</returns>
    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var parse = Create().Parse(args);
        var error = stderr ?? Console.Error;
        if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"iapt: {parseError.Message}");
            }

            error.WriteLine("iapt: see iapt --help, or iapt COMMAND --help");
            return CommandRunner.InputUnusable;
        }

        var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        if (stdout is not null)
        {
            configuration.Output = stdout;
        }

        if (stderr is not null)
        {
            configuration.Error = stderr;
        }

        try
        {
            return parse.Invoke(configuration);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"iapt: cannot write the output: {ex.Message}");
            return CommandRunner.InputUnusable;
        }
    }
}

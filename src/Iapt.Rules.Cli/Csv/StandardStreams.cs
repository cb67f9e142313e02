using System.CommandLine;
using System.Text;

namespace Iapt.Rules.Cli.Csv;

/// <summary>The output and error writers of a command: the invocation's own, or buffered standard output.</summary>
internal static class StandardStreams
{
    /// <summary>Buffered standard output for the CSV commands (Console.Out flushes on every write, which is slow).</summary>
    public static TextWriter OpenOutput() =>
        new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);

    /// <summary>The error writer of an invocation (stderr unless a caller such as a test gave its own).</summary>
    public static TextWriter Error(ParseResult parse) => parse.InvocationConfiguration.Error ?? Console.Error;

    /// <summary>
    /// Runs <paramref name="body"/> with the invocation's output: buffered standard output when it is the console's,
    /// else the writer a caller (a test) gave. A failure to flush buffered output at the end (a full disk) was already
    /// reported by the body's own flush, so disposing ignores it.
    /// </summary>
    public static int WithOutput(ParseResult parse, Func<TextWriter, TextWriter, int> body)
    {
        var configured = parse.InvocationConfiguration.Output;
        var stderr = Error(parse);
        if (configured is not null && !ReferenceEquals(configured, Console.Out))
        {
            return body(configured, stderr);
        }

        var stdout = OpenOutput();
        try
        {
            return body(stdout, stderr);
        }
        finally
        {
            try
            {
                stdout.Dispose();
            }
            catch (IOException)
            {
                // Reported by the body (exit code 2); the buffer cannot be written anywhere else.
            }
        }
    }
}

using System.Text;

namespace Iapt.Rules.Cli.Csv;

/// <summary>Buffered standard output for the CSV commands (Console.Out flushes on every write, which is slow).</summary>
internal static class StandardStreams
{
    public static TextWriter OpenOutput() =>
        new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
}

namespace Iapt.Rules.Tests.Cli;

/// <summary>Writes a temporary input file for a CLI contract test and removes it afterwards.</summary>
internal sealed class TempCsv : IDisposable
{
    private readonly string? _folder;

    /// <summary>A file of a random name, or named <paramref name="fileName"/> in a folder of its own (a rejects file names it).</summary>
    public TempCsv(string content, string? fileName = null)
    {
        if (fileName is null)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"iapt-test-{Guid.NewGuid():N}.csv");
        }
        else
        {
            _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"iapt-test-{Guid.NewGuid():N}");
            Directory.CreateDirectory(_folder);
            Path = System.IO.Path.Combine(_folder, fileName);
        }

        File.WriteAllText(Path, content);
    }

    public string Path { get; }

    public void Dispose()
    {
        File.Delete(Path);
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

/// <summary>Runs a file command (score, outcomes, waits) the way its contract tests need: output lines, exit code, stderr.</summary>
internal static class FileCommandRunner
{
    public static (int Exit, string[] Lines, string Error) RunPath(
        Func<string, Iapt.Rules.RuleSets.RuleSet, TextWriter, TextWriter, int> command, string path)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = command(path, Iapt.Rules.RuleSets.RuleSet.ManualV4, stdout, stderr);
        return (exit, stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray(), stderr.ToString());
    }

    public static (int Exit, string[] Lines, string Error) Run(
        Func<string, Iapt.Rules.RuleSets.RuleSet, TextWriter, TextWriter, int> command, string csv)
    {
        using var file = new TempCsv(csv);
        return RunPath(command, file.Path);
    }
}

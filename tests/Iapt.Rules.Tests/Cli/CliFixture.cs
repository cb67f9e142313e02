namespace Iapt.Rules.Tests.Cli;

/// <summary>Writes a temporary input file for a CLI contract test and removes it afterwards.</summary>
internal sealed class TempCsv : IDisposable
{
    public TempCsv(string content)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"iapt-test-{Guid.NewGuid():N}.csv");
        File.WriteAllText(Path, content);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}

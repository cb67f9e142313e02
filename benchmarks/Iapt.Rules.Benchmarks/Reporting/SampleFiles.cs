using Iapt.Rules.Csv;

namespace Iapt.Rules.Benchmarks.Reporting;

/// <summary>A synthetic service written by the sample generator into a temporary folder, deleted on dispose.</summary>
internal sealed class SampleFiles : IDisposable
{
    private SampleFiles(string folder)
    {
        Folder = folder;
    }

    public string Folder { get; }

    public string Referrals => Path.Combine(Folder, "referrals.csv");

    public string Sessions => Path.Combine(Folder, "sessions.csv");

    /// <summary>Writes a sample service of <paramref name="referrals"/> referrals (seed 1).</summary>
    public static SampleFiles Write(int referrals)
    {
        string folder = Path.Combine(Path.GetTempPath(), "iapt-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        SampleService.WriteFiles(referrals, seed: 1, folder);
        return new SampleFiles(folder);
    }

    /// <summary>Writes the header and the first <paramref name="rows"/> data rows of the sessions file to a new file in the folder.</summary>
    public string FirstSessionRows(int rows)
    {
        string path = Path.Combine(Folder, $"sessions-{rows}.csv");
        using var reader = new StreamReader(Sessions);
        using var writer = new StreamWriter(path);
        for (int i = 0; i <= rows && reader.ReadLine() is { } line; i++)
        {
            writer.Write(line);
            writer.Write('\n');
        }

        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}

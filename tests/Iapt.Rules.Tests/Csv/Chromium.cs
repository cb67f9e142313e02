using System.Diagnostics;

namespace Iapt.Rules.Tests.Csv;

/// <summary>Runs the system's Chromium headless (no browser is downloaded): finds it and dumps a page's DOM after its scripts ran.</summary>
internal static class Chromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>The Chromium executable: <c>IAPT_CHROMIUM</c> when set, else the first of <see cref="Names"/> on the PATH; or <see langword="null"/>.</summary>
    public static string? Path { get; } = Find();

    /// <summary>
    /// Loads <paramref name="file"/> in a headless window of <paramref name="width"/> by <paramref name="height"/>
    /// CSS pixels and returns the DOM as it is after the page's scripts ran (<c>--dump-dom</c>).
    /// </summary>
    public static string DumpDom(string file, int width, int height)
    {
        string chromium = Path ?? throw new InvalidOperationException("Chromium not found: install it (apt-get install -y chromium) or set IAPT_CHROMIUM.");
        string profile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"iapt-chromium-{Guid.NewGuid():N}");
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-extensions",
                "--force-device-scale-factor=1", $"--user-data-dir={profile}", $"--window-size={width},{height}", "--dump-dom",
                new Uri(file).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            string dom = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not finish loading the page within 90 s.");
            }

            return process.ExitCode == 0 && dom.Length > 0
                ? dom
                : throw new InvalidOperationException($"Chromium exited with {process.ExitCode}: {error.Result}");
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("IAPT_CHROMIUM") is { Length: > 0 } given)
        {
            return File.Exists(given) ? given : null;
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return Names.SelectMany(name => folders.Select(folder => System.IO.Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    }
}

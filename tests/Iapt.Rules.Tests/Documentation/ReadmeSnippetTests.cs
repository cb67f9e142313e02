using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Iapt.Rules.Tests.Documentation;

/// <summary>
/// Every C# snippet of the README is compiled and run, and what it prints is checked (issue 16), so that the README
/// cannot drift from the library again.
/// </summary>
/// <remarks>
/// <para><b>How.</b> Each <c>```csharp</c> block is compiled as it stands, a program of top-level statements, with
/// Roslyn, against the assemblies this test runs with (the library, <c>Iapt.Rules.Csv</c>, <c>Iapt.Rules.Fhir</c>,
/// NodaTime, OneOf, the framework) and the implicit usings of a console project (<c>System</c>, <c>System.IO</c>,
/// <c>System.Linq</c>, <c>System.Collections.Generic</c>), as a reader's <c>dotnet new console</c> would compile
/// it. The program then runs in this process from the repository root, with standard output captured.</para>
/// <para><b>Expected output</b> is written in the snippet itself, as the README shows it to readers: the whole-line
/// comments (<c>// ...</c>) that directly follow a line calling <c>Console.WriteLine</c>, or a closing brace at the
/// start of a line (the end of a loop that prints), one comment line per printed line. A snippet that prints must
/// print exactly those lines; every snippet must compile without errors and run without throwing.</para>
/// <para>Why not a test project whose sources are the snippets: each snippet is a program of its own (several have
/// top-level statements), and extracting them here keeps the README the only copy.</para>
/// </remarks>
public class ReadmeSnippetTests
{
    private static readonly object ConsoleLock = new();

    public static TheoryData<int, string> Snippets()
    {
        var data = new TheoryData<int, string>();
        var snippets = Extract();
        for (int i = 0; i < snippets.Count; i++)
        {
            data.Add(i, snippets[i].Split('\n')[0]);
        }

        return data;
    }

    /// <summary>The C# blocks of the README, in order.</summary>
    internal static List<string> Extract()
    {
        string readme = File.ReadAllText(Path.Combine(RulesDocumentTests.RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var snippets = new List<string>();
        var lines = readme.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() != "```csharp")
            {
                continue;
            }

            var block = new StringBuilder();
            for (i++; i < lines.Length && lines[i].TrimEnd() != "```"; i++)
            {
                block.Append(lines[i]).Append('\n');
            }

            snippets.Add(block.ToString());
        }

        return snippets;
    }

    /// <summary>The printed lines a snippet promises (see the class remarks).</summary>
    internal static List<string> Expected(string snippet)
    {
        var expected = new List<string>();
        bool afterPrint = false;
        foreach (var line in snippet.Split('\n'))
        {
            if (afterPrint && line.StartsWith("// ", StringComparison.Ordinal))
            {
                expected.Add(line[3..]);
                continue;
            }

            afterPrint = line.Contains("Console.WriteLine", StringComparison.Ordinal) || line.StartsWith('}');
        }

        return expected;
    }

    [Fact]
    public void The_readme_has_csharp_snippets_and_each_that_prints_says_what()
    {
        var snippets = Extract();
        Assert.True(snippets.Count >= 6, $"{snippets.Count} snippets");
        foreach (var snippet in snippets.Where(s => s.Contains("Console.WriteLine", StringComparison.Ordinal)))
        {
            Assert.True(Expected(snippet).Count > 0, "a snippet that prints gives its output as comments:\n" + snippet);
        }
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Each_snippet_compiles_runs_and_prints_what_it_says(int index, string firstLine)
    {
        string snippet = Extract()[index];
        var assembly = Compile(snippet, firstLine);
        string printed = Run(assembly);
        var lines = printed.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Where(_ => printed.Length > 0).ToList();
        var expected = Expected(snippet);
        Assert.True(expected.SequenceEqual(lines), $"the README snippet starting '{firstLine}' says it prints\n{string.Join("\n", expected)}\nbut prints\n{printed}");
    }

    private static Assembly Compile(string snippet, string name)
    {
        const string implicitUsings = "global using System;\nglobal using System.IO;\nglobal using System.Linq;\nglobal using System.Collections.Generic;\n";
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = new[] { CSharpSyntaxTree.ParseText(snippet, options), CSharpSyntaxTree.ParseText(implicitUsings, options) };
        var compilation = CSharpCompilation.Create(
            $"ReadmeSnippet{Guid.NewGuid():N}",
            trees,
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(emitted.Success, $"the README snippet starting '{name}' does not compile:\n" + string.Join("\n", errors));
        return Assembly.Load(image.ToArray());
    }

    private static List<MetadataReference> References()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First());
        var references = new List<MetadataReference>();
        foreach (var path in paths)
        {
            try
            {
                using var stream = File.OpenRead(path);
                using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
                if (reader.HasMetadata)
                {
                    references.Add(MetadataReference.CreateFromFile(path));
                }
            }
            catch (BadImageFormatException)
            {
                // A native library: nothing to reference.
            }
        }

        return references;
    }

    private static string Run(Assembly assembly)
    {
        lock (ConsoleLock)
        {
            var savedOut = Console.Out;
            string savedDirectory = Environment.CurrentDirectory;
            var output = new StringWriter();
            try
            {
                Console.SetOut(output);
                Environment.CurrentDirectory = RulesDocumentTests.RepositoryRoot();
                var entry = assembly.EntryPoint!;
                entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            }
            finally
            {
                Console.SetOut(savedOut);
                Environment.CurrentDirectory = savedDirectory;
            }

            return output.ToString();
        }
    }
}

using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ScenarioSim.Tests.Docs;

/// <summary>
/// Every ```csharp block of README.md and docs/*.md compiles, as written, as a console program against
/// the library (and Microsoft.Extensions.Hosting, which the README's hosted app says to reference),
/// with the SDK's implicit usings and nothing else: a snippet that lacks a using, calls an API that
/// no longer exists or uses an undefined variable fails here with the compiler's message.
/// </summary>
public sealed partial class DocSnippetTests
{
    /// <summary>The usings a console project of the .NET SDK gets implicitly.</summary>
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    private static string DocsDirectory => Path.Combine(TestContext.CurrentContext.TestDirectory, "Docs");

    private static IEnumerable<TestCaseData> Snippets()
    {
        // Test cases are built before TestContext knows the directory; the assembly's folder is the same.
        string directory = Path.Combine(AppContext.BaseDirectory, "Docs");
        foreach (string file in Directory.GetFiles(directory, "*.md").Order(StringComparer.Ordinal))
        {
            var blocks = CSharpBlock().Matches(File.ReadAllText(file));
            for (int i = 0; i < blocks.Count; i++)
            {
                yield return new TestCaseData(Path.GetFileName(file), i + 1, blocks[i].Groups["code"].Value)
                    .SetName($"Snippet_{Path.GetFileNameWithoutExtension(file)}_{i + 1}_Compiles");
            }
        }
    }

    [Test]
    public void Snippets_ReadmeAndDocs_SomeFound() =>
        Assert.That(Snippets().Count(), Is.GreaterThanOrEqualTo(4), $"```csharp blocks in {DocsDirectory}");

    [TestCaseSource(nameof(Snippets))]
    public void Snippet_Compiles(string file, int index, string code)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            $"snippet-{index}",
            [CSharpSyntaxTree.ParseText(ImplicitUsings, options), CSharpSyntaxTree.ParseText(code, options, path: file)],
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);

        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.That(errors, Is.Empty, $"{file}, C# block {index}");
    }

    /// <summary>The framework's assemblies and every assembly beside the tests (the library, its dependencies, Hosting).</summary>
    private static List<MetadataReference> References()
    {
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var local = Directory.GetFiles(AppContext.BaseDirectory, "*.dll");
        return framework.Concat(local)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .Where(IsManaged)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
    }

    private static bool IsManaged(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^```csharp\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}

using System.Text;
using ScenarioSim.Cli;
using ScenarioSim.Tests.Cli;
using ScenarioSim.Tests.Output;

namespace ScenarioSim.Tests.Golden;

/// <summary>
/// Golden outputs: every verb on the shipped scenarios (<see cref="GoldenCases"/>) writes files, and prints
/// consoles, that are identical to the byte to the committed <c>Golden/expected/</c>, after the narrow
/// normalisation of <see cref="GoldenNormalisation"/> (paths, the report's date, the library version).
/// These pin the outputs while the code under them is restructured.
/// <para>
/// A change that alters outputs on purpose (a model change, a new field, a fixed defect) regenerates the
/// expected files <b>in the same commit</b>, and says so in its message:
/// <c>SCENARIOSIM_UPDATE_GOLDEN=1 dotnet test --filter Category=Golden</c>; then review
/// <c>git diff --stat tests/ScenarioSim.Tests/Golden/expected</c>. See <c>Golden/README.md</c>.
/// </para>
/// </summary>
[TestFixture]
[Category("Golden")]
public sealed class GoldenOutputTests
{
    /// <summary>The file holding every command's line, exit code, standard output and standard error.</summary>
    private const string ConsoleFile = "console.txt";

    private static IEnumerable<GoldenCase> Cases() => GoldenCases.All();

    [TestCaseSource(nameof(Cases))]
    public async Task Verb_ShippedScenario_OutputsIdenticalToExpected(GoldenCase goldenCase)
    {
        using var directory = new TemporaryDirectory();
        var actual = await RunAsync(goldenCase, directory.Path);

        if (GoldenPaths.Updating)
        {
            GoldenStore.Write(goldenCase.Name, actual);
            await TestContext.Out.WriteLineAsync($"{GoldenPaths.UpdateVariable}=1: rewrote expected/{goldenCase.Name} from this run.");
            return;
        }

        var expected = GoldenStore.Read(goldenCase.Name);
        var differences = Differences(expected, actual);
        if (differences.Count > 0)
        {
            string kept = Keep(goldenCase.Name, actual);
            Assert.Fail(
                $"{goldenCase.Name}: {differences.Count} output file(s) differ from Golden/expected/{goldenCase.Name} (this run's files: {kept}).\n" +
                string.Join('\n', differences) +
                $"\nIf the change is intended, regenerate in the same commit: {GoldenPaths.UpdateVariable}=1 dotnet test --filter Category=Golden");
        }
    }

    [Test]
    public void Cases_NamesUniqueAndEveryExpectedFolderACase()
    {
        string[] names = [.. GoldenCases.All().Select(c => c.Name)];
        Assert.That(names, Is.Unique);
        string[] folders = Directory.Exists(GoldenPaths.ExpectedDirectory)
            ? [.. Directory.GetDirectories(GoldenPaths.ExpectedDirectory).Select(d => Path.GetFileName(d)!)]
            : [];
        Assert.That(folders, Is.SubsetOf(names), "an expected folder no case writes: delete it");
    }

    /// <summary>Runs the case's commands in <paramref name="caseDirectory"/>; returns every file written there and the console, normalised.</summary>
    private static async Task<SortedDictionary<string, byte[]>> RunAsync(GoldenCase goldenCase, string caseDirectory)
    {
        string shipped = GoldenPaths.ShippedDirectory;
        var console = new StringBuilder();
        foreach (string[] command in goldenCase.Commands)
        {
            string[] args = [.. command.Select(a => a.Replace(GoldenPaths.Shipped, shipped, StringComparison.Ordinal).Replace(GoldenPaths.Out, caseDirectory, StringComparison.Ordinal))];
            var outcome = await CliOutcome.InvokeAsync(args);
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), $"{goldenCase.Name}: scenariosim {string.Join(' ', command)}\n{outcome}");
            console.Append("$ scenariosim ").AppendJoin(' ', command).Append('\n')
                .Append("exit ").Append(outcome.ExitCode).Append('\n')
                .Append("--- stdout\n").Append(outcome.Out)
                .Append("--- stderr\n").Append(outcome.Error)
                .Append('\n');
        }

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (string path in Directory.GetFiles(caseDirectory, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(caseDirectory, path).Replace('\\', '/');
            files[relative] = GoldenNormalisation.Normalise(relative, await File.ReadAllBytesAsync(path), caseDirectory, shipped);
        }

        Assert.That(files.ContainsKey(ConsoleFile), Is.False, $"a command wrote {ConsoleFile}, which the golden test keeps for the console");
        files[ConsoleFile] = GoldenNormalisation.Normalise(ConsoleFile, Encoding.UTF8.GetBytes(console.ToString()), caseDirectory, shipped);
        return files;
    }

    /// <summary>One line per missing, unexpected or differing file; for a differing one, its first differing line.</summary>
    private static List<string> Differences(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        var differences = new List<string>();
        differences.AddRange(expected.Keys.Except(actual.Keys).Select(name => $"  {name}: expected, not written"));
        differences.AddRange(actual.Keys.Except(expected.Keys).Select(name => $"  {name}: written, not expected"));
        foreach (var (name, bytes) in actual)
        {
            if (expected.TryGetValue(name, out byte[]? wanted) && !wanted.AsSpan().SequenceEqual(bytes))
            {
                differences.Add($"  {name}: {FirstDifference(wanted, bytes)}");
            }
        }

        return differences;
    }

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        string[] want = Encoding.UTF8.GetString(expected).Split('\n');
        string[] got = Encoding.UTF8.GetString(actual).Split('\n');
        for (int line = 0; line < Math.Max(want.Length, got.Length); line++)
        {
            string? w = line < want.Length ? want[line] : null;
            string? g = line < got.Length ? got[line] : null;
            if (w != g)
            {
                return $"line {line + 1}\n    expected: {Excerpt(w)}\n    actual:   {Excerpt(g)}";
            }
        }

        return $"{expected.Length} bytes expected, {actual.Length} written";
    }

    private static string Excerpt(string? line) => line is null ? "(end of file)" : line.Length <= 200 ? line : line[..200] + "…";

    /// <summary>Keeps this run's files for inspection in NUnit's work directory; returns the folder.</summary>
    private static string Keep(string caseName, SortedDictionary<string, byte[]> actual)
    {
        string folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "golden-actual", caseName);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        foreach (var (name, bytes) in actual)
        {
            string path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }

        return folder;
    }
}

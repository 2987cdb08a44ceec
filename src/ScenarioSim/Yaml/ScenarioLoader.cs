using ScenarioSim.Diagnostics;
using ScenarioSim.Input;
using ScenarioSim.Model;

namespace ScenarioSim.Yaml;

/// <summary>
/// Loads scenarios from YAML into the validated <see cref="Scenario"/> model, reporting every problem
/// as a located diagnostic (<c>file:line:col: error: message</c>).
/// </summary>
/// <remarks>
/// Loading runs in four stages: read the YAML into a tree that remembers every node's file, line and
/// column; merge the <c>extends</c> chain; apply <c>--set</c> overrides; bind the tree to the model and
/// check it with <see cref="ScenarioValidator"/>, locating each model problem at the node it names.
/// Stateless and thread-safe.
/// </remarks>
public static class ScenarioLoader
{
    /// <summary>Loads, merges (<c>extends</c>), overrides and validates a scenario file.</summary>
    /// <param name="path">The scenario file.</param>
    /// <param name="overrides"><c>path=value</c> overrides, validated like the file.</param>
    /// <returns>The scenario, or every problem found.</returns>
    public static LoadResult<Scenario> LoadFile(string path, IEnumerable<string>? overrides = null) =>
        LoadFileEdited(path, overrides, edit: null);

    /// <summary>Loads a scenario file, with <paramref name="edit"/> changing the merged tree before the <c>--set</c> overrides.</summary>
    /// <param name="path">The scenario file.</param>
    /// <param name="overrides"><c>path=value</c> overrides, validated like the file.</param>
    /// <param name="edit">Changes the tree (an override file's distributions and correlations), reporting its problems.</param>
    /// <returns>The scenario, or every problem found.</returns>
    internal static LoadResult<Scenario> LoadFileEdited(string path, IEnumerable<string>? overrides, Action<LocatedMapping, List<Diagnostic>>? edit)
    {
        ArgumentNullException.ThrowIfNull(path);
        var diagnostics = new List<Diagnostic>();
        return ScenarioSources.ReadText(path, diagnostics, "scenario file", citedBy: null) is { } text
            ? Load(text, path, overrides, diagnostics, edit)
            : LoadResult<Scenario>.Failure(diagnostics);
    }

    /// <summary>Loads a scenario from YAML text.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sourceName">Name used in diagnostics; <c>extends</c> paths resolve relative to its folder.</param>
    /// <param name="overrides"><c>path=value</c> overrides, validated like the file.</param>
    /// <returns>The scenario, or every problem found.</returns>
    public static LoadResult<Scenario> LoadString(string yaml, string sourceName = "scenario.yaml", IEnumerable<string>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        return Load(yaml, sourceName, overrides, []);
    }

    /// <summary>Loads a scenario from a stream of UTF-8 (or BOM-marked) YAML text; the stream is left open.</summary>
    /// <param name="stream">The YAML text.</param>
    /// <param name="sourceName">Name used in diagnostics; <c>extends</c> paths resolve relative to its folder.</param>
    /// <param name="overrides"><c>path=value</c> overrides, validated like the file.</param>
    /// <returns>The scenario, or every problem found.</returns>
    public static LoadResult<Scenario> LoadStream(Stream stream, string sourceName = "scenario.yaml", IEnumerable<string>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, leaveOpen: true);
        var text = new System.Text.StringBuilder();
        var buffer = new char[8192];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0 && text.Length <= InputLimits.MaxYamlFileBytes)
        {
            text.Append(buffer, 0, read);
        }

        if (text.Length > InputLimits.MaxYamlFileBytes)
        {
            return LoadResult<Scenario>.Failure(
            [
                new Diagnostic(string.Empty, $"cannot read scenario '{sourceName}': it is larger than the limit of {InputFile.Size(InputLimits.MaxYamlFileBytes)}")
                {
                    Location = new SourceLocation(sourceName, 1, 1),
                },
            ]);
        }

        return LoadString(text.ToString(), sourceName, overrides);
    }

    private static LoadResult<Scenario> Load(
        string yaml, string sourceName, IEnumerable<string>? overrides, List<Diagnostic> diagnostics,
        Action<LocatedMapping, List<Diagnostic>>? edit = null)
    {
        return ScenarioSources.Read(yaml, sourceName, diagnostics) is { } root
            ? Load(root, sourceName, overrides, diagnostics, edit)
            : LoadResult<Scenario>.Failure(diagnostics);
    }

    /// <summary>
    /// The stages after reading: applies <paramref name="overrides"/> to <paramref name="root"/> (which they
    /// change), binds and validates. <paramref name="diagnostics"/> holds the problems found so far.
    /// </summary>
    internal static LoadResult<Scenario> Load(
        LocatedMapping root, string sourceName, IEnumerable<string>? overrides, List<Diagnostic> diagnostics,
        Action<LocatedMapping, List<Diagnostic>>? edit = null)
    {
        edit?.Invoke(root, diagnostics);

        foreach (string text in overrides ?? [])
        {
            ScenarioOverride.Apply(root, text ?? string.Empty, diagnostics);
        }

        (Scenario scenario, ScenarioBinder binder) = ScenarioBinder.Bind(root);
        var located = new List<Diagnostic>(binder.Diagnostics);
        foreach (Diagnostic problem in ScenarioValidator.Validate(scenario))
        {
            if (!binder.IsUnderFailedPath(problem.Path) && !binder.HasNoNominalValue(problem.Path))
            {
                located.Add(problem with { Location = binder.NodeAt(problem.Path)?.Location });
            }
        }

        // Source order: the file that was loaded first, then the files it extends, then --set values.
        diagnostics.AddRange(located
            .Select((d, i) => (Diagnostic: d, Order: i))
            .OrderBy(x => FileRank(x.Diagnostic.Location, sourceName))
            .ThenBy(x => x.Diagnostic.Location?.File, StringComparer.Ordinal)
            .ThenBy(x => x.Diagnostic.Location?.Line ?? 0)
            .ThenBy(x => x.Diagnostic.Location?.Column ?? 0)
            .ThenBy(x => x.Order)
            .Select(x => x.Diagnostic));

        return diagnostics.Count == 0 ? LoadResult<Scenario>.Success(scenario) : LoadResult<Scenario>.Failure(diagnostics);
    }

    private static int FileRank(SourceLocation? location, string sourceName) => location switch
    {
        null => 3,
        { File: var file } when file == sourceName => 0,
        { File: var file } when file.StartsWith("--set ", StringComparison.Ordinal) => 2,
        _ => 1,
    };
}

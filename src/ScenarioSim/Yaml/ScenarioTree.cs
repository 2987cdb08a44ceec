using ScenarioSim.Diagnostics;
using ScenarioSim.Model;

namespace ScenarioSim.Yaml;

/// <summary>
/// A scenario's merged YAML tree (the file and its <c>extends</c> chain), read once and then loaded any
/// number of times with different overrides, each load on its own copy: what analyses use so that the
/// scenario's files are read once per analysis, not once per design point.
/// </summary>
/// <remarks>Immutable after construction and thread-safe: loads may run concurrently.</remarks>
internal sealed class ScenarioTree
{
    private readonly LocatedMapping? _root;
    private readonly Diagnostic[] _readProblems;
    private readonly string _sourceName;

    private ScenarioTree(LocatedMapping? root, List<Diagnostic> readProblems, string sourceName)
    {
        _root = root;
        _readProblems = [.. readProblems];
        _sourceName = sourceName;
    }

    /// <summary>Reads a scenario file and its parents now; problems reading them are kept for every load.</summary>
    public static ScenarioTree FromFile(string path)
    {
        var diagnostics = new List<Diagnostic>();
        var root = ScenarioSources.ReadText(path, diagnostics, "scenario file", citedBy: null) is { } text
            ? ScenarioSources.Read(text, path, diagnostics)
            : null;
        return new ScenarioTree(root, diagnostics, path);
    }

    /// <summary>Reads YAML text (and the files it extends, relative to <paramref name="sourceName"/>'s folder) now.</summary>
    public static ScenarioTree FromYaml(string yaml, string sourceName)
    {
        var diagnostics = new List<Diagnostic>();
        return new ScenarioTree(ScenarioSources.Read(yaml, sourceName, diagnostics), diagnostics, sourceName);
    }

    /// <summary>Loads the scenario with <paramref name="overrides"/>, exactly as <see cref="ScenarioLoader"/> loads the files.</summary>
    public LoadResult<Scenario> Load(IEnumerable<string>? overrides) => Load(overrides, null);

    /// <summary>Loads the scenario with <paramref name="edit"/> (an override file's distributions and correlations), then <paramref name="overrides"/>.</summary>
    public LoadResult<Scenario> Load(IEnumerable<string>? overrides, Action<LocatedMapping, List<Diagnostic>>? edit) =>
        _root is null
            ? LoadResult<Scenario>.Failure(_readProblems)
            : ScenarioLoader.Load(_root.Clone(), _sourceName, overrides, [.. _readProblems], edit);
}
